package org.runbookgovernance.rules.alerts;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/alert-without-runbook}: an alert rule whose severity label demands a runbook
 * ({@code alerts.require_runbook_for}, default {@code [critical]}) carries no runbook annotation, so the
 * person paged gets no link.
 */
public final class AlertWithoutRunbook implements Rule {

    public static final String ID = "alerts/alert-without-runbook";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "an alert rule of a severity that requires a runbook has no runbook annotation";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        List<Alert> alerts = coverage.ruleFileAlerts();
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            if (coverage.ruleFileResolution(i).kind() != Resolution.Kind.NONE
                    || !coverage.settings().requiresRunbook(a.severity())) {
                continue;
            }
            String annotation = coverage.settings().runbookAnnotations().isEmpty() ? "runbook_url"
                    : coverage.settings().runbookAnnotations().get(0);
            Optional<Runbook> known = elsewhere(coverage, a);
            findings.report(a.position(), known.map(Runbook::id).orElse(null), "alert without runbook: `" + a.name()
                    + "`" + a.severity().map(s -> " (severity `" + s + "`)").orElse("") + " has no `annotations."
                    + annotation + "`; " + known.map(r -> "point it at `" + r.path() + "`, which `" + r.id()
                    + "` is for.").orElse("write a runbook for it and set `annotations." + annotation
                    + "` to its URL or path."));
        }
    }

    /** A runbook the index table or a runbook's metadata names for this alert: the likely fix. */
    private static Optional<Runbook> elsewhere(AlertCoverage coverage, Alert alert) {
        for (Alert other : coverage.declaredElsewhere(alert.name())) {
            Optional<Runbook> r = coverage.runbookAt(coverage.resolution(other));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }
}
