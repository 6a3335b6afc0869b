package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Chunks;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.report.Report;

class TextRendererTest {

    private static final String ESC = "\u001b";

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.TEXT)).isEqualTo(Golden.read("sample.txt"));
    }

    @Test
    void matchesTheGoldenColourOutput() {
        String coloured = Renderers.of(ReportFormat.TEXT, Golden.options().withColour(true)).render(SampleReports.sample());
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
        String plain = Renderers.of(ReportFormat.TEXT, RenderOptions.plain()).render(hostile);
        String coloured = Renderers.of(ReportFormat.TEXT, RenderOptions.plain().withColour(true)).render(hostile);

        assertThat(plain).doesNotContain(ESC).doesNotContain("\u009b").doesNotContain("\u0007");
        assertThat(Golden.render(ReportFormat.TEXT)).doesNotContain(ESC);
        assertThat(coloured).contains(ESC + "[31merror" + ESC + "[0m");
        // only our own codes: every escape is one of the SGR sequences the renderer writes
        assertThat(coloured.replaceAll("\u001b\\[(0|1|2|31|32|33|36)m", "")).doesNotContain(ESC).isEqualTo(plain);
    }

    @Test
    void colourUsesRedYellowCyanAndDimsLocations() {
        String coloured = Renderers.of(ReportFormat.TEXT, Golden.options().withColour(true)).render(SampleReports.sample());
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
        assertThat(Renderers.of(ReportFormat.TEXT, RenderOptions.plain()).render(clean))
                .isEqualTo("✓ no findings in 3 runbooks\nnote: detached HEAD\n");
        assertThat(Renderers.of(ReportFormat.TEXT, RenderOptions.plain()).render(SampleReports.empty()))
                .isEqualTo("✓ no findings in 0 runbooks\n");
    }

    @Test
    void usesSingularsAndNeverPrintsTimings() {
        Report one = new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, ".", List.of(SampleReports.sample().runbooks().get(0)),
                List.of(), List.of(SampleReports.finding("a/b", Level.WARNING, "x.md", 2, null, "m")),
                java.util.Map.of("parse", 987654L), List.of());
        String text = Renderers.of(ReportFormat.TEXT, RenderOptions.plain()).render(one);
        assertThat(text).endsWith("0 errors, 1 warning, 0 info in 1 runbook (1 file with findings)\n");
        assertThat(text).doesNotContain("987654");
    }

    @Test
    void aLargeReportIsHandedOnInChunksThatMakeUpTheWholeText() throws java.io.IOException {
        Report large = LargeReports.large(new java.util.Random(11), 40, 0, 3_000);
        ReportRenderer renderer = Renderers.of(ReportFormat.TEXT, RenderOptions.plain());
        Chunks chunks = new Chunks();

        renderer.render(large, chunks);

        String whole = renderer.render(large);
        assertThat(chunks.pieces()).hasSizeGreaterThan(2);
        assertThat(chunks.joined()).isEqualTo(whole);
        assertThat(whole.lines()).hasSize(3_000 + 40 * 2 + 3).allSatisfy(line -> {
            assertThat(line).isEqualTo(line.stripTrailing());
            assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
        });
    }
}
