package org.runbookgovernance.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.runbookgovernance.model.Severity;

/**
 * Which alerts {@code alerts.require_runbook_for} asks a runbook of: an entry is a severity label as the alerts
 * write it ({@code critical}, {@code s1}, {@code page}), a P-level or range ({@code P0}, {@code P0-P1}) compared
 * after {@code severity_map}, or {@code *}. An alert is required when its label is named, or when the P-range its
 * label maps to lies wholly within the P-levels named, so one setting fits every labelling scheme that is mapped.
 */
public final class RequiredSeverities {

    private final AlertSettings settings;
    private final boolean everyAlert;
    /** Per P-level (P0..P3): whether an entry stands for it. */
    private final boolean[] levels = new boolean[Severity.LEAST_URGENT + 1];
    /** A handful of labels across 100,000 alerts: each is decided once. */
    private final Map<String, Boolean> byLabel = new ConcurrentHashMap<>();

    public RequiredSeverities(AlertSettings settings) {
        this.settings = settings;
        this.everyAlert = settings.requireRunbookFor().contains("*");
        for (String entry : settings.requireRunbookFor()) {
            rangeOf(entry).ifPresent(r -> {
                for (int level = r.highest(); level <= r.lowest(); level++) {
                    levels[level] = true;
                }
            });
        }
    }

    /** True when alerts with this severity label (or none) must carry a runbook reference. */
    public boolean requires(Optional<String> severityLabel) {
        if (everyAlert) {
            return true;
        }
        if (severityLabel.isEmpty()) {
            return false;
        }
        String label = severityLabel.get();
        Boolean known = byLabel.get(label);
        if (known == null) {
            known = decide(label.strip().toLowerCase(Locale.ROOT));
            byLabel.put(label, known);
        }
        return known;
    }

    /** The entries as configured (lower case), for messages. */
    public List<String> entries() {
        return settings.requireRunbookFor();
    }

    private boolean decide(String label) {
        if (settings.requireRunbookFor().contains(label)) {
            return true;
        }
        // Alerts labelled with P-levels themselves need no map entry.
        Optional<Severity> range = settings.priorityOf(label).or(() -> Severity.parse(label));
        if (range.isEmpty()) {
            return false;
        }
        for (int level = range.get().highest(); level <= range.get().lowest(); level++) {
            if (!levels[level]) {
                return false;
            }
        }
        return true;
    }

    /** The P-range an entry names, when it is one rather than a label. */
    private static Optional<Severity> rangeOf(String entry) {
        return Severity.parse(entry);
    }
}
