package org.runbookgovernance.rules.governance;

import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReportedByEngine;

/**
 * {@code governance/fixed-by-change}: under {@code --new-only}, a finding the target branch has at the merge
 * base no longer occurs with this change, so a pull request that pays off old findings says so. Reported by
 * the engine after comparing both checks; a rule so that its level, its switch and its docs page work as for
 * any other.
 */
public final class FixedByChange extends ReportedByEngine {

    public static final String ID = "governance/fixed-by-change";

    public static final Level LEVEL = Level.INFO;

    public FixedByChange() {
        super(ID, LEVEL, "a finding the target branch has no longer occurs with this change");
    }

    /** The message for {@code count} findings of {@code rule} with {@code key} on {@code target} that this change fixes. */
    public static String message(String rule, String key, int count, String target) {
        String about = key.isEmpty() ? "" : " about `" + key.replace("|", "`, `") + "`";
        return count == 1 ? "fixed by this change: the `" + rule + "` finding" + about + " on `" + target
                + "` no longer occurs."
                : "fixed by this change: " + count + " `" + rule + "` findings" + about + " on `" + target
                + "` no longer occur.";
    }
}
