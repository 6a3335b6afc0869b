package org.runbookgovernance.rules.branch;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code branch/*} rules, in the order they are listed. */
public final class BranchRules {

    private BranchRules() {
    }

    public static List<Rule> all() {
        return List.of(new BranchName(), new BranchIdMismatch(), new DateNotBumped(), new IndexNotUpdated(),
                new UnknownContext());
    }
}
