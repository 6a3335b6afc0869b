package org.runbookgovernance.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.runbookgovernance.model.ReviewState;

/**
 * One runbook on the review plan.
 *
 * @param id         the runbook id, e.g. {@code RB-010}
 * @param title      the title, empty when the runbook has none
 * @param path       relative to the repository root, with '/'
 * @param owner      as declared, or {@link ReviewPlan#NO_OWNER}
 * @param severity   as declared ({@code P1-P2}), empty when absent or unreadable
 * @param due        the day the review is due; null when the runbook was never reviewed
 * @param daysLeft   days from the plan's day to {@code due}, negative when overdue; 0 and meaningless when
 *                   {@code due} is null
 * @param state      where it stands on the plan's day
 * @param interval   the review interval that applies ({@code quarterly}, {@code monthly}, {@code 90d})
 * @param fromGit    the day of the runbook's last substantive commit when {@code due} is counted from it (the
 *                   runbook declares no review date); null otherwise
 * @param lastReview the day of the last review (declared, or {@code fromGit}); null when none is known
 * @param owners     the owner's names one by one ({@code @acme/storage}, {@code @acme/docs}); empty without owner
 * @param alerts     the alerts that route to the runbook, critical first
 */
public record ReviewItem(String id, String title, String path, String owner, String severity, LocalDate due,
                         long daysLeft, ReviewState state, String interval, LocalDate fromGit, LocalDate lastReview,
                         List<String> owners, List<RoutedAlert> alerts) {

    public ReviewItem {
        owners = List.copyOf(owners);
        alerts = List.copyOf(alerts);
    }

    /** An item with no alert routed to it, its single owner (if any) as written. */
    public ReviewItem(String id, String title, String path, String owner, String severity, LocalDate due,
                      long daysLeft, ReviewState state, String interval, LocalDate fromGit) {
        this(id, title, path, owner, severity, due, daysLeft, state, interval, fromGit, fromGit,
                ReviewPlan.NO_OWNER.equals(owner) ? List.of() : List.of(owner), List.of());
    }

    /** An item whose due date, if any, comes from the runbook's own review dates. */
    public ReviewItem(String id, String title, String path, String owner, String severity, LocalDate due,
                      long daysLeft, ReviewState state, String interval) {
        this(id, title, path, owner, severity, due, daysLeft, state, interval, null);
    }

    /** Whether a critical alert routes to the runbook: it comes first among runbooks in the same state. */
    public boolean critical() {
        return alerts.stream().anyMatch(RoutedAlert::critical);
    }

    /** Days from the last review to {@code today}; empty when no review is known. */
    public OptionalLong ageOn(LocalDate today) {
        return lastReview == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(lastReview, today));
    }

    /**
     * The age as the plan shows it: {@code 98 days}, {@code 235 days (from git)}, {@code never} for a runbook
     * never reviewed, {@code —} when only its next review date is known.
     */
    public String ageLabel(LocalDate today) {
        OptionalLong age = ageOn(today);
        if (age.isEmpty()) {
            return state == ReviewState.NEVER_REVIEWED ? "never" : "—";
        }
        long days = age.getAsLong();
        return (days == 1 ? "1 day" : days + " days") + (fromGit == null ? "" : " (from git)");
    }
}
