package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.Period;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/inconsistent-dates}: Next Review does not fit Last Review — it is on or before it, or
 * further out than the review interval allows. Last Updated before Last Review is fine: a review that
 * changed nothing does not bump Last Updated.
 */
public final class InconsistentDates implements Rule {

    public static final String ID = "freshness/inconsistent-dates";

    /** A week of slack: teams round Next Review to a convenient day. */
    private static final int DEFAULT_SLACK_DAYS = 7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "the Next Review date is not after Last Review, or further out than the review interval allows";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReviewPolicy policy = inventory.config().review();
        int slack = Math.max(0, inventory.config().rule(ID).intOption("slack_days", DEFAULT_SLACK_DAYS));
        for (Runbook r : ReviewedDocuments.of(inventory)) {
            if (r.lastReview().isEmpty() || r.nextReview().isEmpty()) {
                continue;
            }
            LocalDate last = r.lastReview().get();
            LocalDate next = r.nextReview().get();
            ReviewInterval interval = policy.intervalFor(r);
            LocalDate expected = last.plus(interval.period());
            if (!next.isAfter(last)) {
                findings.report(position(r), ReviewedDocuments.findingId(r),
                        "review dates inconsistent: `" + ReviewedDocuments.name(r) + "` declares Next Review "
                                + next
                                + (next.equals(last) ? " on the same day as" : " before") + " Last Review " + last
                                + "; set Next Review to the next due date, " + expected + " under the "
                                + ReviewedDocuments.policyName(interval) + ".");
            } else if (next.isAfter(expected.plusDays(slack))) {
                findings.report(position(r), ReviewedDocuments.findingId(r),
                        "review schedule looser than policy: `" + ReviewedDocuments.name(r) + "` declares Next Review "
                                + next + ", "
                                + Durations.period(Period.between(last, next)) + " after Last Review " + last
                                + ", but the " + ReviewedDocuments.policyName(interval) + " allows "
                                + Durations.period(interval.period()) + "; set Next Review to " + expected
                                + " or earlier, or declare a Review Interval for this document.");
            }
        }
    }

    /** Where the finding points, worked out only for a document that has one. */
    private static SourcePosition position(Runbook r) {
        return ReviewedDocuments.lineOf(r.document(), MetadataKeys.NEXT_REVIEW);
    }
}
