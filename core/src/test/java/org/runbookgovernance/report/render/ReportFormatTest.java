package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFormatTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("text", Optional.of(ReportFormat.TEXT)),
                Arguments.of("JSON", Optional.of(ReportFormat.JSON)),
                Arguments.of(" junit ", Optional.of(ReportFormat.JUNIT)),
                Arguments.of("sarif", Optional.of(ReportFormat.SARIF)),
                Arguments.of("markdown", Optional.of(ReportFormat.MARKDOWN)),
                Arguments.of("md", Optional.of(ReportFormat.MARKDOWN)),
                Arguments.of("html", Optional.empty()),
                Arguments.of("", Optional.empty()),
                Arguments.of(null, Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("names")
    void parsesFormatNames(String name, Optional<ReportFormat> expected) {
        assertThat(ReportFormat.parse(name)).isEqualTo(expected);
    }

    @Test
    void everyFormatHasAnExtensionAndARendererAndItsLabelParses() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.fileExtension()).isNotBlank().doesNotStartWith(".");
            assertThat(ReportFormat.parse(format.label())).contains(format);
            assertThat(Renderers.of(format, RenderOptions.plain()).render(SampleReports.empty())).endsWith("\n");
        }
        assertThat(ReportFormat.SARIF.fileExtension()).isEqualTo("sarif");
        assertThat(ReportFormat.JUNIT.fileExtension()).isEqualTo("xml");
    }

    @Test
    void optionsSortRuleSummariesAndBuildDocsLinks() {
        RenderOptions options = new RenderOptions(true, SampleReports.summaries(), " https://example.org/docs/rules/ ");
        assertThat(options.ruleSummaries().keySet())
                .containsExactly("alerts/alert-without-runbook", "freshness/overdue", "metadata/missing-field");
        assertThat(options.docsLink("freshness/overdue")).contains("https://example.org/docs/rules/freshness/overdue.md");
        assertThat(RenderOptions.plain().docsLink("freshness/overdue")).isEmpty();
        assertThat(new RenderOptions(false, null, null)).isEqualTo(RenderOptions.plain());
    }
}
