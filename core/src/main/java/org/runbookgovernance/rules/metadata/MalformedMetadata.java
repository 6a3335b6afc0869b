package org.runbookgovernance.rules.metadata;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblems;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/malformed}: front matter or a waiver comment the parser could not read. The parser finds it
 * while reading the page and reports a problem; this rule turns each into a finding.
 */
public final class MalformedMetadata implements Rule {

    public static final String ID = ProblemIds.MALFORMED_METADATA;

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
        return "front matter is not valid YAML or not a mapping";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReaderProblems.report(inventory, ID, findings);
    }
}
