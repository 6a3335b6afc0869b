package org.runbookgovernance.rules.alerts;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblems;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/malformed-rule-file}: an alert rule file that is not valid YAML or not shaped like Prometheus
 * rule groups. The rule-file reader finds it and reports a problem; this rule turns each into a finding.
 */
public final class MalformedRuleFile implements Rule {

    public static final String ID = ProblemIds.MALFORMED_RULES;

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
        return "an alert rule file is not valid YAML";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReaderProblems.report(inventory, ID, findings);
    }
}
