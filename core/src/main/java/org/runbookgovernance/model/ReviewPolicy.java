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
 */
public record ReviewPolicy(ReviewInterval defaultInterval, Map<Integer, ReviewInterval> bySeverity,
                           int dueSoonDays, int postIncidentHours) {

    public static final ReviewPolicy DEFAULT = new ReviewPolicy(ReviewInterval.QUARTERLY, Map.of(), 14, 48);

    public ReviewPolicy {
        bySeverity = Map.copyOf(bySeverity);
    }

    /** The interval that applies: the runbook's own, else its severity's, else the default. */
    public ReviewInterval intervalFor(Runbook runbook) {
        return runbook.reviewInterval()
                .or(() -> runbook.severity().map(s -> bySeverity.get(s.highest())))
                .orElse(defaultInterval);
    }

    /** The day the next review is due: the declared Next Review, else last review plus the interval. */
    public Optional<LocalDate> dueDate(Runbook runbook) {
        if (runbook.nextReview().isPresent()) {
            return runbook.nextReview();
        }
        return runbook.lastReview().map(d -> d.plus(intervalFor(runbook).period()));
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
