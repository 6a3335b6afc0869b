package org.runbookgovernance.report.render;

import java.util.Locale;
import java.util.Optional;

/** How the text report sections its findings: one section per file (as a reviewer reads) or per rule (as a team fixes). */
public enum TextGrouping {
    FILE,
    RULE;

    /** {@code file} or {@code rule}, any case; empty for anything else. */
    public static Optional<TextGrouping> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "file" -> Optional.of(FILE);
            case "rule" -> Optional.of(RULE);
            default -> Optional.empty();
        };
    }
}
