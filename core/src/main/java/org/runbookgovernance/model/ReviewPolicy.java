package org.runbookgovernance.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When runbooks must be reviewed. The seed's rule is "quarterly review of all runbooks"; teams tighten it
 * per severity (P0 monthly) and a runbook may declare its own interval or a "(monthly review)" note.
 *
 * @param defaultInterval  used when neither the runbook nor its severity says otherwise
 * @param bySeverity       interval per most-urgent severity level (0 = P0)
 * @param dueSoonDays      how many days before the due date a runbook counts as due soon
 * @param postIncidentHours how long after an incident a named runbook gap may stay open
 * @param undated          how a runbook with no review date is dated ({@code review.undated})
 */
public record ReviewPolicy(ReviewInterval defaultInterval, Map<Integer, ReviewInterval> bySeverity,
                           int dueSoonDays, int postIncidentHours, Undated undated) {

    public static final ReviewPolicy DEFAULT = new ReviewPolicy(ReviewInterval.QUARTERLY, Map.of(), 14, 48);

    /** How a runbook that declares no review date is dated. */
    public enum Undated {
        /** Its last substantive commit counts as its last review (outside a work tree there is none). */
        GIT,
        /** It is never reviewed until it declares a date. */
        NEVER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ReviewPolicy {
        bySeverity = Map.copyOf(bySeverity);
        java.util.Objects.requireNonNull(undated, "undated");
    }

    /** A policy that dates undated runbooks from git. */
    public ReviewPolicy(ReviewInterval defaultInterval, Map<Integer, ReviewInterval> bySeverity, int dueSoonDays,
                        int postIncidentHours) {
        this(defaultInterval, bySeverity, dueSoonDays, postIncidentHours, Undated.GIT);
    }

    /** The interval that applies: the runbook's own, else its severity's, else the default. */
    public ReviewInterval intervalFor(Runbook runbook) {
        if (runbook.reviewInterval().isPresent()) {
            return runbook.reviewInterval().get();
        }
        ReviewInterval severityInterval = runbook.severity().isPresent()
                ? bySeverity.get(runbook.severity().get().highest()) : null;
        return severityInterval != null ? severityInterval : defaultInterval;
    }

    /**
     * The day the next review is due: the declared Next Review, else the last review (declared, or from git
     * for a runbook with no review date) plus the interval.
     */
    public Optional<LocalDate> dueDate(Runbook runbook) {
        if (runbook.nextReview().isPresent()) {
            return runbook.nextReview();
        }
        if (runbook.reviewed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(runbook.reviewed().get().date().plus(intervalFor(runbook).period()));
    }

    public ReviewState stateOn(Runbook runbook, LocalDate today) {
        Optional<LocalDate> due = dueDate(runbook);
        if (due.isEmpty()) {
            return ReviewState.NEVER_REVIEWED;
        }
        if (due.get().isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return due.get().isAfter(today.plusDays(dueSoonDays)) ? ReviewState.FRESH : ReviewState.DUE_SOON;
    }
}
