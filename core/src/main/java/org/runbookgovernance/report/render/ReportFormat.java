package org.runbookgovernance.report.render;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every output format, as named on the command line and in pipeline steps: its names, its file extension, the
 * outputs that accept it and, for the check report, its renderer. Adding a format is one constant here (plus its
 * renderer and a golden); the faces take their format lists, help and error messages from this table.
 */
public enum ReportFormat {
    TEXT(List.of("text"), "txt", TextRenderer::new, Output.CHECK, Output.STEP),
    JSON(List.of("json"), "json", options -> new JsonRenderer(), Output.CHECK, Output.STEP, Output.INDEX,
            Output.REVIEW_PLAN),
    JUNIT(List.of("junit"), "xml", JUnitRenderer::new, Output.CHECK, Output.STEP),
    SARIF(List.of("sarif"), "sarif", SarifRenderer::new, Output.CHECK, Output.STEP),
    MARKDOWN(List.of("markdown", "md"), "md", MarkdownRenderer::new, Output.CHECK, Output.STEP, Output.INDEX,
            Output.REVIEW_PLAN),
    /** The dashboard: rendered by the index package from the inventory, not from the report alone. */
    HTML(List.of("html"), "html", null, Output.INDEX, Output.STEP),
    OPENMETRICS(List.of("openmetrics"), "prom", null, Output.INDEX),
    CSV(List.of("csv"), "csv", null, Output.REVIEW_PLAN);

    /** What a format can be asked for. */
    public enum Output {
        /** {@code check} and its group commands: the findings report, rendered by {@link #renderer}. */
        CHECK,
        /** {@code index --format}: the runbook index. */
        INDEX,
        /** {@code review-plan --format}: the runbooks due for review. */
        REVIEW_PLAN,
        /** The pipeline steps' {@code formats}: report files, and the dashboard. */
        STEP;

        /** The formats this output accepts, in table order. */
        public List<ReportFormat> formats() {
            return Arrays.stream(ReportFormat.values()).filter(f -> f.outputs.contains(this)).toList();
        }

        /** Their labels for a message: {@code text, json, junit, sarif or markdown}. */
        public String names() {
            List<String> labels = formats().stream().map(ReportFormat::label).toList();
            return labels.size() == 1 ? labels.get(0)
                    : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
        }
    }

    private final List<String> names;
    private final String extension;
    private final Function<RenderOptions, ReportRenderer> renderer;
    private final Set<Output> outputs;

    ReportFormat(List<String> names, String extension, Function<RenderOptions, ReportRenderer> renderer,
                 Output first, Output... rest) {
        this.names = names;
        this.extension = extension;
        this.renderer = renderer;
        this.outputs = EnumSet.of(first, rest);
    }

    /** A format {@code output} accepts, by any of its names, ignoring case and surrounding blanks. */
    public static Optional<ReportFormat> parse(String text, Output output) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toLowerCase(Locale.ROOT);
        return output.formats().stream().filter(f -> f.names.contains(name)).findFirst();
    }

    /** A findings report format: text, json, junit, sarif, markdown (md). */
    public static Optional<ReportFormat> parse(String text) {
        return parse(text, Output.CHECK);
    }

    /** True when {@code output} accepts this format. */
    public boolean accepts(Output output) {
        return outputs.contains(output);
    }

    /** The renderer of the findings report in this format; only formats {@link Output#CHECK} accepts have one. */
    public ReportRenderer renderer(RenderOptions options) {
        if (renderer == null) {
            throw new IllegalArgumentException(label() + " is not a findings report format");
        }
        return renderer.apply(Objects.requireNonNull(options, "options"));
    }

    /** The usual file extension, without the dot: txt, json, xml, sarif, md, ... */
    public String fileExtension() {
        return extension;
    }

    /**
     * The file a pipeline step writes this format to: {@code runbookFreshness.sarif}, and
     * {@code runbookFreshness-junit.xml} so that the junit step's usual glob finds it.
     */
    public String fileName(String baseName) {
        return baseName + (this == JUNIT ? "-junit." : ".") + extension;
    }

    /** The name {@link #parse} accepts first, e.g. {@code junit}. */
    public String label() {
        return names.get(0);
    }
}
