package org.runbookgovernance.rules.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;

import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/missing-field}: a runbook lacks a field the team requires. The id may come from the file
 * name, the title from the H1, and the next review from the last review plus the policy interval.
 */
public final class MissingField implements Rule {

    public static final String ID = "metadata/missing-field";

    public static final List<String> DEFAULT_FIELDS = List.of(MetadataKeys.ID, MetadataKeys.TITLE,
            MetadataKeys.SEVERITY, MetadataKeys.OWNER, MetadataKeys.LAST_UPDATED, MetadataKeys.LAST_REVIEW,
            MetadataKeys.NEXT_REVIEW);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "a runbook lacks a required metadata field (id, title, severity, owner, dates)";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        Set<String> required = new LinkedHashSet<>();
        for (String field : inventory.config().rule(ID).listOption("fields", DEFAULT_FIELDS)) {
            required.add(MetadataKeys.normalise(field));
        }
        List<String> fields = new ArrayList<>(required);
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        // Per runbook in a method: this loop runs once, so it stays in the interpreter while the method is compiled.
        for (int i = 0; i < declaredIds.size(); i++) {
            Runbook runbook = inventory.runbooks().get(i);
            // An owner CODEOWNERS or an OWNERS file names is an owner: the field is not missing.
            boolean ownedElsewhere = inventory.ownerOf(runbook).isPresent();
            checkRunbook(runbook.document(), declaredIds.get(i), fields, ownedElsewhere, findings);
        }
    }

    private static void checkRunbook(Document doc, DeclaredIds ids, List<String> required, boolean ownedElsewhere,
                                     Findings findings) {
        for (int f = 0; f < required.size(); f++) {
            String field = required.get(f);
            if (present(doc, ids, field) || ownedElsewhere && field.equals(MetadataKeys.OWNER)) {
                continue;
            }
            int line = doc.titleLine() > 0 ? doc.titleLine() : 1;
            String who = ids.any().map(id -> "`" + id + "`").orElse("`" + doc.path() + "`");
            findings.report(doc.position(line), ids.any().orElse(null),
                    "missing field: " + who + " has no `" + field + "`; add the line `"
                            + FieldLine.format(doc, field, example(field)) + "` "
                            + FieldLine.where(doc) + hint(field) + ".");
        }
    }

    private static boolean present(Document doc, DeclaredIds ids, String field) {
        return switch (field) {
            case MetadataKeys.ID -> ids.anyOrNull() != null;
            case MetadataKeys.TITLE -> has(doc, field) || doc.title().filter(t -> !t.isBlank()).isPresent();
            // The review policy computes the next review from the last review (or the interval) when it is absent.
            case MetadataKeys.NEXT_REVIEW -> has(doc, field) || has(doc, MetadataKeys.REVIEW_INTERVAL)
                    || has(doc, MetadataKeys.LAST_REVIEW);
            default -> has(doc, field);
        };
    }

    private static boolean has(Document doc, String key) {
        // A plain indexed loop: this runs for every required field of every runbook.
        List<MetadataEntry> metadata = doc.metadata();
        for (int i = 0; i < metadata.size(); i++) {
            MetadataEntry e = metadata.get(i);
            if (e.key().equals(key) && (!e.value().isBlank() || !e.items().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static String example(String field) {
        return switch (field) {
            case MetadataKeys.ID -> "RB-NNN";
            case MetadataKeys.TITLE -> "Short description of the incident";
            case MetadataKeys.SEVERITY -> "P2";
            case MetadataKeys.OWNER -> "team-name";
            case MetadataKeys.LAST_UPDATED, MetadataKeys.LAST_REVIEW, MetadataKeys.NEXT_REVIEW -> "YYYY-MM-DD";
            case MetadataKeys.REVIEW_INTERVAL -> "quarterly";
            default -> "...";
        };
    }

    private static String hint(String field) {
        return switch (field) {
            case MetadataKeys.ID -> " and start the file name with the same id";
            case MetadataKeys.SEVERITY -> ", choosing P0 (critical) to P3 (low) or a range such as P1-P2";
            case MetadataKeys.NEXT_REVIEW -> " or set `last_review` so the next review can be computed";
            default -> "";
        };
    }
}
