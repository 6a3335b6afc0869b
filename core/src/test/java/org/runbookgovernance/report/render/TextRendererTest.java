package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Chunks;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

class TextRendererTest {

    private static final String ESC = "\u001b";

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.TEXT)).isEqualTo(Golden.read("sample.txt"));
    }

    @Test
    void matchesTheGoldenColourOutput() {
        String coloured = ReportFormat.TEXT.renderer(Golden.options().withColour(true)).render(SampleReports.sample());
        assertThat(coloured).isEqualTo(Golden.read("sample-colour.txt"));
    }

    @Test
    void groupsByFileAlignsColumnsAndSummarises() {
        assertThat(Golden.render(ReportFormat.TEXT)).isEqualTo("""
                runbooks/RB-001 service down.md
                  runbooks/RB-001 service down.md     warning  metadata/missing-field  missing field: `Owner` is not set; add **Owner:** <img src=x onerror=alert(1)>.
                  runbooks/RB-001 service down.md:12  error    freshness/overdue       review overdue: `RB-001` was due for review on 2026-11-20, 6 days ago; review it and set Last Review and Next Review.

                runbooks/RB-002.md
                  runbooks/RB-002.md:3  info   links/dangling          a|b c "quotes" & 'apos' bell\ufffd </script> 🚨
                  runbooks/RB-002.md:7  error  metadata/missing-field  stray ` backtick, see https://evil.example/x and www.evil.example or [x](javascript:y)

                2 errors, 1 warning, 1 info in 3 runbooks (2 files with findings)
                note: no git history: `.git` not found; freshness uses declared dates only.
                note: <b>bold</b>
                """);
    }

    @Test
    void colourCodesAppearOnlyWhenAskedFor() {
        Report hostile = SampleReports.withFindings(List.of(SampleReports.finding("x/y", Level.ERROR,
                "runbooks/\u001b[31mred.md", 1, null, "message with \u001b]0;title\u0007 and \u009b31m")));
        String plain = ReportFormat.TEXT.renderer(RenderOptions.plain()).render(hostile);
        String coloured = ReportFormat.TEXT.renderer(RenderOptions.plain().withColour(true)).render(hostile);

        assertThat(plain).doesNotContain(ESC).doesNotContain("\u009b").doesNotContain("\u0007");
        assertThat(Golden.render(ReportFormat.TEXT)).doesNotContain(ESC);
        assertThat(coloured).contains(ESC + "[31merror" + ESC + "[0m");
        // only our own codes: every escape is one of the SGR sequences the renderer writes
        assertThat(coloured.replaceAll("\u001b\\[(0|1|2|31|32|33|36)m", "")).doesNotContain(ESC).isEqualTo(plain);
    }

    @Test
    void colourUsesRedYellowCyanAndDimsLocations() {
        String coloured = ReportFormat.TEXT.renderer(Golden.options().withColour(true)).render(SampleReports.sample());
        assertThat(coloured)
                .contains(ESC + "[31merror")
                .contains(ESC + "[33mwarning")
                .contains(ESC + "[36minfo")
                .contains(ESC + "[2m" + "runbooks/RB-002.md:3" + ESC + "[0m");
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        Report clean = new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, ".", SampleReports.sample().runbooks(),
                List.of(), List.of(), java.util.Map.of("parse", 5L), List.of("detached HEAD"));
        assertThat(ReportFormat.TEXT.renderer(RenderOptions.plain()).render(clean))
                .isEqualTo("✓ no findings in 3 runbooks\nnote: detached HEAD\n");
        assertThat(ReportFormat.TEXT.renderer(RenderOptions.plain()).render(SampleReports.empty()))
                .isEqualTo("✓ no findings in 0 runbooks\n");
    }

    @Test
    void usesSingularsAndNeverPrintsTimings() {
        Report one = new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, ".", List.of(SampleReports.sample().runbooks().get(0)),
                List.of(), List.of(SampleReports.finding("a/b", Level.WARNING, "x.md", 2, null, "m")),
                java.util.Map.of("parse", 987654L), List.of());
        String text = ReportFormat.TEXT.renderer(RenderOptions.plain()).render(one);
        assertThat(text).endsWith("0 errors, 1 warning, 0 info in 1 runbook (1 file with findings)\n");
        assertThat(text).doesNotContain("987654");
    }

    @Test
    void aLargeReportIsHandedOnInChunksThatMakeUpTheWholeText() throws java.io.IOException {
        Report large = LargeReports.large(new java.util.Random(11), 40, 0, 3_000);
        ReportRenderer renderer = ReportFormat.TEXT.renderer(RenderOptions.plain());
        Chunks chunks = new Chunks();

        renderer.render(large, chunks);

        String whole = renderer.render(large);
        assertThat(chunks.pieces()).hasSizeGreaterThan(2);
        assertThat(chunks.joined()).isEqualTo(whole);
        assertThat(whole.lines()).hasSize(expectedLines(large)).allSatisfy(line -> {
            assertThat(line).isEqualTo(line.stripTrailing());
            assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
        });
    }

    /** Per file: a heading, each rule's lines (five and a fold line when more than six), a blank; then the table, summary and notes. */
    private static int expectedLines(Report report) {
        Map<String, Map<String, Integer>> perFileAndRule = new TreeMap<>();
        report.findings().forEach(f -> perFileAndRule.computeIfAbsent(f.position().path(), p -> new TreeMap<>())
                .merge(f.ruleId(), 1, Integer::sum));
        int lines = 0;
        for (Map<String, Integer> rules : perFileAndRule.values()) {
            lines += 2;
            for (int n : rules.values()) {
                lines += n > 6 ? 5 + 1 : n;
            }
        }
        long rules = report.findings().stream().map(Finding::ruleId).distinct().count();
        return lines + (int) rules + 2 + 1 + report.notes().size();
    }

    // --- folding: a file's findings of one rule beyond five are one line

    private static List<Finding> overdue(String path, int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            findings.add(SampleReports.finding("freshness/overdue", Level.WARNING, path, i, null,
                    "review overdue: `Alert" + i + "` was due on 2026-11-01."));
        }
        return findings;
    }

    private static String plain(List<Finding> findings) {
        return ReportFormat.TEXT.renderer(RenderOptions.plain()).render(SampleReports.withFindings(findings));
    }

    @Test
    void fiveFindingsOfOneRuleInAFileAreAllListed() {
        String text = plain(overdue("alerts.md", 5));
        assertThat(text).contains("alerts.md:5").doesNotContain("more");
    }

    @Test
    void sixFindingsOfOneRuleInAFileAreAllListedForAFoldLineWouldSaveNothing() {
        String text = plain(overdue("alerts.md", 6));
        assertThat(text).contains("alerts.md:6").doesNotContain("more");
    }

    @Test
    void sevenFindingsOfOneRuleInAFileShowFiveAndSayTwoMore() {
        String text = plain(overdue("alerts.md", 7));
        assertThat(text).contains("alerts.md:5").doesNotContain("alerts.md:6").doesNotContain("alerts.md:7")
                .contains("  … and 2 more `freshness/overdue` findings in this file\n");
    }

    @Test
    void fortyTwoFindingsOfOneRuleInAFileShowFiveAndSayThirtySevenMore() {
        String text = plain(overdue("alerts.md", 42));
        assertThat(text).isEqualTo("""
                alerts.md
                  alerts.md:1  warning  freshness/overdue  review overdue: `Alert1` was due on 2026-11-01.
                  alerts.md:2  warning  freshness/overdue  review overdue: `Alert2` was due on 2026-11-01.
                  alerts.md:3  warning  freshness/overdue  review overdue: `Alert3` was due on 2026-11-01.
                  alerts.md:4  warning  freshness/overdue  review overdue: `Alert4` was due on 2026-11-01.
                  alerts.md:5  warning  freshness/overdue  review overdue: `Alert5` was due on 2026-11-01.
                  … and 37 more `freshness/overdue` findings in this file

                0 errors, 42 warnings, 0 info in 0 runbooks (1 file with findings)
                """);
    }

    @Test
    void foldingCountsEachFileOnItsOwn() {
        List<Finding> findings = new ArrayList<>(overdue("a.md", 4));
        findings.addAll(overdue("b.md", 4));
        assertThat(plain(findings)).contains("a.md:4").contains("b.md:4").doesNotContain("more");
    }

    @Test
    void foldingCountsEachRuleOnItsOwnAndKeepsTheOtherRulesLines() {
        List<Finding> findings = new ArrayList<>(overdue("a.md", 7));
        findings.add(SampleReports.finding("links/broken", Level.ERROR, "a.md", 20, null, "broken link"));
        String text = plain(findings);
        assertThat(text).contains("a.md:20  error    links/broken       broken link")
                .contains("… and 2 more `freshness/overdue` findings in this file")
                .doesNotContain("more `links/broken`");
    }

    // --- the per-rule table

    private static List<Finding> mixed(int overdue, int broken, int missing) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < overdue; i++) {
            findings.add(SampleReports.finding("freshness/overdue", Level.WARNING, "rb" + i + ".md", 1, null, "overdue"));
        }
        for (int i = 0; i < broken; i++) {
            findings.add(SampleReports.finding("links/broken", i % 2 == 0 ? Level.ERROR : Level.INFO,
                    "rb" + i + ".md", 2, null, "broken"));
        }
        for (int i = 0; i < missing; i++) {
            findings.add(SampleReports.finding("metadata/missing-field", Level.ERROR, "rb" + i + ".md", 3, null, "missing"));
        }
        return findings;
    }

    @Test
    void aReportWithManyFindingsOfSeveralRulesEndsWithATableByRuleMostFirst() {
        String text = plain(mixed(1_200, 5, 30));
        assertThat(text).endsWith("""
                rule                    errors  warnings  info  total
                freshness/overdue            0     1,200     0  1,200
                metadata/missing-field      30         0     0     30
                links/broken                 3         0     2      5

                33 errors, 1200 warnings, 2 info in 0 runbooks (1200 files with findings)
                """);
    }

    @Test
    void rulesWithTheSameCountAreTabledByName() {
        String text = plain(mixed(0, 6, 6));
        assertThat(text.indexOf("\nlinks/broken ")).isPositive().isLessThan(text.indexOf("\nmetadata/missing-field "));
    }

    @Test
    void nineFindingsOfTwoRulesHaveNoTable() {
        assertThat(plain(mixed(5, 4, 0))).doesNotContain("rule ").doesNotContain("total");
    }

    @Test
    void manyFindingsOfOneRuleHaveNoTableTheSummarySaysIt() {
        assertThat(plain(mixed(40, 0, 0))).doesNotContain("total")
                .endsWith("\n\n0 errors, 40 warnings, 0 info in 0 runbooks (40 files with findings)\n");
    }

    @Test
    void theTableCountsFoldedFindings() {
        List<Finding> findings = new ArrayList<>(overdue("a.md", 12));
        findings.add(SampleReports.finding("links/broken", Level.ERROR, "a.md", 20, null, "broken link"));
        assertThat(plain(findings)).contains("freshness/overdue       0        12     0     12");
    }

    @Test
    void theTableHeadingIsBoldInColourAndTheNumbersStayAligned() {
        String coloured = ReportFormat.TEXT.renderer(RenderOptions.plain().withColour(true))
                .render(SampleReports.withFindings(mixed(10, 2, 0)));
        assertThat(coloured).contains(ESC + "[1mrule               errors  warnings  info  total" + ESC + "[0m\n")
                .contains("\nfreshness/overdue       0        10     0     10\n");
    }

    // --- grouped by rule

    private static String byRule(List<Finding> findings) {
        return ReportFormat.TEXT.renderer(RenderOptions.plain().withGrouping(TextGrouping.RULE))
                .render(SampleReports.withFindings(findings));
    }

    @Test
    void groupedByRuleEachRuleIsASectionWithFileAndLineOnEachFinding() {
        assertThat(ReportFormat.TEXT.renderer(Golden.options().withGrouping(TextGrouping.RULE))
                .render(SampleReports.sample())).isEqualTo("""
                freshness/overdue
                  runbooks/RB-001 service down.md:12  error  review overdue: `RB-001` was due for review on 2026-11-20, 6 days ago; review it and set Last Review and Next Review.

                links/dangling
                  runbooks/RB-002.md:3  info  a|b c "quotes" & 'apos' bell\ufffd </script> 🚨

                metadata/missing-field
                  runbooks/RB-001 service down.md  warning  missing field: `Owner` is not set; add **Owner:** <img src=x onerror=alert(1)>.
                  runbooks/RB-002.md:7             error    stray ` backtick, see https://evil.example/x and www.evil.example or [x](javascript:y)

                2 errors, 1 warning, 1 info in 3 runbooks (2 files with findings)
                note: no git history: `.git` not found; freshness uses declared dates only.
                note: <b>bold</b>
                """);
    }

    @Test
    void groupedByRuleAFilesFindingsBeyondFiveFoldRightAfterThem() {
        List<Finding> findings = new ArrayList<>(overdue("a.md", 8));
        findings.addAll(overdue("b.md", 2));
        String text = byRule(findings);
        assertThat(text).contains("""
                  a.md:5  warning  review overdue: `Alert5` was due on 2026-11-01.
                  … and 3 more in `a.md`
                  b.md:1  warning  review overdue: `Alert1` was due on 2026-11-01.
                """).doesNotContain("a.md:6");
    }

    @Test
    void groupedByRuleTheTableAndSummaryAreTheSameAsGroupedByFile() {
        List<Finding> findings = mixed(12, 3, 1);
        String byFile = plain(findings);
        String byRule = byRule(findings);
        String tail = byFile.substring(byFile.indexOf("rule  "));
        assertThat(byRule).endsWith(tail).startsWith("freshness/overdue\n");
    }

    @Test
    void groupingIsReadFromItsName() {
        assertThat(TextGrouping.parse(" RULE ")).contains(TextGrouping.RULE);
        assertThat(TextGrouping.parse("file")).contains(TextGrouping.FILE);
        assertThat(TextGrouping.parse("author")).isEmpty();
        assertThat(TextGrouping.parse(null)).isEmpty();
        assertThat(RenderOptions.plain().grouping()).isEqualTo(TextGrouping.FILE);
    }
}
