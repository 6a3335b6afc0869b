package org.runbookgovernance.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;

/**
 * One runbook's line in the report: who owns it and where it stands against the review policy.
 * {@code lastReviewed} is the last review counted (declared, or from git for a runbook with no review date);
 * {@code reviewSource} says where the review state comes from: {@code metadata} when the runbook declares a
 * review date, {@code git} when it is dated from git, empty when it was never reviewed.
 * {@code nextReview} is the effective due date (declared, or last review plus the interval).
 */
public record RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                            Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                            Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                            Optional<LastReview.Source> reviewSource, Optional<LocalDate> nextReview,
                            List<String> alerts) {

    public RunbookStatus {
        alerts = List.copyOf(alerts);
    }
}
