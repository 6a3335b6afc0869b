package org.runbookgovernance.rules.alerts;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblems;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/rule-files-not-found}: a rule-file glob or path that matches no file, so the alerts it was meant
 * to bring in are missing from every alerts rule. The alert collector reports a problem; this rule turns it into
 * a finding.
 */
public final class RuleFilesNotFound implements Rule {

    public static final String ID = ProblemIds.RULE_FILES_NOT_FOUND;

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
        return "a rule-file glob or path given in --rules or alerts.rule_files matches no file";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReaderProblems.report(inventory, ID, findings);
    }
}
