package org.runbookgovernance.rules.index;

import java.util.List;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.rules.Rule;

/**
 * The {@code index/*} rules, in the order they are listed. The engine passes the regions it read from
 * index documents with markers to {@link #all(List)}; {@link #all()} knows none, so out-of-date finds nothing.
 */
public final class IndexRules {

    private IndexRules() {
    }

    public static List<Rule> all(List<IndexRegions> generated) {
        return List.of(new OutOfDate(generated), new MissingEntry(generated), new UnknownEntry(generated));
    }

    public static List<Rule> all() {
        return List.of(new OutOfDate(), new MissingEntry(), new UnknownEntry());
    }
}
