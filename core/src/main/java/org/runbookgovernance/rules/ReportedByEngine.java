package org.runbookgovernance.rules;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Findings;

/**
 * A rule whose findings the engine reports, because only the engine knows them (a rule that threw, a change
 * set it could not learn, findings a baseline or a target branch has that no longer occur). It is a rule so
 * that its level, its switch and its docs page work as for any other; it finds nothing in the inventory.
 */
public abstract class ReportedByEngine implements Rule {

    private final String id;
    private final Level level;
    private final String summary;

    protected ReportedByEngine(String id, Level level, String summary) {
        this.id = id;
        this.level = level;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Level defaultLevel() {
        return level;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final void check(Inventory inventory, Findings findings) {
    }
}
