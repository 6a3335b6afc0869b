package org.runbookgovernance.rules.links;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code links/*} rules, in the order they are listed. */
public final class LinksRules {

    private LinksRules() {
    }

    public static List<Rule> all() {
        return List.of(new Broken());
    }
}
