package org.runbookgovernance.rules.alerts;

import java.util.Set;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/unknown-alert}: a runbook declares an alert name that no rule file defines (renamed or
 * deleted alert, typo). Runs only when at least one rule file yielded an alert: without rule files every
 * name would be unknown.
 */
public final class UnknownAlert implements Rule {

    public static final String ID = "alerts/unknown-alert";

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
        return "a runbook declares an alert that no rule file defines";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        if (!coverage.hasRuleFiles()) {
            return;
        }
        Set<String> defined = coverage.ruleFileAlertNames();
        for (Runbook r : inventory.runbooks()) {
            for (String name : r.alerts()) {
                if (!defined.contains(name)) {
                    findings.report(AlertCoverage.position(r), r.id(), "unknown alert: `" + r.id()
                            + "` declares alert `" + name + "`, which no rule file defines; correct the name or "
                            + "remove it from the runbook's alerts.");
                }
            }
        }
    }
}
