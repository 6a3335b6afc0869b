package org.runbookgovernance.rules.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Runbook;

import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/missing-field}: a runbook lacks a field the team requires. The id may come from the file
 * name (so it is never missing), the title from the H1, and the next review from the last review plus the
 * policy interval.
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
        return "a runbook lacks a required metadata field (title, severity, owner, dates)";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        Set<String> required = new LinkedHashSet<>();
        for (String field : inventory.config().rule(ID).listOption("fields", DEFAULT_FIELDS)) {
            required.add(MetadataKeys.normalise(field));
        }
        List<String> fields = new ArrayList<>(required);
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        Set<String> severityFromAlerts = required.contains(MetadataKeys.SEVERITY) ? pathsWithAlertSeverity(inventory)
                : Set.of();
        List<Runbook> runbooks = inventory.runbooks();
        List<List<String>> missing = new ArrayList<>(runbooks.size());
        Map<String, List<Runbook>> missingIn = new HashMap<>();
        Map<String, Integer> writtenIn = new HashMap<>();
        for (Runbook r : runbooks) {
            List<String> gaps = missing(r.document(), fields, answeredElsewhere(inventory, r, severityFromAlerts));
            missing.add(gaps);
            gaps.forEach(field -> missingIn.computeIfAbsent(field, f -> new ArrayList<>()).add(r));
            for (String field : fields) {
                if (present(r.document(), field)) {
                    writtenIn.merge(field, 1, Integer::sum);
                }
            }
        }
        // A field no runbook writes is not this repository's convention (yet): one finding, not one per runbook;
        // none when every runbook has it from elsewhere (owner files, git, the alerts), and a lone gap stays on its file.
        Set<String> nowhere = new LinkedHashSet<>();
        for (String field : fields) {
            List<Runbook> lacking = missingIn.getOrDefault(field, List.of());
            if (runbooks.size() >= 2 && writtenIn.getOrDefault(field, 0) == 0 && lacking.size() >= 2) {
                nowhere.add(field);
                findings.report(SourcePosition.file("."), null, nowhereMessage(field, lacking, runbooks.size()));
            }
        }
        for (int i = 0; i < runbooks.size(); i++) {
            Runbook r = runbooks.get(i);
            RunbookId id = r.section().isPresent() ? r.id() : declaredIds.get(i).any(r.document());
            for (String field : missing.get(i)) {
                if (!nowhere.contains(field)) {
                    report(r.document(), id, field, findings);
                }
            }
        }
    }

    private static String nowhereMessage(String field, List<Runbook> lacking, int total) {
        String fix = "; add it to each (for example `" + example(field) + "`), or leave it out of `rules: {" + ID
                + ": {fields: [...]}}`.";
        if (lacking.size() == total) {
            return "missing field everywhere: none of the " + total + " runbooks has `" + field + "`" + fix;
        }
        List<String> named = lacking.stream().limit(3).map(r -> "`" + r.id() + "`").toList();
        return "missing field everywhere: no runbook writes `" + field + "`, and " + lacking.size() + " of the " + total
                + " runbooks get it nowhere else (" + elsewhere(field) + "): " + String.join(", ", named)
                + (lacking.size() > named.size() ? " and " + (lacking.size() - named.size()) + " more" : "")
                + fix.replace("add it to each", "add it to those");
    }

    private static String elsewhere(String field) {
        return switch (field) {
            case MetadataKeys.SEVERITY -> "the others take it from the alerts that route to them";
            case MetadataKeys.OWNER -> "the others take it from CODEOWNERS or OWNERS files";
            default -> "the others take it from git";
        };
    }

    /**
     * The fields a repository without label metadata answers in other ways, so they are not missing: the owner
     * from CODEOWNERS or an OWNERS file, the review dates from git ({@code review.undated: git}), Last Updated
     * from the last commit, the severity from the alerts that route to the runbook.
     */
    private static Set<String> answeredElsewhere(Inventory inventory, Runbook r, Set<String> severityFromAlerts) {
        Set<String> answered = new java.util.HashSet<>();
        if (inventory.ownerOf(r).isPresent()) {
            answered.add(MetadataKeys.OWNER);
        }
        if (r.reviewed().filter(LastReview::isFromGit).isPresent()) {
            answered.add(MetadataKeys.LAST_REVIEW);
            answered.add(MetadataKeys.NEXT_REVIEW);
        }
        if (inventory.git().lastCommit().containsKey(r.path())) {
            answered.add(MetadataKeys.LAST_UPDATED);
        }
        if (severityFromAlerts.contains(r.location()) || severityFromAlerts.contains(r.path()) && r.section().isEmpty()) {
            answered.add(MetadataKeys.SEVERITY);
        }
        return answered;
    }

    /** Where alerts with a severity label lead: a runbook they route to takes its severity from them. */
    private static Set<String> pathsWithAlertSeverity(Inventory inventory) {
        Set<String> paths = new java.util.HashSet<>();
        if (inventory.alerts().isEmpty()) {
            return paths;
        }
        AlertResolutions resolutions = AlertResolutions.of(inventory);
        for (int i = 0; i < inventory.alerts().size(); i++) {
            if (inventory.alerts().get(i).severity().isEmpty()) {
                continue;
            }
            Resolution res = resolutions.resolution(i);
            res.runbookPath().ifPresent(path -> {
                paths.add(path);
                res.anchor().ifPresent(anchor -> paths.add(path + "#" + anchor));
            });
        }
        return paths;
    }

    /** The required fields the document neither has nor gets from elsewhere, in the configured order. */
    private static List<String> missing(Document doc, List<String> required, Set<String> answered) {
        List<String> gaps = new ArrayList<>(0);
        for (String field : required) {
            if (!present(doc, field) && !answered.contains(field)) {
                gaps.add(field);
            }
        }
        return gaps;
    }

    private static void report(Document doc, RunbookId id, String field, Findings findings) {
        int line = doc.titleLine() > 0 ? doc.titleLine() : 1;
        if (field.equals(MetadataKeys.TITLE)) {
            // No H1 and no title field: the page has no title line to put a label below.
            findings.report(doc.position(line), id, "missing field: `" + id + "` has no title; start the page with a"
                    + " `# ` heading that names it" + (FieldLine.usesFrontMatter(doc) ? ", or add `title:` to its front matter" : "")
                    + ".");
            return;
        }
        findings.report(doc.position(line), id,
                "missing field: `" + id + "` has no `" + field + "`; add the line `"
                        + FieldLine.format(doc, field, example(field)) + "` "
                        + FieldLine.where(doc) + hint(field) + ".");
    }

    private static boolean present(Document doc, String field) {
        return switch (field) {
            // Every runbook has an id, its file name at worst; metadata/invalid-id judges its form.
            case MetadataKeys.ID -> true;
            case MetadataKeys.TITLE -> has(doc, field) || doc.title().filter(t -> !t.isBlank()).isPresent();
            // The review policy computes the next review from the last review (or the interval) when it is absent.
            case MetadataKeys.NEXT_REVIEW -> has(doc, field) || has(doc, MetadataKeys.REVIEW_INTERVAL)
                    || has(doc, MetadataKeys.LAST_REVIEW);
            default -> has(doc, field);
        };
    }

    private static boolean has(Document doc, String key) {
        for (MetadataEntry e : doc.metadata()) {
            if (e.key().equals(key) && (!e.value().isBlank() || !e.items().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static String example(String field) {
        return switch (field) {
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
            case MetadataKeys.SEVERITY -> ", choosing P0 (critical) to P3 (low) or a range such as P1-P2";
            case MetadataKeys.NEXT_REVIEW -> " or set `last_review` so the next review can be computed";
            default -> "";
        };
    }
}
