package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.report.render.ReportFormat.Output;

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
    void everyFormatHasAnExtensionAndItsLabelParsesWhereverItIsAccepted() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.fileExtension()).isNotBlank().doesNotStartWith(".");
            assertThat(Output.values()).as(format.label()).anyMatch(format::accepts);
            for (Output output : Output.values()) {
                assertThat(ReportFormat.parse(format.label(), output).isPresent()).as(format + " in " + output)
                        .isEqualTo(format.accepts(output));
            }
        }
        assertThat(ReportFormat.SARIF.fileExtension()).isEqualTo("sarif");
        assertThat(ReportFormat.JUNIT.fileExtension()).isEqualTo("xml");
    }

    @Test
    void everyCheckFormatHasARendererAndTheOthersRefuse() {
        for (ReportFormat format : ReportFormat.values()) {
            if (format.accepts(Output.CHECK)) {
                assertThat(format.renderer(RenderOptions.plain()).render(SampleReports.empty())).endsWith("\n");
            } else {
                assertThatThrownBy(() -> format.renderer(RenderOptions.plain()))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(format.label());
            }
        }
    }

    @Test
    void eachOutputListsItsFormatsInTableOrder() {
        assertThat(Output.CHECK.names()).isEqualTo("text, json, junit, sarif or markdown");
        assertThat(Output.STEP.names()).isEqualTo("text, json, junit, sarif, markdown or html");
        assertThat(Output.INDEX.names()).isEqualTo("json, markdown, html or openmetrics");
        assertThat(Output.REVIEW_PLAN.names()).isEqualTo("json, markdown or csv");
        assertThat(ReportFormat.parse("md", Output.INDEX)).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("html", Output.CHECK)).isEmpty();
        assertThat(ReportFormat.parse("csv", Output.INDEX)).isEmpty();
    }

    /** The names the pipeline steps write; the junit step's and recordIssues' usual globs depend on them. */
    @Test
    void stepFileNamesKeepTheirShape() {
        assertThat(ReportFormat.JUNIT.fileName("runbookFreshness")).isEqualTo("runbookFreshness-junit.xml");
        assertThat(ReportFormat.SARIF.fileName("runbookFreshness")).isEqualTo("runbookFreshness.sarif");
        assertThat(ReportFormat.MARKDOWN.fileName("runbookCheck")).isEqualTo("runbookCheck.md");
        assertThat(ReportFormat.TEXT.fileName("runbookCheck")).isEqualTo("runbookCheck.txt");
        assertThat(ReportFormat.HTML.fileName("publishRunbookIndex")).isEqualTo("publishRunbookIndex.html");
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
