package io.jenkins.plugins.runbookgovernance;

import java.util.Locale;
import java.util.Optional;
import org.runbookgovernance.model.Level;

/** A threshold for failOn / unstableOn: a finding level, or never. */
public enum Gate {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** Accepts error, warning, info, never (any case); empty otherwise. */
    public static Optional<Gate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("never") || t.equals("none") || t.equals("off")) {
            return Optional.of(NEVER);
        }
        return Level.parse(t).map(l -> valueOf(l.name()));
    }

    /** True when a finding of level {@code worst} (null: no findings) reaches this gate. */
    public boolean trippedBy(Level worst) {
        return this != NEVER && worst != null && worst.atLeast(Level.valueOf(name()));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
