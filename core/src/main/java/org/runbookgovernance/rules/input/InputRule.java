package org.runbookgovernance.rules.input;

import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * Reports the problems the scanner and parser met under one id (binary file, malformed front matter...).
 * They are rules so that levels, waivers and docs pages work for them as for any other check.
 */
public record InputRule(String id, Level defaultLevel, String summary) implements Rule {

    @Override
    public void check(Inventory inventory, Findings findings) {
        for (Problem p : inventory.problems()) {
            if (p.ruleId().equals(id)) {
                findings.report(p.position(), p.message());
            }
        }
    }
}
