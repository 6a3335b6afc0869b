package org.runbookgovernance.rules.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.runbookgovernance.alerts.RequiredSeverities;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/alert-without-runbook}: an alert rule whose severity demands a runbook
 * ({@code alerts.require_runbook_for}, default {@code [critical]}: severity labels, or P-levels compared after
 * {@code severity_map}) carries no runbook annotation or label, so the person paged gets no link. When no alert
 * carries a required severity at all, one info finding says which severities the alerts do carry: a setting
 * that matches nothing is otherwise silent.
 */
public final class AlertWithoutRunbook implements Rule {

    public static final String ID = "alerts/alert-without-runbook";

    /** How many severity labels the note about an unmatched setting lists. */
    static final int MAX_LISTED_LABELS = 8;

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
        RequiredSeverities required = new RequiredSeverities(coverage.settings());
        List<Alert> alerts = coverage.ruleFileAlerts();
        boolean anyRequired = false;
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            if (!required.requires(a.severity())) {
                continue;
            }
            anyRequired = true;
            if (coverage.ruleFileResolution(i).kind() != Resolution.Kind.NONE) {
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
        if (!anyRequired && !alerts.isEmpty() && !required.entries().isEmpty()) {
            findings.report(Level.INFO, SourcePosition.file("."), null, unmatched(required, alerts));
        }
    }

    /** The note for a {@code require_runbook_for} that no rule-file alert matches: what the alerts carry instead. */
    static String unmatched(RequiredSeverities required, List<Alert> alerts) {
        Map<String, Integer> labels = new TreeMap<>();
        int unlabelled = 0;
        for (Alert a : alerts) {
            if (a.severity().isPresent()) {
                labels.merge(a.severity().get(), 1, Integer::sum);
            } else {
                unlabelled++;
            }
        }
        StringBuilder carried = new StringBuilder();
        int listed = 0;
        for (Map.Entry<String, Integer> e : labels.entrySet()) {
            if (listed == MAX_LISTED_LABELS) {
                carried.append(", and ").append(labels.size() - listed).append(" more");
                break;
            }
            carried.append(listed == 0 ? "" : ", ").append(e.getKey()).append(" (").append(count(e.getValue()))
                    .append(')');
            listed++;
        }
        String what = labels.isEmpty() ? "none of them has a `severity` label"
                : "their severity labels are " + carried + (unlabelled == 0 ? ""
                : ", and " + count(unlabelled) + (unlabelled == 1 ? " has none" : " have none"));
        return "no alert has a required severity: `require_runbook_for` " + required.entries() + " matches none of the "
                + count(alerts.size()) + (alerts.size() == 1 ? " alert" : " alerts") + "; " + what
                + ". Name the labels that page in `alerts.require_runbook_for`, or map them to P-levels in "
                + "`alerts.severity_map` and require those (e.g. [P0, P1]).";
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
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
