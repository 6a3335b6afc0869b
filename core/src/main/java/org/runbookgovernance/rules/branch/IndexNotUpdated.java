package org.runbookgovernance.rules.branch;

import java.util.List;
import java.util.stream.Collectors;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.index.Indexes;

/**
 * {@code branch/index-not-updated}: a branch that adds, renames or retitles a runbook also changes the index,
 * where an index answers for the runbook ({@link Indexes}: a prose README is no index).
 */
public final class IndexNotUpdated implements Rule {

    public static final String ID = "branch/index-not-updated";

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
        return "a branch adds, renames or retitles a runbook but leaves the index unchanged";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available() || git.changes().isEmpty() || inventory.documents(DocumentKind.INDEX).isEmpty()) {
            return;
        }
        GitFacts.ChangeSet changes = git.changes().get();
        boolean indexChanged = changes.files().stream()
                .anyMatch(f -> ChangedRunbooks.kindOf(inventory, f.path()) == DocumentKind.INDEX);
        if (indexChanged) {
            return;
        }
        Indexes indexes = Indexes.of(inventory);
        for (ChangedFile f : ChangedRunbooks.of(inventory, changes)) {
            String what = switch (f.kind()) {
                case ADDED -> "was added";
                case RENAMED -> "was renamed from `" + f.oldPath() + "`";
                case MODIFIED -> f.titleChanged() ? "was retitled" + ChangedRunbooks.runbook(inventory, f)
                        .flatMap(Runbook::title).map(t -> " to \"" + t + "\"").orElse("") : null;
                case DELETED -> null;
            };
            List<Document> answering = indexes.answeringFor(f.path());
            if (what == null || answering.isEmpty()) {
                continue;
            }
            String indexNames = answering.stream().map(d -> "`" + d.path() + "`").collect(Collectors.joining(", "));
            RunbookId id = ChangedRunbooks.id(inventory, f).orElse(null);
            findings.report(ChangedRunbooks.position(inventory, f), id, "index not updated: `"
                    + (id == null ? f.path() : id.value()) + "` " + what + " on this branch but " + indexNames
                    + " did not change; update the index entry for it.");
        }
    }
}
