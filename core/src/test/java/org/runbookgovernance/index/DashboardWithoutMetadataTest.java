package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Checked;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * The dashboard of a repository whose runbooks carry no metadata at all: pages named after alerts in component
 * folders and a page of runbook sections, dated by git alone, some never committed. Read back with an HTML
 * parser, as a browser reads it.
 */
class DashboardWithoutMetadataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Only what a runbook page of sections and alert URLs need: no metadata, no review dates. */
    private static final String CONFIG = """
            documents:
              runbook_sections:
                - {path: mixin/runbook.md, level: 2}
            alerts:
              runbook_url_map:
                "https://github.com/example/platform-runbooks/blob/main/": ""
            index:
              findings_per_rule: 2
            """;

    private static final String RULES = """
            groups:
              - name: platform
                rules:
                  - alert: DiskFull
                    expr: node_filesystem_free_ratio < 0.05
                    labels: {severity: critical}
                    annotations:
                      runbook_url: https://github.com/example/platform-runbooks/blob/main/alerts/storage/DiskFull.md
                  - alert: DnsLatencyHigh
                    expr: dns_latency_seconds > 1
                    labels: {severity: warning}
                    annotations:
                      runbook_url: https://github.com/example/platform-runbooks/blob/main/alerts/network/DnsLatencyHigh.md
                  - alert: LedgerLagHigh
                    expr: ledger_lag_seconds > 60
                    labels: {severity: critical}
                    annotations:
                      runbook_url: https://github.com/example/platform-runbooks/blob/main/mixin/runbook.md#ledgerlaghigh
                  - alert: RouteFlapping
                    expr: changes(route_up[10m]) > 4
                    labels: {severity: critical}
                    annotations:
                      runbook_url: https://github.com/example/platform-runbooks/blob/main/alerts/network/RouteFlapping.md
            """;

    private static final String MIXIN = """
            # Ledger runbooks

            ## LedgerLagHigh

            The ledger replica is behind its primary.

            ## LedgerDown

            No ledger instance answers.
            """;

    private static Checked checked;
    private static Report report;
    private static org.jsoup.nodes.Document page;

    @BeforeAll
    static void render(@TempDir Path dir) {
        Path root = dir.resolve("platform-runbooks");
        try (ScratchRepository repo = ScratchRepository.init(root)) {
            repo.write(".runbook-governance.yml", CONFIG).write("alerts/rules/platform.yaml", RULES)
                    .write("mixin/runbook.md", MIXIN).write("alerts/network/DnsLatencyHigh.md", alertPage("DnsLatencyHigh"))
                    .commit("first runbooks", Instant.parse("2026-03-02T10:00:00Z"));
            repo.write("alerts/storage/VolumeFillingUp.md", alertPage("VolumeFillingUp"))
                    .commit("volume runbook", Instant.parse("2026-08-30T10:00:00Z"));
            repo.write("alerts/storage/DiskFull.md", alertPage("DiskFull"))
                    .commit("disk runbook", Instant.parse("2026-10-01T10:00:00Z"));
            // Written, never committed: git knows no date for them.
            repo.write("alerts/network/EgressDropped.md", alertPage("EgressDropped"))
                    .write("alerts/compute/NodeNotReady.md", alertPage("NodeNotReady"))
                    .write("alerts/compute/NodeDiskPressure.md", alertPage("NodeDiskPressure"));
        }
        Config config = ConfigLoader.load(root, null);
        CheckRequest request = CheckRequest.of(root, config, TODAY)
                .withGit(true, Map.of(), Optional.of("main"), Optional.empty(), false);
        checked = Governance.standard().checkKeepingInventory(request);
        report = checked.report();
        IndexSettings settings = IndexSettings.from(checked.inventory().config());
        String html = Dashboard.render(checked.inventory(), report, IndexGenerator.generate(checked.inventory(), settings),
                settings);
        page = Jsoup.parse(html);
        String shot = System.getProperty("dashboard.fixture.html");
        if (shot != null) { // for a look in a browser: -Ddashboard.fixture.html=/tmp/fixture.html
            try {
                java.nio.file.Files.writeString(Path.of(shot), html);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static String alertPage(String alert) {
        return "# " + alert + "\n\n## Meaning\n\nThe " + alert + " alert fired.\n\n## Mitigation\n\nFollow the steps.\n";
    }

    @Test
    void theHeaderCountsRunbooksByReviewStateAsGitDatesThem() {
        assertThat(page.select("header h1").text()).isEqualTo("platform-runbooks");
        assertThat(page.select("header .counts span").eachText()).contains(
                "8 runbooks", "3 overdue", "1 due soon", "3 never reviewed");
    }

    @Test
    void theHeaderCountsFindingsByLevelAsTheReportHasThem() {
        assertThat(report.count(Level.ERROR)).as("three runbooks overdue at least").isGreaterThanOrEqualTo(3);
        assertThat(page.select("header .counts span").eachText()).contains(report.count(Level.ERROR) + " errors, "
                + report.count(Level.WARNING) + " warnings, " + report.count(Level.INFO) + " info");
    }

    @Test
    void findingsABaselineAcceptedAreCountedInTheHeaderNotListed() {
        Report accepted = report.withBaseline(List.of(), 40);
        IndexSettings settings = IndexSettings.from(checked.inventory().config());
        org.jsoup.nodes.Document baselined = Jsoup.parse(Dashboard.render(checked.inventory(), accepted,
                IndexGenerator.generate(checked.inventory(), settings), settings));

        assertThat(baselined.select("header .counts span").eachText()).contains("0 errors, 0 warnings, 0 info",
                "40 baselined");
        assertThat(baselined.select("#findings details")).isEmpty();
        assertThat(baselined.select("#findings p").text()).isEqualTo("No findings beyond the 40 the baseline accepts.");
    }

    @Test
    void runbooksWithoutACategoryAreGroupedByTheirFolder() {
        assertThat(page.select("#runbooks h3").eachText())
                .containsExactlyInAnyOrder("storage", "network", "compute", "mixin");
    }

    @Test
    void aRunbookDatedByGitSaysSoAndANeverCommittedOneIsNeverReviewed() {
        Element dns = row("DnsLatencyHigh");
        assertThat(dns.select("td.date").eachText()).containsExactly("2026-03-02 (from git)", "269 d", "2026-06-02");
        assertThat(dns.select(".badge").text()).isEqualTo("overdue");

        Element egress = row("EgressDropped");
        assertThat(egress.select("td.date").eachText()).containsExactly("never", "—", "—");
        assertThat(egress.select(".badge").text()).isEqualTo("never reviewed");

        assertThat(row("LedgerDown").select("td.date").first().text()).isEqualTo("2026-03-02 (from git)");
    }

    @Test
    void aCategoryNeverReviewedHasNoAgeBarButSaysSo() {
        Elements bars = page.select("#review-age svg g");
        Element compute = bars.stream().filter(g -> g.select("text").first().text().equals("compute")).findFirst()
                .orElseThrow();
        assertThat(compute.select("text").eachText()).contains("never reviewed (2 runbooks)");
        assertThat(compute.select("rect[fill=#2da44e]")).as("no green bar").isEmpty();
        Element network = bars.stream().filter(g -> g.select("text").first().text().equals("network")).findFirst()
                .orElseThrow();
        assertThat(network.select("text").last().text()).isEqualTo("269 d (oldest 269 d, from git) · 1 never reviewed");
    }

    @Test
    void findingsAreGroupedByRuleErrorsFirstThenByCountEachWithItsTotal() {
        Elements groups = page.select("#findings details.rule");
        Map<String, Long> byRule = report.countsByRule();
        assertThat(groups).hasSize(byRule.size());
        Level previousLevel = Level.ERROR;
        long previousCount = Long.MAX_VALUE;
        for (Element group : groups) {
            String rule = group.select("summary code").text();
            Level level = Level.valueOf(group.select("summary span").first().text().toUpperCase(java.util.Locale.ROOT));
            long count = Long.parseLong(group.select("summary .count").text());
            assertThat(count).as(rule).isEqualTo(byRule.get(rule));
            assertThat(level).as(rule + " after " + previousLevel).isGreaterThanOrEqualTo(previousLevel);
            if (level == previousLevel) {
                assertThat(count).as(rule + ": most findings first within a level").isLessThanOrEqualTo(previousCount);
            }
            previousLevel = level;
            previousCount = count;
            List<String> more = group.select("p.more").eachText();
            int listed = group.select("tbody tr").size();
            assertThat(listed).as(rule).isEqualTo((int) Math.min(2, count));
            assertThat(more).as(rule).isEqualTo(count > 2 ? List.of("and " + (count - 2) + " more — see the JSON report")
                    : List.of());
        }
        assertThat(groups.first().select("summary span").first().text()).isEqualTo("error");
    }

    @Test
    void theOverdueAndNeverReviewedGroupsHoldTheRunbooksGitCouldAndCouldNotDate() {
        Element overdue = page.selectFirst("#findings details#rule-freshness-overdue");
        assertThat(overdue.select("summary").text()).isEqualTo("error freshness/overdue 3");
        assertThat(overdue.select("p.more").text()).isEqualTo("and 1 more — see the JSON report");
        Element never = page.selectFirst("#findings details#rule-freshness-never-reviewed");
        assertThat(never.select("summary .count").text()).isEqualTo("3");
        assertThat(never.select("tbody td.where").eachText()).allMatch(w -> w.startsWith("alerts/"));
    }

    @Test
    void findingsPerRuleIsAWholeNumberFiftyUnlessSetAndZeroListsNoneButKeepsTheCount() {
        assertThat(IndexSettings.from(Config.DEFAULT).findingsPerRule()).isEqualTo(50);
        assertThatThrownBy(() -> IndexSettings.from(IndexFixtures.withIndex(Map.of("findings_per_rule", "many"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("`index.findings_per_rule` must be a whole number of 0 or more, not `many`");
        assertThatThrownBy(() -> IndexSettings.from(IndexFixtures.withIndex(Map.of("findings_per_rule", -1))))
                .isInstanceOf(BadInputException.class);

        IndexSettings none = IndexSettings.from(IndexFixtures.withIndex(Map.of("findings_per_rule", 0)));
        org.jsoup.nodes.Document quiet = Jsoup.parse(Dashboard.render(checked.inventory(), report,
                IndexGenerator.generate(checked.inventory(), none), none));
        Element overdue = quiet.selectFirst("#findings details#rule-freshness-overdue");
        assertThat(overdue.select("summary .count").text()).isEqualTo("3");
        assertThat(overdue.select("tbody tr")).isEmpty();
        assertThat(overdue.select("p.more").text()).isEqualTo("3 findings not listed — see the JSON report");
    }

    @Test
    void aRunbookThatSetsOnlyItsNextReviewHasNoLastReviewButIsNotNeverReviewed() {
        var inventory = IndexFixtures.inventory(List.of(IndexFixtures.runbook("RB-001", "RB-001-DOWN.md",
                "title=Service Down", "category=Availability", "next_review=2027-01-28")));
        IndexSettings settings = IndexSettings.DEFAULT;
        Report empty = new Report(Report.TOOL, "0.1.0", IndexFixtures.TODAY, "runbooks", List.of(), List.of(),
                List.of(), Map.of(), List.of());
        org.jsoup.nodes.Document scheduled = Jsoup.parse(Dashboard.render(inventory, empty,
                IndexGenerator.generate(inventory, settings), settings));

        assertThat(scheduled.select("#runbooks tbody td.date").eachText()).containsExactly("—", "—", "2027-01-28");
        assertThat(scheduled.select("#runbooks .badge").text()).isEqualTo("fresh");
        assertThat(scheduled.select("#review-age svg g text").eachText())
                .containsExactly("Availability", "no last review date (1 runbook)");
        assertThat(scheduled.select("header .counts span").eachText()).contains("0 never reviewed");
    }

    private static Element row(String id) {
        return page.select("#runbooks tbody tr").stream().filter(tr -> tr.select("td").first().text().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no runbook row " + id));
    }
}
