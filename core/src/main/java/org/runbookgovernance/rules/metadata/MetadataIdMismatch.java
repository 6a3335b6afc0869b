package org.runbookgovernance.rules.metadata;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;

import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/id-mismatch}: the id field, the H1 and the file name disagree about the runbook's id.
 * The field wins over the H1 and the H1 over the file name (as {@code Runbook.from} reads them), so a
 * mismatch means links and branch names built from the file name point at a different runbook.
 */
public final class MetadataIdMismatch implements Rule {

    public static final String ID = "metadata/id-mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "the id field, the H1 and the file name name different runbook ids";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        for (int i = 0; i < declaredIds.size(); i++) {
            Document doc = inventory.runbooks().get(i).document();
            DeclaredIds ids = declaredIds.get(i);
            String file = DeclaredIds.fileName(doc.path());
            if (ids.field().isPresent()) {
                RunbookId declared = ids.field().get();
                differs(declared, ids.fileName()).ifPresent(fromFile -> findings.report(
                        doc.position(ids.fieldLine()), declared,
                        "id mismatch: the id field says `" + declared + "` but the file name `" + file + "` says `"
                                + fromFile + "`; rename the file to start with `" + declared
                                + "` or correct the id."));
                differs(declared, ids.title()).ifPresent(fromTitle -> findings.report(
                        doc.position(ids.titleLine()), declared,
                        "id mismatch: the title says `" + fromTitle + "` but the id field says `" + declared
                                + "`; make the H1 start with `" + declared + "` or correct the id."));
            } else if (ids.title().isPresent()) {
                RunbookId fromTitle = ids.title().get();
                differs(fromTitle, ids.fileName()).ifPresent(fromFile -> findings.report(
                        doc.position(ids.titleLine()), fromTitle,
                        "id mismatch: the title says `" + fromTitle + "` but the file name `" + file + "` says `"
                                + fromFile + "`; rename the file to start with `" + fromTitle
                                + "` or correct the title."));
            }
        }
    }

    private static Optional<RunbookId> differs(RunbookId expected, Optional<RunbookId> other) {
        return other.filter(o -> !o.equals(expected));
    }
}
