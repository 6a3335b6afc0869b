package org.runbookgovernance.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.ReviewPolicy;

/** Runbooks written as label lines, for review plan tests; a fixed day, never the clock. */
final class PlanRepo {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final List<Document> documents = new ArrayList<>();
    private ReviewPolicy policy = ReviewPolicy.DEFAULT;
    private final List<Alert> alerts = new ArrayList<>();
    private final Map<String, Map<String, Object>> sections = new java.util.HashMap<>();

    static PlanRepo repo() {
        return new PlanRepo();
    }

    PlanRepo policy(ReviewPolicy p) {
        this.policy = p;
        return this;
    }

    /** A config section as the loader would hand it over: {@code alerts}, {@code index}, {@code review}. */
    PlanRepo section(String name, Map<String, Object> values) {
        sections.put(name, values);
        return this;
    }

    /** An alert of a rule file whose {@code runbook_url} is {@code ref}; no severity when {@code severity} is null. */
    PlanRepo alert(String name, String severity, String ref) {
        alerts.add(new Alert(name, Optional.ofNullable(severity), Optional.of(ref),
                new SourcePosition("alerts/rules.yml", alerts.size() + 1), AlertOrigin.RULE_FILE, Map.of()));
        return this;
    }

    /** {@code labels} alternate label and value: "Owner", "sre", "Next Review", "2026-12-01". */
    PlanRepo runbook(String id, String... labels) {
        return add("incidents/" + id + ".md", DocumentKind.RUNBOOK, "RB: " + id, labels);
    }

    PlanRepo add(String path, DocumentKind kind, String title, String... labels) {
        List<MetadataEntry> meta = new ArrayList<>();
        for (int k = 0; k + 1 < labels.length; k += 2) {
            String value = labels[k + 1];
            String note = "";
            int paren = value.indexOf(" (");
            if (paren > 0 && value.endsWith(")")) {
                note = value.substring(paren + 2, value.length() - 1);
                value = value.substring(0, paren);
            }
            meta.add(new MetadataEntry(MetadataKeys.normalise(labels[k]), labels[k], value, note, List.of(value),
                    MetadataSource.LABEL_LINE, 3 + k / 2));
        }
        documents.add(new Document(path, kind, Optional.ofNullable(title), title == null ? 0 : 1, meta, List.of(),
                List.of(), List.of(), List.of(), List.of(), 3 + labels.length / 2));
        return this;
    }

    Config config() {
        return new Config("test", DocumentGlobs.DEFAULT, policy, Map.of(), List.of(), sections);
    }

    Inventory inventory(LocalDate today) {
        return new Inventory(config(), today, documents, alerts, GitFacts.NONE, List.of());
    }

    ReviewPlan plan(int horizonDays) {
        return ReviewPlan.of(inventory(TODAY), horizonDays);
    }
}
