package org.runbookgovernance.report;

import java.util.Locale;
import java.util.Optional;
import org.runbookgovernance.model.Level;

/** The level at which findings fail a run or make it unstable: a finding level, or never. */
public enum Threshold {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** Accepts error, warning, info (and their short forms) and never (none, off), ignoring case; empty otherwise. */
    public static Optional<Threshold> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("never") || t.equals("none") || t.equals("off")) {
            return Optional.of(NEVER);
        }
        return Level.parse(t).map(l -> valueOf(l.name()));
    }

    /** True when a finding of level {@code worst} (null: no findings) reaches this threshold. */
    public boolean trippedBy(Level worst) {
        return this != NEVER && worst != null && worst.atLeast(Level.valueOf(name()));
    }

    /** True when a finding of {@code report} reaches this threshold. */
    public boolean trippedBy(Report report) {
        return trippedBy(report.worst().orElse(null));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
