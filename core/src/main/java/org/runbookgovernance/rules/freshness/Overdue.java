package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/overdue}: the review was due before today (Next Review, or Last Review plus the interval;
 * for a runbook with no review date, its last substantive commit plus the interval).
 */
public final class Overdue implements Rule {

    public static final String ID = "freshness/overdue";

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
        return "a runbook (or a reviewed index or guide) is past its review date";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReviewPolicy policy = inventory.config().review();
        LocalDate today = inventory.today();
        ReviewedDocuments.GitAdvice advice = ReviewedDocuments.GitAdvice.of(inventory, "review it");
        for (Runbook r : ReviewedDocuments.of(inventory)) {
            LocalDate due = ReviewedDocuments.overdueDate(policy, r, today);
            if (due == null) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(due, today);
            String policyName = ReviewedDocuments.policyName(policy.intervalFor(r));
            Optional<LastReview> fromGit = ReviewedDocuments.fromGit(r);
            if (fromGit.isPresent()) {
                findings.report(ReviewedDocuments.reviewPosition(r.document()), ReviewedDocuments.findingId(r),
                        "review overdue: `" + ReviewedDocuments.name(r) + "` " + ReviewedDocuments.gitDated(r, fromGit.get())
                                + " and was due on " + due + ", " + Durations.ago(late) + " (" + policyName + "); "
                                + advice.of(r));
                continue;
            }
            findings.report(ReviewedDocuments.reviewPosition(r.document()), ReviewedDocuments.findingId(r),
                    "review overdue: `" + ReviewedDocuments.name(r) + "` was due for review on " + due + ", "
                            + Durations.ago(late) + " (" + policyName + "); review it, then set Last Review and Next Review.");
        }
    }
}
