package org.runbookgovernance.review;

import java.time.LocalDate;
import org.runbookgovernance.model.ReviewState;

/**
 * One runbook on the review plan.
 *
 * @param id       the runbook id, e.g. {@code RB-010}
 * @param title    the title, empty when the runbook has none
 * @param path     relative to the repository root, with '/'
 * @param owner    as declared, or {@link ReviewPlan#NO_OWNER}
 * @param severity as declared ({@code P1-P2}), empty when absent or unreadable
 * @param due      the day the review is due; null when the runbook was never reviewed
 * @param daysLeft days from the plan's day to {@code due}, negative when overdue; 0 and meaningless when
 *                 {@code due} is null
 * @param state    where it stands on the plan's day
 * @param interval the review interval that applies ({@code quarterly}, {@code monthly}, {@code 90d})
 * @param fromGit  the day of the runbook's last substantive commit when {@code due} is counted from it (the
 *                 runbook declares no review date); null otherwise
 */
public record ReviewItem(String id, String title, String path, String owner, String severity, LocalDate due,
                         long daysLeft, ReviewState state, String interval, LocalDate fromGit) {

    /** An item whose due date, if any, comes from the runbook's own review dates. */
    public ReviewItem(String id, String title, String path, String owner, String severity, LocalDate due,
                      long daysLeft, ReviewState state, String interval) {
        this(id, title, path, owner, severity, due, daysLeft, state, interval, null);
    }
}
