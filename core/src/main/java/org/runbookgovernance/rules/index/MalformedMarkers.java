package org.runbookgovernance.rules.index;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblems;
import org.runbookgovernance.rules.Rule;

/**
 * {@code index/malformed-markers}: an index whose generated-region markers cannot be read, so neither
 * {@code index/out-of-date} nor {@code index --write} can use them. The engine reports a problem while reading the
 * regions; this rule turns each into a finding.
 */
public final class MalformedMarkers implements Rule {

    public static final String ID = ProblemIds.INDEX_MARKERS;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "the index's generated-region markers are unpaired, nested, duplicated or unknown";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReaderProblems.report(inventory, ID, findings);
    }
}
