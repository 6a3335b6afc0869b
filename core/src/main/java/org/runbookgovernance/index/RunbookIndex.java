package org.runbookgovernance.index;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.RunbookId;

/**
 * The runbook index generated from metadata: the seed's tables as data, for the Markdown regions, JSON,
 * OpenMetrics and the dashboard alike. Links are relative to the folder of {@code indexPath}.
 *
 * @param indexPath      the index document the links are written for
 * @param today          the day review states were judged on
 * @param coreFramework  guides under "Core Framework": description, when to use
 * @param categories     runbooks by category, categories ordered by their lowest runbook id
 * @param templates      templates: purpose, when to use
 * @param guides         quick-reference guides: purpose, audience
 * @param symptoms       "By Symptom" entries in order
 * @param alertRows      "By Alert Name" rows, by runbook id
 * @param runbooks       every runbook, by id
 * @param alertRunbooks  every alert name known from rule files and runbooks, sorted, with the runbook path it
 *                       reaches (empty when none)
 */
public record RunbookIndex(String indexPath, LocalDate today, List<DocumentRow> coreFramework,
                           List<Category> categories, List<DocumentRow> templates, List<DocumentRow> guides,
                           List<SymptomRow> symptoms, List<AlertRow> alertRows, List<RunbookRow> runbooks,
                           Map<String, Optional<String>> alertRunbooks) {

    public static final String DIRECTORY = "directory";
    public static final String BY_SYMPTOM = "by-symptom";
    public static final String BY_ALERT = "by-alert";
    public static final String REVIEW_STATUS = "review-status";
    public static final List<String> REGION_NAMES = List.of(DIRECTORY, BY_SYMPTOM, BY_ALERT, REVIEW_STATUS);

    public RunbookIndex {
        coreFramework = List.copyOf(coreFramework);
        categories = List.copyOf(categories);
        templates = List.copyOf(templates);
        guides = List.copyOf(guides);
        symptoms = List.copyOf(symptoms);
        alertRows = List.copyOf(alertRows);
        runbooks = List.copyOf(runbooks);
        alertRunbooks = Collections.unmodifiableMap(new LinkedHashMap<>(alertRunbooks));
    }

    /** A template or guide row: link, title and the two descriptive columns of its table. */
    public record DocumentRow(String path, String link, String title, String first, String second) {
    }

    /**
     * One runbook as the index shows it.
     *
     * @param link        relative to the index document's folder
     * @param shortTitle  for "By Symptom" links ({@code short_title}, else the title)
     * @param lastReview  the last review counted: declared, or from git for a runbook with no review date
     * @param reviewAge   days since the last review, when it is known
     */
    public record RunbookRow(RunbookId id, String path, String link, String title, String shortTitle,
                             Optional<String> severity, String description, Optional<String> category,
                             Optional<String> owner, Optional<LastReview> lastReview, Optional<LocalDate> nextReview,
                             ReviewState state, Optional<Long> reviewAge) {

        /** The next review as a cell shows it: "2026-03-05", "2026-03-05 (from git)", or "—". */
        public String nextReviewText() {
            return nextReview.map(d -> d + (lastReview.filter(LastReview::isFromGit).isPresent() ? " (from git)" : ""))
                    .orElse("—");
        }
    }

    /** A category heading ("Database Issues (P0-P2)") and its runbooks by id. */
    public record Category(String name, String title, List<RunbookRow> runbooks) {

        public Category {
            runbooks = List.copyOf(runbooks);
        }
    }

    public record SymptomRow(String symptom, RunbookRow runbook) {
    }

    /** Alerts reaching one runbook: those it declares first, in its order, then the others sorted. */
    public record AlertRow(List<String> alerts, RunbookRow runbook) {

        public AlertRow {
            alerts = List.copyOf(alerts);
        }
    }

    /** The Markdown of each region, by name, in {@link #REGION_NAMES} order. */
    public Map<String, String> regions() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DIRECTORY, IndexMarkdown.directory(this));
        out.put(BY_SYMPTOM, IndexMarkdown.bySymptom(this));
        out.put(BY_ALERT, IndexMarkdown.byAlert(this));
        out.put(REVIEW_STATUS, IndexMarkdown.reviewStatus(this));
        return Collections.unmodifiableMap(out);
    }

    /** A complete standalone index page, for {@code index --format md}. */
    public String markdown() {
        return IndexMarkdown.page(this);
    }

    public List<String> alertsWithoutRunbook() {
        return alertRunbooks.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public List<RunbookRow> runbooksWithoutAlert() {
        java.util.Set<String> reached = new java.util.HashSet<>();
        alertRunbooks.values().forEach(p -> p.ifPresent(reached::add));
        return runbooks.stream().filter(r -> !reached.contains(r.path())).toList();
    }
}
