package org.runbookgovernance.rules.input;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblems;
import org.runbookgovernance.rules.Rule;

/**
 * Reports the problems the scanner and readers met with a file as such under one {@code input/*} id (binary
 * file, invalid UTF-8, unreadable...). They are rules so that levels, waivers and docs pages work for them as
 * for any other check.
 */
public record InputRule(String id, Level defaultLevel, String summary) implements Rule {

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReaderProblems.report(inventory, id, findings);
    }
}
