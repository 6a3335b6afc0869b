package org.runbookgovernance.rules.alerts;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code alerts/*} rules, in the order they are listed. */
public final class AlertsRules {

    private AlertsRules() {
    }

    public static List<Rule> all() {
        return List.of(new MalformedRuleFile(), new RuleFilesNotFound(), new RunbookWithoutAlert(),
                new AlertWithoutRunbook(), new DanglingRunbookUrl(), new UnknownAlert(), new SeverityMismatch());
    }
}
