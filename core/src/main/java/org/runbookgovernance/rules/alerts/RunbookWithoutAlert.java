package org.runbookgovernance.rules.alerts;

import java.util.HashSet;
import java.util.Set;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/runbook-without-alert}: a runbook that no alert leads to is found by search or memory only.
 * Covered means a rule-file alert or an index-table row resolves to it; with {@code count_declared: true}
 * a runbook whose declared alert names exist in the rule files counts too.
 */
public final class RunbookWithoutAlert implements Rule {

    public static final String ID = "alerts/runbook-without-alert";

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
        return "a runbook that no alert rule or index row leads to";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        if (!coverage.hasSources()) {
            return;
        }
        boolean countDeclared = inventory.config().rule(ID).boolOption("count_declared", false);
        Set<String> covered = new HashSet<>();
        Runbook previous = null;
        // A missing heading is dangling-runbook-url's finding; the alert still reaches the file. Only
        // runbook locations are ever asked about, so a path that is no runbook need not be kept. A section
        // runbook is covered by an alert whose reference names its heading (or one inside it).
        for (int i = 0, n = coverage.routingAlerts().size(); i < n; i++) {
            Runbook reached = coverage.routingRunbook(i);
            // Alerts of one group mostly lead to one runbook in a row: its path is added once per run.
            if (reached != null && reached != previous) {
                covered.add(reached.location());
            }
            previous = reached;
        }
        Set<String> ruleNames = countDeclared ? coverage.ruleFileAlertNames() : Set.of();
        for (Runbook r : inventory.runbooks()) {
            if (covered.contains(r.location()) || r.alerts().stream().anyMatch(ruleNames::contains)) {
                continue;
            }
            findings.report(AlertCoverage.position(r), r.id(), "runbook without alert: `" + r.id() + "`"
                    + r.title().map(t -> " (" + t + ")").orElse("") + " is not the runbook of any alert in the rule "
                    + "files or the index's By Alert Name table; set `runbook_url` on the alerts that should lead "
                    + "here, or add a row for them to the index table.");
        }
    }
}
