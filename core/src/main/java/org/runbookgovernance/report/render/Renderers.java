package org.runbookgovernance.report.render;

import java.util.Objects;

/** The renderer for each format. */
public final class Renderers {

    private Renderers() {
    }

    public static ReportRenderer of(ReportFormat format, RenderOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case TEXT -> new TextRenderer(options);
            case JSON -> new JsonRenderer();
            case JUNIT -> new JUnitRenderer(options);
            case SARIF -> new SarifRenderer(options);
            case MARKDOWN -> new MarkdownRenderer(options);
        };
    }
}
