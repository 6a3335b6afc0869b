package org.runbookgovernance.rules.index;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code index/*} rules, in the order they are listed; the index regions come from the inventory. */
public final class IndexRules {

    private IndexRules() {
    }

    public static List<Rule> all() {
        return List.of(new MalformedMarkers(), new OutOfDate(), new MissingEntry(), new UnknownEntry());
    }
}
