package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookSection;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/**
 * The documents the review policy applies to: every runbook, plus any other document (index, guide...)
 * that declares Last Review or Next Review, read through the same typed view as a runbook.
 */
final class ReviewedDocuments {

    private ReviewedDocuments() {
    }

    static List<Runbook> of(Inventory inventory) {
        List<Runbook> out = new ArrayList<>(inventory.runbooks());
        for (Document d : inventory.documents()) {
            // A page of section runbooks is none itself: its sections are in the inventory's runbooks.
            if (d.kind() != DocumentKind.RUNBOOK && d.kind() != DocumentKind.RUNBOOK_PAGE && declaresReview(d)) {
                out.add(Runbook.from(d));
            }
        }
        return out;
    }

    static boolean declaresReview(Document d) {
        return d.entry(MetadataKeys.LAST_REVIEW).isPresent() || d.entry(MetadataKeys.NEXT_REVIEW).isPresent();
    }

    static boolean isRunbook(Runbook r) {
        return r.document().kind() == DocumentKind.RUNBOOK;
    }

    /** How messages name the document: the runbook id, or the path for an index or a guide. */
    static String name(Runbook r) {
        return isRunbook(r) ? r.id().value() : r.path();
    }

    /** The id findings carry: none for a document that is not a runbook (its "id" is only its file name). */
    static RunbookId findingId(Runbook r) {
        return isRunbook(r) ? r.id() : null;
    }

    /** Next Review's line, else Last Review's, else the H1, else line 1. */
    static SourcePosition reviewPosition(Document d) {
        return lineOf(d, MetadataKeys.NEXT_REVIEW, MetadataKeys.LAST_REVIEW);
    }

    /** The line of the first of {@code keys} the document declares, else its H1, else line 1. */
    static SourcePosition lineOf(Document d, String... keys) {
        for (String key : keys) {
            var e = d.entry(key);
            if (e.isPresent() && e.get().line() > 0) {
                return d.position(e.get().line());
            }
        }
        return d.position(d.titleLine() > 0 ? d.titleLine() : 1);
    }

    /** The entry's label as written ("Last Review"), for messages that quote the document. */
    static String label(MetadataEntry e, String fallback) {
        return e.label() == null || e.label().isBlank() ? fallback : e.label().strip();
    }

    /** "quarterly policy", or "policy of every 90d" when the interval has no name of its own. */
    static String policyName(ReviewInterval interval) {
        String n = interval.name();
        return isWord(n) ? n + " policy" : "policy of every " + n;
    }

    /** {@code text.matches("[a-z-]+")} without compiling a pattern per message. */
    static boolean isWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 'a' || c > 'z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The due date when {@code policy.stateOn(r, today)} is {@code OVERDUE}, else null: the date is
     * worked out once, not once for the state and again for the message.
     */
    static LocalDate overdueDate(ReviewPolicy policy, Runbook r, LocalDate today) {
        Optional<LocalDate> due = policy.dueDate(r);
        return due.isPresent() && due.get().isBefore(today) ? due.get() : null;
    }

    /** The due date when {@code policy.stateOn(r, today)} is {@code DUE_SOON}, else null. */
    static LocalDate dueSoonDate(ReviewPolicy policy, Runbook r, LocalDate today, LocalDate soonLimit) {
        Optional<LocalDate> due = policy.dueDate(r);
        if (due.isEmpty()) {
            return null;
        }
        LocalDate d = due.get();
        return d.isBefore(today) || d.isAfter(soonLimit) ? null : d;
    }

    /** The runbook's last review when it was read from git (the runbook declares no review date). */
    static Optional<LastReview> fromGit(Runbook r) {
        return r.reviewed().filter(LastReview::isFromGit);
    }

    /** "was last changed in git on 2023-04-02 (commit `a1b2c3d`; no review date in the runbook)". */
    static String gitDated(Runbook r, LastReview fromGit) {
        String what = r.section().isPresent() ? "no review line under its heading" : "no review date in the runbook";
        return "was last changed in git on " + fromGit.date() + " ("
                + fromGit.shortCommit().map(c -> "commit `" + c + "`; ").orElse("") + what + ")";
    }

    /**
     * What to do about a runbook dated from git: a review line, or the fix (which dates it again). Worked out once
     * per check: the same two sentences end every such finding.
     */
    record GitAdvice(String wholeFile, String section) {

        static GitAdvice of(Inventory inventory, String review) {
            String fix = review + " and add `**Last Review:** YYYY-MM-DD`, or commit the fix it needs (";
            // A section is dated by blame: any commit that changes one of its lines dates it again.
            return new GitAdvice(fix + "a commit that changes more than "
                    + Durations.lines(inventory.git().typoThreshold()) + " outside the metadata counts as a review).",
                    fix + "a commit that changes its lines counts as a review).");
        }

        String of(Runbook r) {
            return r.section().isPresent() ? section : wholeFile;
        }
    }

    static ReviewPolicy withDueSoonDays(ReviewPolicy p, int days) {
        return new ReviewPolicy(p.defaultInterval(), p.bySeverity(), days, p.postIncidentHours(), p.undated());
    }
}
