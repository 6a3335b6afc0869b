package io.jenkins.plugins.runbookgovernance;

import java.util.Locale;
import java.util.Optional;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Threshold;

/**
 * A threshold for failOn / unstableOn: a finding level, or never. The core's {@link Threshold} judges; this type
 * stays because the build's outcome records it.
 */
public enum Gate {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** Accepts error, warning, info, never (none, off), any case; empty otherwise. */
    public static Optional<Gate> parse(String text) {
        return Threshold.parse(text).map(Gate::of);
    }

    static Gate of(Threshold threshold) {
        return valueOf(threshold.name());
    }

    /** True when a finding of level {@code worst} (null: no findings) reaches this gate. */
    public boolean trippedBy(Level worst) {
        return Threshold.valueOf(name()).trippedBy(worst);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
