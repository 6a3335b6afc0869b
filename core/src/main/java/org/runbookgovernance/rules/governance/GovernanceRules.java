package org.runbookgovernance.rules.governance;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** Rules about the governance itself: waivers, the baseline, rules that failed, a check that found nothing to judge. */
public final class GovernanceRules {

    private GovernanceRules() {
    }

    public static List<Rule> all() {
        return List.of(new ExpiredWaiver(), new BaselineFixed(), new RuleFailed(), new NoRunbooks(),
                new ChangeSetUnknown(), new FixedByChange());
    }
}
