package org.runbookgovernance.rules.alerts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/severity-mismatch}: an alert's severity label stands for a P-range
 * ({@code alerts.severity_map}) that does not overlap its runbook's severity: a warning leading to a P0
 * runbook pages nobody for an outage, a critical one leading to a P3 runbook wakes people for a ticket.
 */
public final class SeverityMismatch implements Rule {

    public static final String ID = "alerts/severity-mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "an alert's severity label does not match its runbook's severity";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        // A handful of labels (critical, warning, ...) across 100,000 alerts: each is looked up once.
        Map<String, Optional<Severity>> priorities = new HashMap<>();
        for (Alert a : coverage.ruleFileAlerts()) {
            if (a.severity().isEmpty()) {
                continue;
            }
            Optional<Severity> expected = priorities.computeIfAbsent(a.severity().get(),
                    coverage.settings()::priorityOf);
            Optional<Runbook> runbook = coverage.runbookAt(coverage.resolution(a));
            if (expected.isEmpty() || runbook.isEmpty() || runbook.get().severity().isEmpty()) {
                continue;
            }
            Severity actual = runbook.get().severity().get();
            if (!expected.get().overlaps(actual)) {
                findings.report(a.position(), runbook.get().id(), "severity mismatch: alert `" + a.name()
                        + "` is labelled `" + a.severity().get() + "` (" + expected.get() + ") but its runbook `"
                        + runbook.get().id() + "` is " + actual + "; change the label or the runbook's severity, "
                        + "or adjust `alerts.severity_map`.");
            }
        }
    }
}
