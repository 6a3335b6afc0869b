package org.runbookgovernance.report.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats a report can be written in, as named on the command line and in pipeline steps. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    JUNIT("xml"),
    SARIF("sarif"),
    MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** Accepts text, json, junit, sarif, markdown (md), ignoring case and surrounding blanks. */
    public static Optional<ReportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            case "junit" -> Optional.of(JUNIT);
            case "sarif" -> Optional.of(SARIF);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    /** The usual file extension, without the dot: txt, json, xml, sarif, md. */
    public String fileExtension() {
        return extension;
    }

    /** The name {@link #parse} accepts, e.g. {@code junit}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
