package org.runbookgovernance.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.ReviewState;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ReviewPlanWriterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static ReviewPlan sample() {
        return new ReviewPlan(TODAY, 90, Map.of(
                "platform-sre", List.of(
                        new ReviewItem("RB-010", "Memory Leak / OOM Kills", "incidents/RB-010-MEMORY-LEAK.md",
                                "platform-sre", "P1-P2", LocalDate.of(2026, 11, 20), -6, ReviewState.OVERDUE, "quarterly",
                                null, LocalDate.of(2026, 8, 20), List.of("platform-sre"), List.of(
                                        new RoutedAlert("OOMKilled", "critical", true, Optional.empty()),
                                        new RoutedAlert("PodMemoryHigh", "warning", false, Optional.empty()))),
                        new ReviewItem("RB-003", "High Latency", "incidents/RB-003-HIGH-LATENCY.md", "platform-sre",
                                "P2", LocalDate.of(2026, 12, 1), 5, ReviewState.DUE_SOON, "quarterly")),
                "(no owner)", List.of(
                        new ReviewItem("RB-004", "", "incidents/RB-004.md", "(no owner)", "", null, 0,
                                ReviewState.NEVER_REVIEWED, "quarterly"))));
    }

    /** Hostile text in every field a runbook controls. */
    static ReviewPlan hostile() {
        return new ReviewPlan(TODAY, 1, Map.of("ops, \"core\"\nteam", List.of(
                new ReviewItem("RB-001", "=HYPERLINK(\"http://x\",\"a|b\")\r\nline two", "incidents/My (old) RB|1.md",
                        "ops, \"core\"\nteam", "P0", LocalDate.of(2026, 11, 25), -1, ReviewState.OVERDUE, "+1d"))));
    }

    @Test
    void markdownGroupsOwnersInTables() {
        assertThat(ReviewPlanWriter.markdown(sample())).isEqualTo("""
                # Runbook review plan — 2026-11-26 (next 90 days)

                3 runbooks to review: 1 overdue, 1 never reviewed, 1 due soon.

                ## (no owner) (1)

                | Runbook | Title | Severity | Due | Days left | Age | State | Critical alerts |
                |---|---|---|---|---|---|---|---|
                | [RB-004](incidents/RB-004.md) |  |  | — | — | never | never-reviewed | — |

                ## platform-sre (2)

                | Runbook | Title | Severity | Due | Days left | Age | State | Critical alerts |
                |---|---|---|---|---|---|---|---|
                | [RB-010](incidents/RB-010-MEMORY-LEAK.md) | Memory Leak / OOM Kills | P1-P2 | 2026-11-20 | -6 | 98 days | overdue | OOMKilled |
                | [RB-003](incidents/RB-003-HIGH-LATENCY.md) | High Latency | P2 | 2026-12-01 | 5 | — | due-soon | — |
                """);
    }

    @Test
    void markdownOfAnEmptyPlanSaysSo() {
        assertThat(ReviewPlanWriter.markdown(new ReviewPlan(TODAY, 1, Map.of()))).isEqualTo("""
                # Runbook review plan — 2026-11-26 (next 1 day)

                No runbook is due for review in this period.
                """);
    }

    @Test
    void markdownKeepsHostileTextInsideItsCell() {
        String md = ReviewPlanWriter.markdown(hostile());
        assertThat(md).contains("## ops, \"core\" team (1)\n");
        String row = md.lines().filter(l -> l.startsWith("| [RB-001]")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| [RB-001](incidents/My%20%28old%29%20RB%7C1.md) | "
                + "=HYPERLINK(\"http://x\",\"a\\|b\") line two | P0 | 2026-11-25 | -1 | — | overdue | — |");
        // nine cell borders: every other pipe is escaped
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(9);
    }

    static Stream<Arguments> markdownText() {
        return Stream.of(
                Arguments.of("a|b", "a\\|b"),
                Arguments.of("a\\|b", "a\\\\\\|b"),
                Arguments.of("one\ntwo", "one two"),
                Arguments.of("one\r\ntwo", "one two"),
                Arguments.of("one\rtwo\u2028three", "one two three"),
                Arguments.of("<script>", "\\<script\\>"),
                Arguments.of("[x](javascript:y)", "\\[x\\](javascript:y)"),
                Arguments.of("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
                Arguments.of("DevOps & SRE", "DevOps & SRE"),
                Arguments.of("tab\there", "tab here"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("markdownText")
    void escapesMarkdownCellText(String in, String out) {
        assertThat(ReviewPlanWriter.markdownText(in)).isEqualTo(out);
    }

    @Test
    void csvHasAHeaderAndOneRowPerRunbook() {
        assertThat(ReviewPlanWriter.csv(sample())).isEqualTo(
                "owner,id,title,severity,path,due,days_left,state,interval,last_changed_in_git,last_review,age_days,"
                        + "critical_alerts\r\n"
                        + "(no owner),RB-004,,,incidents/RB-004.md,,,never-reviewed,quarterly,,,never,\r\n"
                        + "platform-sre,RB-010,Memory Leak / OOM Kills,P1-P2,incidents/RB-010-MEMORY-LEAK.md,2026-11-20,-6,"
                        + "overdue,quarterly,,2026-08-20,98,OOMKilled\r\n"
                        + "platform-sre,RB-003,High Latency,P2,incidents/RB-003-HIGH-LATENCY.md,2026-12-01,5,due-soon,"
                        + "quarterly,,,,\r\n");
    }

    @Test
    void csvQuotesAndGuardsHostileText() {
        assertThat(ReviewPlanWriter.csv(hostile())).isEqualTo(
                "owner,id,title,severity,path,due,days_left,state,interval,last_changed_in_git,last_review,age_days,"
                        + "critical_alerts\r\n"
                        + "\"ops, \"\"core\"\"\nteam\",RB-001,\"'=HYPERLINK(\"\"http://x\"\",\"\"a|b\"\")\r\nline two\","
                        + "P0,incidents/My (old) RB|1.md,2026-11-25,-1,overdue,'+1d,,,,\r\n");
    }

    static Stream<Arguments> csvText() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("one\ntwo", "\"one\ntwo\""),
                Arguments.of("one\rtwo", "\"one\rtwo\""),
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("+1", "'+1"),
                Arguments.of("-1", "'-1"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("=a,b", "\"'=a,b\""),
                Arguments.of("a=b", "a=b"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("csvText")
    void csvTextIsQuotedPerRfc4180AndGuardedAgainstFormulas(String in, String out) {
        assertThat(ReviewPlanWriter.csvText(in)).isEqualTo(out);
    }

    @Test
    void jsonIsVersionedAndGroupedByOwner() {
        assertThat(ReviewPlanWriter.json(sample())).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "today": "2026-11-26",
                  "horizonDays": 90,
                  "owners": [
                    {
                      "owner": "(no owner)",
                      "runbooks": [
                        {"id": "RB-004", "title": "", "path": "incidents/RB-004.md", "severity": null, "due": null, \
                "daysLeft": null, "state": "never-reviewed", "interval": "quarterly", \
                "lastChangedInGit": null, "lastReview": null, "lastReviewSource": null, "ageDays": null, \
                "critical": false, "alerts": []}
                      ]
                    },
                    {
                      "owner": "platform-sre",
                      "runbooks": [
                        {"id": "RB-010", "title": "Memory Leak / OOM Kills", "path": "incidents/RB-010-MEMORY-LEAK.md", \
                "severity": "P1-P2", "due": "2026-11-20", "daysLeft": -6, "state": "overdue", "interval": "quarterly", \
                "lastChangedInGit": null, "lastReview": "2026-08-20", "lastReviewSource": "metadata", "ageDays": 98, \
                "critical": true, "alerts": [{"name": "OOMKilled", "severity": "critical", "critical": true}, \
                {"name": "PodMemoryHigh", "severity": "warning", "critical": false}]},
                        {"id": "RB-003", "title": "High Latency", "path": "incidents/RB-003-HIGH-LATENCY.md", \
                "severity": "P2", "due": "2026-12-01", "daysLeft": 5, "state": "due-soon", "interval": "quarterly", \
                "lastChangedInGit": null, "lastReview": null, "lastReviewSource": null, "ageDays": null, \
                "critical": false, "alerts": []}
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void jsonOfAnEmptyPlan() {
        assertThat(ReviewPlanWriter.json(new ReviewPlan(TODAY, 7, Map.of()))).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "today": "2026-11-26",
                  "horizonDays": 7,
                  "owners": []
                }
                """);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonWithHostileTextReadsBackUnchanged() {
        // YAML 1.1 reads JSON: a second, independent parser checks the escaping round-trips
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(ReviewPlanWriter.json(hostile()));
        Map<String, Object> owner = ((List<Map<String, Object>>) doc.get("owners")).get(0);
        assertThat(owner.get("owner")).isEqualTo("ops, \"core\"\nteam");
        Map<String, Object> rb = ((List<Map<String, Object>>) owner.get("runbooks")).get(0);
        assertThat(rb.get("title")).isEqualTo("=HYPERLINK(\"http://x\",\"a|b\")\r\nline two");
        assertThat(rb.get("path")).isEqualTo("incidents/My (old) RB|1.md");
        assertThat(rb.get("daysLeft")).isEqualTo(-1);
    }

    static Stream<Arguments> jsonStrings() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("C:\\runbooks", "\"C:\\\\runbooks\""),
                Arguments.of("a\nb\rc\td", "\"a\\nb\\rc\\td\""),
                Arguments.of("\b\f", "\"\\b\\f\""),
                Arguments.of("\u0001\u001f\u007f", "\"\\u0001\\u001f\\u007f\""),
                Arguments.of("a\u2028b\u2029c", "\"a\\u2028b\\u2029c\""),
                Arguments.of("</script>", "\"</script>\""),
                Arguments.of("✅ Active 🚨", "\"✅ Active 🚨\""),
                Arguments.of("lone \ud800 high", "\"lone \\ud800 high\""),
                Arguments.of("lone \udc00 low", "\"lone \\udc00 low\""));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("jsonStrings")
    void jsonStringsAreEscapedPerRfc8259(String in, String out) {
        assertThat(ReviewPlanWriter.jsonString(in)).isEqualTo(out);
    }

    @Test
    void planFromAnInventoryRendersInAllThreeFormats() {
        ReviewPlan plan = PlanRepo.repo().runbook("RB-010", "Owner", "platform-sre", "Next Review", "2026-11-20").plan(90);
        assertThat(ReviewPlanWriter.markdown(plan))
                .contains("| [RB-010](incidents/RB-010.md) | RB: RB-010 |  | 2026-11-20 | -6 | — | overdue | — |");
        assertThat(ReviewPlanWriter.csv(plan))
                .contains("platform-sre,RB-010,RB: RB-010,,incidents/RB-010.md,2026-11-20,-6,overdue,quarterly,,,,\r\n");
        assertThat(ReviewPlanWriter.json(plan)).contains("\"daysLeft\": -6");
    }
}
