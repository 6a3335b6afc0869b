package org.runbookgovernance.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.Runbook;

/**
 * The runbooks to review in the coming days, grouped by owner: what a team lead prints at the start of a
 * quarter. Overdue and never-reviewed runbooks are always on it.
 *
 * @param today       the day the plan is made for
 * @param horizonDays how many days ahead it looks
 * @param byOwner     owners in sorted order ({@link #NO_OWNER} for runbooks without one); each owner's
 *                    runbooks in {@link #ORDER}
 */
public record ReviewPlan(LocalDate today, int horizonDays, Map<String, List<ReviewItem>> byOwner) {

    public static final String NO_OWNER = "(no owner)";

    /** The states in the order the plan lists them. */
    public static final List<ReviewState> URGENCY = List.of(ReviewState.OVERDUE, ReviewState.NEVER_REVIEWED,
            ReviewState.DUE_SOON, ReviewState.FRESH);

    /**
     * Most urgent first: overdue, never reviewed, due soon, later; within one state the runbooks behind a critical
     * alert first, then by due date, then by id.
     */
    public static final Comparator<ReviewItem> ORDER = Comparator
            .comparingInt((ReviewItem i) -> URGENCY.indexOf(i.state()))
            .thenComparing(i -> !i.critical())
            .thenComparing(ReviewItem::due, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReviewItem::id)
            .thenComparing(ReviewItem::path);

    public ReviewPlan {
        Objects.requireNonNull(today, "today");
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0: " + horizonDays);
        }
        TreeMap<String, List<ReviewItem>> sorted = new TreeMap<>();
        byOwner.forEach((owner, items) -> {
            List<ReviewItem> copy = new ArrayList<>(items);
            copy.sort(ORDER);
            sorted.put(owner, List.copyOf(copy));
        });
        byOwner = Collections.unmodifiableSortedMap(sorted);
    }

    /** Runbooks due on or before {@code today + horizonDays}, overdue and never reviewed included. */
    public static ReviewPlan of(Inventory inventory, int horizonDays) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0: " + horizonDays);
        }
        ReviewPolicy policy = inventory.config().review();
        LocalDate today = inventory.today();
        LocalDate until = today.plusDays(horizonDays);
        Map<String, List<ReviewItem>> byOwner = new TreeMap<>();
        RunbookAlerts alerts = RunbookAlerts.of(inventory);
        for (Runbook r : inventory.runbooks()) {
            LocalDate due = policy.dueDate(r).orElse(null);
            if (due != null && due.isAfter(until)) {
                continue;
            }
            Optional<Owner> owners = inventory.ownerOf(r);
            String owner = owners.map(Owner::display).orElse(NO_OWNER);
            ReviewItem item = new ReviewItem(r.id().value(), r.title().orElse(""), r.location(), owner,
                    r.severity().map(Object::toString).orElse(""), due,
                    due == null ? 0 : ChronoUnit.DAYS.between(today, due), policy.stateOn(r, today),
                    policy.intervalFor(r).name(),
                    r.reviewed().filter(LastReview::isFromGit).map(LastReview::date).orElse(null),
                    r.reviewed().map(LastReview::date).orElse(null),
                    owners.map(Owner::names).orElse(List.of()), alerts.of(r));
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(item);
        }
        return new ReviewPlan(today, horizonDays, byOwner);
    }

    /** Every item, owner by owner. */
    public List<ReviewItem> items() {
        return byOwner.values().stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }
}
