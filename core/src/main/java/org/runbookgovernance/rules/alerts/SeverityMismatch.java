package org.runbookgovernance.rules.alerts;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
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
        List<Alert> alerts = coverage.ruleFileAlerts();
        Pass pass = new Pass(coverage, findings);
        for (int i = 0; i < alerts.size(); i++) {
            pass.alert(i, alerts.get(i));
        }
    }

    /** One check's walk over the rule-file alerts, with what it has already worked out. */
    private static final class Pass {
        private final AlertCoverage coverage;
        private final Findings findings;
        /** A handful of labels (critical, warning, ...) across 100,000 alerts: each is looked up once. */
        private final Map<String, Optional<Severity>> priorities = new HashMap<>();
        /** Per label, each runbook's message tail: many alerts of one label lead to the same runbook. */
        private final Map<String, Map<Runbook, String>> tails = new HashMap<>();
        private Runbook previousRunbook;
        private String previousLabel;
        private String previousTail;

        Pass(AlertCoverage coverage, Findings findings) {
            this.coverage = coverage;
            this.findings = findings;
        }

        void alert(int i, Alert a) {
            if (a.severity().isEmpty()) {
                return;
            }
            String label = a.severity().get();
            Optional<Severity> expected = priorities.computeIfAbsent(label, coverage.settings()::priorityOf);
            Runbook runbook = coverage.ruleFileRunbook(i);
            if (expected.isEmpty() || runbook == null || runbook.severity().isEmpty()) {
                return;
            }
            Severity actual = runbook.severity().get();
            if (expected.get().overlaps(actual)) {
                return;
            }
            // Alerts of one group mostly share label and runbook: the previous tail is checked first.
            String tail;
            if (runbook == previousRunbook && label.equals(previousLabel)) {
                tail = previousTail;
            } else {
                Map<Runbook, String> byRunbook = tails.get(label);
                if (byRunbook == null) {
                    byRunbook = new IdentityHashMap<>();
                    tails.put(label, byRunbook);
                }
                tail = byRunbook.get(runbook);
                if (tail == null) {
                    tail = tail(label, expected.get(), runbook, actual);
                    byRunbook.put(runbook, tail);
                }
                previousRunbook = runbook;
                previousLabel = label;
                previousTail = tail;
            }
            findings.report(a.position(), runbook.id(), new StringBuilder(PREFIX.length() + a.name().length()
                    + tail.length()).append(PREFIX).append(a.name()).append(tail).toString());
        }
    }

    private static final String PREFIX = "severity mismatch: alert `";

    /** Everything after the alert's name: the same for every alert of this label leading to this runbook. */
    private static String tail(String label, Severity expected, Runbook runbook, Severity actual) {
        return "` is labelled `" + label + "` (" + expected + ") but its runbook `" + runbook.id() + "` is " + actual
                + "; change the label or the runbook's severity, or adjust `alerts.severity_map`.";
    }
}
