package org.runbookgovernance.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.review.ReviewItem;
import org.runbookgovernance.review.ReviewPlan;

/**
 * Which documents a review is recorded in: the runbooks named by id, or by file (an index or a guide that
 * declares review dates is named by its file), or every runbook the review plan finds overdue or due soon.
 * An id that names no runbook, or several, is refused.
 *
 * @param runbooks the documents to mark, each once, in the order named
 * @param refused  one refusal per name that does not name exactly one document
 */
public record ReviewTargets(List<Runbook> runbooks, List<Refusal> refused) {

    public ReviewTargets {
        runbooks = List.copyOf(runbooks);
        refused = List.copyOf(refused);
    }

    /** The documents {@code names} name: runbook ids as declared, or paths relative to the repository root. */
    public static ReviewTargets named(Inventory inventory, List<String> names) {
        Map<String, Runbook> found = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            List<Runbook> byId = n.isEmpty() ? List.of() : inventory.runbooks(RunbookId.of(n));
            if (byId.size() == 1) {
                found.putIfAbsent(byId.get(0).location(), byId.get(0));
                continue;
            }
            if (byId.size() > 1) {
                refused.add(new Refusal(Optional.of(byId.get(0).path()), "`" + n + "` is the id of " + byId.size()
                        + " runbooks (" + String.join(", ", byId.stream().map(r -> "`" + r.location() + "`").toList())
                        + "); name the file instead, and give each its own id (metadata/duplicate-id)"));
                continue;
            }
            Optional<Document> document = inventory.document(n.startsWith("./") ? n.substring(2) : n);
            if (document.isEmpty()) {
                refused.add(new Refusal(Optional.empty(), "no runbook has the id or path `" + n
                        + "`; give the id the runbook declares (as `check` lists it) or its file relative to the "
                        + "repository"));
                continue;
            }
            Document d = document.get();
            if (d.kind() == DocumentKind.RUNBOOK_PAGE) {
                refused.add(new Refusal(Optional.of(d.path()), "`" + n + "` is a page of section runbooks, not one "
                        + "runbook; name a section by its id (its heading)"));
                continue;
            }
            Runbook r = inventory.runbookAt(d.path()).orElseGet(() -> Runbook.from(d));
            found.putIfAbsent(r.location(), r);
        }
        return new ReviewTargets(new ArrayList<>(found.values()), refused);
    }

    /**
     * Every runbook the review plan lists as overdue or due within the policy's warning window
     * ({@code review.due_soon_days}); a never-reviewed runbook is listed by the plan but has no due date to
     * judge, and is marked only when named.
     */
    public static ReviewTargets allDue(Inventory inventory) {
        ReviewPlan plan = ReviewPlan.of(inventory, inventory.config().review().dueSoonDays());
        Map<String, Runbook> byLocation = new LinkedHashMap<>();
        inventory.runbooks().forEach(r -> byLocation.putIfAbsent(r.location(), r));
        List<Runbook> due = new ArrayList<>();
        Set<ReviewState> states = Set.of(ReviewState.OVERDUE, ReviewState.DUE_SOON);
        List<ReviewItem> items = new ArrayList<>(plan.items());
        items.sort(java.util.Comparator.comparing(ReviewItem::path));
        for (ReviewItem item : items) {
            Runbook r = byLocation.get(item.path());
            if (r != null && states.contains(item.state())) {
                due.add(r);
            }
        }
        return new ReviewTargets(due, List.of());
    }

    /**
     * Why a name was refused.
     *
     * @param path    the file concerned, relative to the repository root; empty when no file matched
     * @param message one line, starting lower case
     */
    public record Refusal(Optional<String> path, String message) {
    }
}
