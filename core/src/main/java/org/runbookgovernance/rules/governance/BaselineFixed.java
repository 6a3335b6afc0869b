package org.runbookgovernance.rules.governance;

import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReportedByEngine;

/**
 * A finding the baseline accepted no longer occurs: the baseline file can shrink. Reported by
 * {@code Baseline.apply} once every other rule has run, since only then is it known what still occurs; it is
 * a rule so that its level, its switch and its docs page work as for any other.
 */
public final class BaselineFixed extends ReportedByEngine {

    public static final String ID = "governance/baseline-fixed";

    public static final Level LEVEL = Level.INFO;

    public BaselineFixed() {
        super(ID, LEVEL, "a finding the baseline accepted no longer occurs");
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
