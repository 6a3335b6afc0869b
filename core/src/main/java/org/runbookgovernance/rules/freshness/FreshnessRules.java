package org.runbookgovernance.rules.freshness;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code freshness/*} rules, in the order they are listed. */
public final class FreshnessRules {

    private FreshnessRules() {
    }

    public static List<Rule> all() {
        return List.of(new Overdue(), new DueSoon(), new NeverReviewed(), new FutureDate(), new InconsistentDates(),
                new PostIncident(), new EditedNotReviewed());
    }
}
