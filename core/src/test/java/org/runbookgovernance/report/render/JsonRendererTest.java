package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.report.render.JsonTestParser.array;
import static org.runbookgovernance.report.render.JsonTestParser.object;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.ReaderUse.Reader;
import org.runbookgovernance.report.Report;

class JsonRendererTest {

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.JSON)).isEqualTo(Golden.read("sample.json"));
    }

    @Test
    void streamingGivesTheGoldenOutputToo() throws Exception {
        StringBuilder out = new StringBuilder();
        ReportFormat.JSON.renderer(Golden.options()).render(SampleReports.sample(), out);
        assertThat(out.toString()).isEqualTo(Golden.read("sample.json"));
    }

    @Test
    void followsTheContract() {
        Map<String, Object> root = object(JsonTestParser.parse(Golden.render(ReportFormat.JSON)));
        assertThat(root.keySet()).containsExactly("schemaVersion", "tool", "today", "root", "summary", "runbooks",
                "alerts", "findings", "timings", "notes");
        assertThat(root.get("schemaVersion")).isEqualTo(1L);
        assertThat(object(root.get("tool"))).containsEntry("name", "runbook-governance").containsEntry("version", "0.1.0");
        assertThat(root.get("today")).isEqualTo("2026-11-26");
        Map<String, Object> summary = object(root.get("summary"));
        assertThat(summary).containsEntry("error", 2L).containsEntry("warning", 1L).containsEntry("info", 1L)
                .containsEntry("baselined", 0L);
        assertThat(object(summary.get("byRule"))).containsExactly(Map.entry("freshness/overdue", 1L),
                Map.entry("links/dangling", 1L), Map.entry("metadata/missing-field", 2L));

        Map<String, Object> rb2 = object(array(root.get("runbooks")).get(1));
        assertThat(rb2.keySet()).containsExactly("id", "title", "path", "owner", "ownerSource", "severity", "category",
                "status", "lifecycle", "lastUpdated", "lastReviewed", "reviewSource", "nextReview", "alerts");
        assertThat(rb2).containsEntry("status", "never-reviewed").containsEntry("owner", null)
                .containsEntry("lastReviewed", null).containsEntry("reviewSource", null)
                .containsEntry("nextReview", null).containsEntry("title", "Disk " + SampleReports.IMG + " 🚨");

        Map<String, Object> alert = object(array(root.get("alerts")).get(0));
        assertThat(alert.keySet()).containsExactly("name", "source", "severity", "runbookRef", "runbook", "path", "line");
        assertThat(alert).containsEntry("line", 4L).containsEntry("runbook", SampleReports.SPACED);

        List<Object> findings = array(root.get("findings"));
        Map<String, Object> wholeFile = object(findings.get(0));
        assertThat(wholeFile.keySet()).containsExactly("rule", "severity", "path", "line", "runbook", "message");
        assertThat(wholeFile).containsEntry("line", 0L).containsEntry("severity", "warning");
        assertThat(object(findings.get(2)).get("message")).isEqualTo(SampleReports.PIPE + " " + SampleReports.QUOTES + " "
                + SampleReports.CONTROL + " " + SampleReports.SCRIPT + " " + SampleReports.EMOJI);
        assertThat(object(findings.get(3))).containsEntry("runbook", null);
        assertThat(object(root.get("timings"))).containsExactly(Map.entry("parse", 12L), Map.entry("rules", 3L));
        assertThat(array(root.get("notes"))).hasSize(2);
    }

    @Test
    void timingsSayWhichPathEachReaderTookWithItsFallbacksAndFailures() {
        Report sample = SampleReports.sample();
        ReaderUse readers = new ReaderUse(Set.of(Reader.MARKDOWN, Reader.FRONT_MATTER),
                Map.of(Reader.MARKDOWN, 0L, Reader.FRONT_MATTER, 1L, Reader.RULE_FILES, 0L),
                Map.of(Reader.MARKDOWN, 1L, Reader.FRONT_MATTER, 0L, Reader.RULE_FILES, 0L));
        Report report = new Report(sample.tool(), sample.version(), sample.today(), sample.root(), sample.runbooks(),
                sample.alerts(), sample.findings(), sample.timings(), sample.notes(), 0, readers);

        Map<String, Object> timings = object(object(JsonTestParser.parse(
                ReportFormat.JSON.renderer(RenderOptions.plain()).render(report))).get("timings"));

        assertThat(timings.keySet()).containsExactly("parse", "rules", "readers", "fallbacks", "fastPathFailures");
        assertThat(object(timings.get("readers"))).containsExactly(Map.entry("markdown", "fast"),
                Map.entry("frontMatter", "fast"), Map.entry("ruleFiles", "library"));
        assertThat(object(timings.get("fallbacks"))).containsExactly(Map.entry("markdown", 0L),
                Map.entry("frontMatter", 1L), Map.entry("ruleFiles", 0L));
        assertThat(object(timings.get("fastPathFailures"))).containsExactly(Map.entry("markdown", 1L),
                Map.entry("frontMatter", 0L), Map.entry("ruleFiles", 0L));
    }

        @Test
    void isSafeInsideAnHtmlScriptElement() {
        String json = Golden.render(ReportFormat.JSON);
        assertThat(json).doesNotContain("</").doesNotContain("\u0001").doesNotContain("\u2028");
    }

    @Test
    void anEmptyReportStillHasEveryMember() {
        Map<String, Object> root = object(JsonTestParser.parse(
                ReportFormat.JSON.renderer(RenderOptions.plain()).render(SampleReports.empty())));
        assertThat(root.get("findings")).isEqualTo(List.of());
        assertThat(object(object(root.get("summary")).get("byRule"))).isEmpty();
        assertThat(root.get("notes")).isEqualTo(List.of());
    }
}
