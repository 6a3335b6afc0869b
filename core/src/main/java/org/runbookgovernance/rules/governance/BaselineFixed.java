package org.runbookgovernance.rules.governance;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * A finding the baseline accepted no longer occurs: the baseline file can shrink. Reported by
 * {@code Baseline.apply} once every other rule has run, since only then is it known what still occurs; it is
 * a rule so that its level, its switch and its docs page work as for any other.
 */
public final class BaselineFixed implements Rule {

    public static final String ID = "governance/baseline-fixed";

    public static final Level LEVEL = Level.INFO;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return LEVEL;
    }

    @Override
    public String summary() {
        return "a finding the baseline accepted no longer occurs";
    }

    /** Nothing to find in the inventory alone: see the class comment. */
    @Override
    public void check(Inventory inventory, Findings findings) {
    }

    /** The message for {@code count} accepted findings of {@code rule} with {@code key} that no longer occur. */
    public static String message(String rule, String key, int count) {
        String about = key.isEmpty() ? "" : " about `" + key.replace("|", "`, `") + "`";
        return (count == 1 ? "baselined finding fixed: the `" + rule + "` finding" + about + " no longer occurs"
                : "baselined findings fixed: " + count + " `" + rule + "` findings" + about + " no longer occur")
                + "; run `runbook-governance baseline` to drop " + (count == 1 ? "it" : "them")
                + " from the baseline.";
    }
}
