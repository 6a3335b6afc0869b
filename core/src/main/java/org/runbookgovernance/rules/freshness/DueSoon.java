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

/** {@code freshness/due-soon}: the review falls due within the warning window (today included). */
public final class DueSoon implements Rule {

    public static final String ID = "freshness/due-soon";

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
        return "a runbook's review falls due within the warning window (14 days by default)";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReviewPolicy base = inventory.config().review();
        int days = inventory.config().rule(ID).intOption("days", base.dueSoonDays());
        ReviewPolicy policy = ReviewedDocuments.withDueSoonDays(base, Math.max(0, days));
        LocalDate today = inventory.today();
        ReviewedDocuments.GitAdvice advice = ReviewedDocuments.GitAdvice.of(inventory, "review it before then");
        LocalDate soonLimit = today.plusDays(policy.dueSoonDays());
        for (Runbook r : ReviewedDocuments.of(inventory)) {
            LocalDate due = ReviewedDocuments.dueSoonDate(policy, r, today, soonLimit);
            if (due == null) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, due);
            Optional<LastReview> fromGit = ReviewedDocuments.fromGit(r);
            if (fromGit.isPresent()) {
                findings.report(ReviewedDocuments.reviewPosition(r.document()), ReviewedDocuments.findingId(r),
                        "review due soon: `" + ReviewedDocuments.name(r) + "` " + ReviewedDocuments.gitDated(r, fromGit.get())
                                + " and is due on " + due + ", " + Durations.in(left) + " ("
                                + ReviewedDocuments.policyName(policy.intervalFor(r)) + "); "
                                + advice.of(r));
                continue;
            }
            findings.report(ReviewedDocuments.reviewPosition(r.document()), ReviewedDocuments.findingId(r),
                    "review due soon: `" + ReviewedDocuments.name(r) + "` is due for review on " + due + ", "
                            + Durations.in(left) + " (" + ReviewedDocuments.policyName(policy.intervalFor(r))
                            + "); review it before then, then set Last Review and Next Review.");
        }
    }
}
