package org.runbookgovernance.rules;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.report.Findings;

/** The problems the readers met under one rule id, reported as that rule's findings. */
public final class ReaderProblems {

    private ReaderProblems() {
    }

    public static void report(Inventory inventory, String ruleId, Findings findings) {
        for (Problem p : inventory.problems()) {
            if (p.ruleId().equals(ruleId)) {
                findings.report(p.position(), p.message());
            }
        }
    }
}
