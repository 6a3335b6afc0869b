package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookSection;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/edited-not-reviewed}: a runbook whose content (lines outside the metadata) changed in a
 * commit dated after its declared last review is not fresh. Edits of at most the typo threshold of content
 * lines do not count; that threshold is applied while git history is read ({@code GitFacts.typoThreshold}).
 */
public final class EditedNotReviewed implements Rule {

    public static final String ID = "freshness/edited-not-reviewed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "a runbook's content changed in git after its last review";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available()) {
            return;
        }
        for (Runbook r : inventory.runbooks()) {
            if (r.section().isPresent()) {
                sectionEdited(r, git, findings);
                continue;
            }
            GitFacts.Edit edit = git.lastContentEdit().get(r.path());
            if (edit == null || r.lastReview().isEmpty()) {
                continue; // no history (shallow clone, uncommitted) or never reviewed: other rules say so
            }
            LocalDate edited = LocalDate.ofInstant(edit.time(), ZoneOffset.UTC);
            LocalDate reviewed = r.lastReview().get();
            if (!edited.isAfter(reviewed)) {
                continue;
            }
            SourcePosition where = r.document().entry(MetadataKeys.LAST_REVIEW)
                    .map(e -> r.document().position(e.line())).orElse(SourcePosition.file(r.path()));
            findings.report(where, r.id(), "edited after last review: `" + r.id() + "` changed "
                    + (edit.contentLines() == 1 ? "1 content line" : edit.contentLines() + " content lines") + " on " + edited + " (commit `"
                    + edit.commit().substring(0, Math.min(7, edit.commit().length())) + "`) after its last review on "
                    + reviewed + "; review the runbook against that change and set Last Review.");
        }
    }

    /**
     * A section runbook against the last commit that changed one of its lines (the page's history is every
     * section's): no typo threshold at this grain, and a review taken from git cannot be older than itself.
     */
    private static void sectionEdited(Runbook r, GitFacts git, Findings findings) {
        RunbookSection section = r.section().orElseThrow();
        java.time.Instant changed = git.sectionLastChange().get(GitFacts.sectionKey(r.path(), section.anchor()));
        if (changed == null || r.lastReview().isEmpty() || section.lastReviewFromGit()) {
            return;
        }
        LocalDate edited = LocalDate.ofInstant(changed, ZoneOffset.UTC);
        LocalDate reviewed = r.lastReview().get();
        if (!edited.isAfter(reviewed)) {
            return;
        }
        SourcePosition where = r.document().entry(MetadataKeys.LAST_REVIEW)
                .map(e -> r.document().position(e.line())).orElse(r.document().position(section.line()));
        findings.report(where, r.id(), "edited after last review: `" + r.id() + "` had lines changed on " + edited
                + " after its last review on " + reviewed + "; review the section against that change and set "
                + "Last Review.");
    }
}
