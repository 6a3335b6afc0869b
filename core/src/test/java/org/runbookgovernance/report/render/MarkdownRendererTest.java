package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

class MarkdownRendererTest {

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.MARKDOWN)).isEqualTo(Golden.read("sample.md"));
    }

    @Test
    void repositoryTextCreatesNoHtmlAndNoLinks() {
        String md = Golden.render(ReportFormat.MARKDOWN);
        String withoutOwnTags = md.replace("<br>", "").replace("<sub>", "").replace("</sub>", "");
        assertThat(withoutOwnTags).doesNotContain("<");
        // the only links are the four rule links we wrote
        assertThat(md.split("\\]\\(", -1)).hasSize(5);
        assertThat(md).doesNotContain("https://").doesNotContain("www.evil").doesNotContain("\u0001");
        // each table row has exactly five unescaped pipes
        md.lines().filter(l -> l.startsWith("| ")).forEach(row ->
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isIn(5L, 6L));
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain words", "plain words"),
                Arguments.of("a|b\nc", "a\\|b<br>c"),
                Arguments.of("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"),
                Arguments.of("\"quotes\" & 'apos'", "\"quotes\" &amp; 'apos'"),
                Arguments.of("ctl\u0001\u001b", "ctl\ufffd\ufffd"),
                Arguments.of("</script>", "&lt;/script&gt;"),
                Arguments.of("🚨 fire", "🚨 fire"),
                Arguments.of("set `Owner` now", "set `Owner` now"),
                Arguments.of("code `a|b <c>` kept", "code `a\\|b <c>` kept"),
                Arguments.of("stray ` tick", "stray \\` tick"),
                Arguments.of("``double``", "\\``double`\\`"),
                Arguments.of("` `", "\\` \\`"),
                Arguments.of("![img](http://x/y.png)", "\\!\\[img\\]\\(http\\://x/y.png\\)"),
                Arguments.of("see www.example.org", "see www\\.example.org"),
                Arguments.of("mail a@b.org", "mail a\\@b.org"),
                Arguments.of("**bold** _it_ ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~"),
                Arguments.of("back\\slash", "back\\\\slash"),
                Arguments.of("&lt;", "&amp;lt;"),
                Arguments.of("crlf\r\nline", "crlf<br>line"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void escapesTableCells(String text, String expected) {
        assertThat(MarkdownText.inline(text)).isEqualTo(expected);
    }

    @Test
    void locationsAreCodeSpansUnlessTheyCannotBe() {
        assertThat(MarkdownText.code("runbooks/a b.md:3")).isEqualTo("`runbooks/a b.md:3`");
        assertThat(MarkdownText.code("odd`name|.md")).isEqualTo("odd\\`name\\|.md");
        assertThat(MarkdownText.code("pipe|in.md")).isEqualTo("`pipe\\|in.md`");
    }

    @Test
    void capsTheTableAndShowsTheMostSeriousFirst() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 55; i++) {
            findings.add(SampleReports.finding("a/info", Level.INFO, "runbooks/a.md", i, null, "info " + i));
        }
        for (int i = 1; i <= 5; i++) {
            findings.add(SampleReports.finding("a/err", Level.ERROR, "runbooks/z.md", i, null, "error " + i));
        }
        String md = ReportFormat.MARKDOWN.renderer(RenderOptions.plain()).render(SampleReports.withFindings(findings));
        List<String> rows = md.lines().filter(l -> l.startsWith("| ❌") || l.startsWith("| ℹ️")).toList();
        assertThat(rows).hasSize(50);
        assertThat(rows.subList(0, 5)).allMatch(r -> r.startsWith("| ❌ error | `a/err` | `runbooks/z.md:"));
        assertThat(md).contains("\n… and 10 more\n");
        assertThat(md).contains("❌ 5 errors, 0 warnings, 55 info in 0 runbooks (2 files with findings).");
    }

    @Test
    void statusEmojiFollowsTheWorstLevel() {
        assertThat(status(Level.WARNING)).startsWith("⚠️ 0 errors, 1 warning, 0 info");
        assertThat(status(Level.INFO)).startsWith("✅ 0 errors, 0 warnings, 1 info");
        assertThat(ReportFormat.MARKDOWN.renderer(RenderOptions.plain()).render(SampleReports.empty()))
                .isEqualTo("""
                        ## Runbook governance

                        ✅ No findings in 0 runbooks.

                        | Errors | Warnings | Info | Runbooks | Files with findings |
                        | ---: | ---: | ---: | ---: | ---: |
                        | 0 | 0 | 0 | 0 | 0 |

                        <sub>runbook-governance 0.1.0 · 2026-11-26</sub>
                        """);
    }

    @Test
    void docsLinksAreEncodedSoTheyCannotBreakOut() {
        RenderOptions options = new RenderOptions(false, java.util.Map.of(), "docs/my rules)/");
        Report report = SampleReports.withFindings(List.of(SampleReports.finding("a/b", Level.ERROR, "x.md", 1, null, "m")));
        assertThat(ReportFormat.MARKDOWN.renderer(options).render(report))
                .contains("| [a/b](docs/my%20rules%29/a/b.md) |");
    }

    private static String status(Level level) {
        Report report = SampleReports.withFindings(List.of(SampleReports.finding("a/b", level, "x.md", 1, null, "m")));
        String md = ReportFormat.MARKDOWN.renderer(RenderOptions.plain()).render(report);
        return md.lines().skip(2).findFirst().orElseThrow();
    }
}
