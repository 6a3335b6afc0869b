package org.runbookgovernance.model;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least serious. */
public enum Level {
    ERROR,
    WARNING,
    INFO;

    /** True when this level is at least as serious as {@code threshold}. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts error, warning (warn), info (note); empty otherwise. */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "error", "err" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "note" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
