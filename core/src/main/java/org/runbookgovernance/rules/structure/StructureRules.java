package org.runbookgovernance.rules.structure;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code structure/*} rules, in the order they are listed. */
public final class StructureRules {

    private StructureRules() {
    }

    public static List<Rule> all() {
        return List.of(new RequiredSection());
    }
}
