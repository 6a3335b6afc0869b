package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.index.IndexFixtures.inventory;
import static org.runbookgovernance.index.IndexFixtures.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Chunks;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

class IndexOutputsTest {

    static final Inventory INVENTORY = inventory(IndexFixtures.withIndex(Map.of(
                    "base_url", "https://github.com/org/runbooks/blob/main/")),
            List.of(runbook("RB-001", "RB-001-DOWN.md", "title=Down", "owner=sre \"core\"\\ops", "severity=P0",
                            "category=Availability", "last_review=2026-11-01", "next_review=2026-11-20",
                            "alerts=ServiceDown"),
                    runbook("RB-002", "RB-002-SLOW.md", "title=<img src=x onerror=alert(1)>", "owner=perf",
                            "category=Performance", "last_review=2026-10-27", "next_review=2027-01-27")),
            List.of(new Alert("NoRunbook", Optional.of("critical"), Optional.empty(),
                    new SourcePosition("alerts/a.yml", 4), AlertOrigin.RULE_FILE, Map.of())));

    static RunbookIndex index() {
        return IndexGenerator.generate(INVENTORY, IndexSettings.from(INVENTORY.config()));
    }

    @Test
    void jsonMapsAlertsToAbsoluteRunbookUrls() {
        String json = IndexJson.render(index(), IndexSettings.from(INVENTORY.config()));

        assertThat(json).contains("\"alerts\": {\n    \"ServiceDown\": "
                + "\"https://github.com/org/runbooks/blob/main/incidents/RB-001-DOWN.md\"\n  }")
                .contains("\"alertsWithoutRunbook\": [\n    \"NoRunbook\"\n  ]")
                .contains("\"status\": \"overdue\"").contains("\"reviewAgeDays\": 25")
                .contains("\"title\": \"\\u003cimg src=x onerror=alert(1)>\"");
    }

    @Test
    void openMetricsEscapesLabelsAndEndsWithEof() {
        String metrics = IndexOpenMetrics.render(index());

        assertThat(metrics).contains("# TYPE runbook_governance_runbooks gauge\n# HELP runbook_governance_runbooks ")
                .contains("runbook_governance_runbooks{status=\"overdue\",owner=\"sre \\\"core\\\"\\\\ops\"} 1\n")
                .contains("runbook_governance_runbooks{status=\"fresh\",owner=\"sre \\\"core\\\"\\\\ops\"} 0\n")
                .contains("runbook_governance_runbooks{status=\"fresh\",owner=\"perf\"} 1\n")
                .contains("runbook_governance_alerts_total 2\n")
                .contains("runbook_governance_alerts_without_runbook 1\n")
                .contains("runbook_governance_runbooks_without_alert 1\n")
                .contains("runbook_governance_review_age_days{runbook=\"RB-002\"} 30\n")
                .endsWith("\n# EOF\n");
        assertThat(IndexOpenMetrics.escape("a\nb")).isEqualTo("a\\nb");
    }

    @Test
    void dashboardIsSelfContainedAndEscapesEverything() {
        Finding finding = new Finding("freshness/overdue", Level.ERROR, new SourcePosition("incidents/RB-001-DOWN.md", 1),
                Optional.of(RunbookId.of("RB-001")), "review overdue: `RB-001` <b>late</b>");
        Report report = new Report(Report.TOOL, "0.1.0", LocalDate.of(2026, 11, 26), "runbooks", List.of(), List.of(),
                List.of(finding), Map.of(), List.of());
        IndexSettings settings = IndexSettings.from(IndexFixtures.withIndex(Map.of("base_url", "javascript:alert(1)//")));

        String html = Dashboard.render(INVENTORY, report, IndexGenerator.generate(INVENTORY, settings), settings);

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<span class=\"badge overdue\">overdue</span>")
                .contains("<a href=\"docs/rules/freshness/overdue.md\">What <code>freshness/overdue</code> checks")
                .contains("review overdue: `RB-001` &lt;b&gt;late&lt;/b&gt;")
                .contains("<svg").contains("Availability")
                .doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=").doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
    }

    @Test
    void theDashboardIsTitledWithTheRepositorysFolderNameNotADot() {
        assertThat(Dashboard.repositoryName("/srv/checkouts/monitoring/docs/runbooks")).isEqualTo("runbooks");
        assertThat(Dashboard.repositoryName("runbooks/")).isEqualTo("runbooks");
        assertThat(Dashboard.repositoryName(".")).as("the working directory's own name")
                .isEqualTo(java.nio.file.Path.of("").toAbsolutePath().getFileName().toString());
        assertThat(Dashboard.repositoryName("/")).isEqualTo("/");
    }

    @Test
    void aLargeDashboardIsHandedOnInChunksThatMakeUpTheWholePage() throws java.io.IOException {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            findings.add(new Finding("freshness/overdue", Level.values()[i % 3],
                    new SourcePosition("incidents/RB-001-DOWN.md", i), Optional.of(RunbookId.of("RB-001")),
                    "review overdue “" + i + "” <b>late</b> & more"));
        }
        Report report = new Report(Report.TOOL, "0.1.0", LocalDate.of(2026, 11, 26), "runbooks", List.of(), List.of(),
                findings, Map.of(), List.of());
        // Every finding listed, so the page is long enough to be handed on in several chunks.
        IndexSettings settings = IndexSettings.from(IndexFixtures.withIndex(Map.of("findings_per_rule", 3_000)));
        RunbookIndex index = IndexGenerator.generate(INVENTORY, settings);
        Chunks chunks = new Chunks();

        Dashboard.render(INVENTORY, report, index, settings, chunks);

        String whole = Dashboard.render(INVENTORY, report, index, settings);
        assertThat(chunks.pieces()).hasSizeGreaterThan(2);
        assertThat(chunks.joined()).isEqualTo(whole).endsWith("</html>\n");
        assertThat(whole).contains("review overdue “2999” &lt;b&gt;late&lt;/b&gt; &amp; more");
    }
}
