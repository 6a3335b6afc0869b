package org.runbookgovernance.rules.metadata;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/invalid-id}: a runbook's id does not match {@code metadata.id_pattern}. Without the setting
 * every id is well-formed, the file name ({@code TargetDown}) included. The advice shows only ids the pattern
 * accepts, and for an id taken from the file name adds an id line rather than renaming the file, which would
 * break every link and {@code runbook_url} to it.
 */
public final class InvalidId implements Rule {

    public static final String ID = "metadata/invalid-id";

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
        return "a runbook id does not match metadata.id_pattern";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        IdPolicy policy = IdPolicy.from(inventory.config());
        if (policy.pattern().isEmpty()) {
            return;
        }
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        for (int i = 0; i < declaredIds.size(); i++) {
            Document doc = inventory.runbooks().get(i).document();
            DeclaredIds ids = declaredIds.get(i);
            RunbookId id = ids.any(doc);
            if (!policy.accepts(id)) {
                Optional<String> example = policy.example(id.value());
                String like = example.map(x -> "like `" + x + "`").orElse("that matches it");
                findings.report(doc.position(line(doc, ids)), id, "invalid id: `" + id + "` does not match `"
                        + policy.pattern().get().pattern() + "` (metadata.id_pattern); " + advice(doc, ids, example, like)
                        + ".");
            }
        }
    }

    private static int line(Document doc, DeclaredIds ids) {
        if (ids.field().isPresent() || ids.title().isPresent()) {
            return ids.line();
        }
        return doc.titleLine() > 0 ? doc.titleLine() : 1;
    }

    private static String advice(Document doc, DeclaredIds ids, Optional<String> example, String like) {
        if (ids.field().isPresent()) {
            return "write an id " + like + " in the id field";
        }
        if (ids.title().isPresent()) {
            return "start the H1 with an id " + like;
        }
        if (ids.fileName().isPresent()) {
            return "rename the file to start with an id " + like + " and update the links to it";
        }
        String line = example.map(x -> "add a line such as `" + FieldLine.format(doc, MetadataKeys.ID, x) + "` "
                + FieldLine.where(doc) + " with an id no other runbook has")
                .orElse("add an id field " + FieldLine.where(doc) + " with an unused id that matches it");
        return line + " (the file name can stay, so links to it keep working), or widen `metadata.id_pattern`";
    }
}
