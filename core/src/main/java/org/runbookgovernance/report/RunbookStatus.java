package org.runbookgovernance.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;

/**
 * One runbook's line in the report: who owns it and where it stands against the review policy.
 * {@code lastReviewed} is the last review counted (declared, or from git for a runbook with no review date);
 * {@code reviewSource} says where the review state comes from: {@code metadata} when the runbook declares a
 * review date, {@code git} when it is dated from git, empty when it was never reviewed.
 * {@code nextReview} is the effective due date (declared, or last review plus the interval); {@code ownerSource}
 * says where {@code owner} was read (metadata, CODEOWNERS, an OWNERS file).
 */
public record RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                            Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                            Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                            Optional<LastReview.Source> reviewSource, Optional<LocalDate> nextReview,
                            List<String> alerts, Optional<OwnerSource> ownerSource) {

    public RunbookStatus {
        alerts = List.copyOf(alerts);
    }

    /** A status whose owner, when there is one, comes from the runbook's metadata. */
    public RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                         Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                         Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                         Optional<LastReview.Source> reviewSource, Optional<LocalDate> nextReview,
                         List<String> alerts) {
        this(id, title, path, owner, severity, category, reviewState, lifecycle, lastUpdated, lastReviewed,
                reviewSource, nextReview, alerts, owner.map(o -> OwnerSource.METADATA));
    }

    /** A status whose review date, when there is one, is declared in the runbook. */
    public RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                         Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                         Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                         Optional<LocalDate> nextReview, List<String> alerts, Optional<OwnerSource> ownerSource) {
        this(id, title, path, owner, severity, category, reviewState, lifecycle, lastUpdated, lastReviewed,
                lastReviewed.map(d -> LastReview.Source.METADATA), nextReview, alerts, ownerSource);
    }

    /** A status whose owner and review date, when there are any, come from the runbook's metadata. */
    public RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                         Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                         Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                         Optional<LocalDate> nextReview, List<String> alerts) {
        this(id, title, path, owner, severity, category, reviewState, lifecycle, lastUpdated, lastReviewed,
                nextReview, alerts, owner.map(o -> OwnerSource.METADATA));
    }
}
