package org.runbookgovernance.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.ReviewState;

/**
 * One runbook's line in the report: who owns it and where it stands against the review policy.
 * {@code nextReview} is the effective due date (declared, or last review plus the interval); {@code ownerSource}
 * says where {@code owner} was read (metadata, CODEOWNERS, an OWNERS file).
 */
public record RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                            Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                            Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                            Optional<LocalDate> nextReview, List<String> alerts, Optional<OwnerSource> ownerSource) {

    public RunbookStatus {
        alerts = List.copyOf(alerts);
    }

    /** A status whose owner, when there is one, comes from the runbook's metadata. */
    public RunbookStatus(String id, String title, String path, Optional<String> owner, Optional<String> severity,
                         Optional<String> category, ReviewState reviewState, Optional<String> lifecycle,
                         Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReviewed,
                         Optional<LocalDate> nextReview, List<String> alerts) {
        this(id, title, path, owner, severity, category, reviewState, lifecycle, lastUpdated, lastReviewed, nextReview,
                alerts, owner.map(o -> OwnerSource.METADATA));
    }
}
