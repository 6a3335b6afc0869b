package org.runbookgovernance.rules.alerts;

import java.util.List;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/dangling-runbook-url}: an alert's runbook reference (rule file or index row) leads to a
 * missing file or heading. References that cannot be checked here, a templated value that depends on
 * the firing alert or a URL no mapping covers, are reported at info level so they are never skipped silently.
 */
public final class DanglingRunbookUrl implements Rule {

    public static final String ID = "alerts/dangling-runbook-url";

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
        return "an alert's runbook reference points at a missing file or heading";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        List<Alert> alerts = coverage.routingAlerts();
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            Resolution r = coverage.routingResolution(i);
            String ref = a.runbookRef().orElse("");
            switch (r.kind()) {
                case DANGLING -> findings.report(a.position(), "dangling runbook URL: `" + ref + "` of alert `"
                        + a.name() + "` leads nowhere: " + r.detail() + "; correct the reference or restore the "
                        + (r.runbookPath().isPresent() ? "heading." : "runbook."));
                case UNVERIFIABLE -> findings.report(Level.INFO, a.position(), null, "runbook URL cannot be "
                        + "verified: `" + ref + "` of alert `" + a.name() + "`: " + r.detail() + "; set the label "
                        + "statically in the rule, or use `{{ $labels.alertname }}`, to let it be checked.");
                case EXTERNAL_UNMAPPED -> findings.report(Level.INFO, a.position(), null, "runbook URL cannot be "
                        + "verified: `" + ref + "` of alert `" + a.name() + "` is outside the repository and no "
                        + "mapping covers it; add --runbook-url-map BASE_URL=FOLDER or `alerts.runbook_url_map` "
                        + "in .runbook-governance.yml.");
                default -> {
                    // RESOLVED is fine; NONE is alert-without-runbook's concern.
                }
            }
        }
    }
}
