package org.runbookgovernance.rules.freshness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.PointerPage;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/never-reviewed}: a runbook with neither a Last Review nor a Next Review date, so no
 * review can ever fall due; with {@code review.undated: git} (the default) only when git has no
 * substantive commit of it either. Index and guide documents count too once they carry metadata at all.
 */
public final class NeverReviewed implements Rule {

    public static final String ID = "freshness/never-reviewed";

    private static final List<String> DEFAULT_KINDS = List.of("index", "guide");

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
        return "a runbook declares neither Last Review nor Next Review";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        ReviewPolicy policy = inventory.config().review();
        List<String> kinds = inventory.config().rule(ID).listOption("kinds", DEFAULT_KINDS).stream()
                .map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
        boolean datesFromGit = policy.undated() == ReviewPolicy.Undated.GIT && inventory.git().available();
        for (Document d : inventory.documents()) {
            if (!applies(d, kinds)) {
                continue;
            }
            Runbook r = d.kind() == DocumentKind.RUNBOOK ? inventory.runbookAt(d.path()).orElseGet(() -> Runbook.from(d))
                    : Runbook.from(d);
            if (policy.stateOn(r, inventory.today()) != ReviewState.NEVER_REVIEWED || hasUnreadableDate(d)) {
                continue;
            }
            findings.report(ReviewedDocuments.reviewPosition(d), ReviewedDocuments.findingId(r),
                    "never reviewed: `" + ReviewedDocuments.name(r) + "` " + whatItDeclares(d)
                            + (datesFromGit && d.kind() == DocumentKind.RUNBOOK ? notInGit(inventory, d) : "")
                            + "; review it, then add `**Last Review:** YYYY-MM-DD` and `**Next Review:** YYYY-MM-DD`.");
        }
        for (Runbook r : inventory.runbooks()) {
            if (r.section().isEmpty() || policy.stateOn(r, inventory.today()) != ReviewState.NEVER_REVIEWED
                    || hasUnreadableDate(r.document())) {
                continue;
            }
            findings.report(ReviewedDocuments.reviewPosition(r.document()), r.id(), "never reviewed: `" + r.id()
                    + "` " + whatItDeclares(r.document()) + (inventory.git().available() ? ", and git knows no commit of its "
                    + "lines" : "") + "; review it, then add `**Last Review:** YYYY-MM-DD` directly under its heading.");
        }
    }

    /**
     * Runbooks always, but not a page that only says where the runbook went; other documents only of the configured
     * kinds and only when they carry metadata.
     */
    private static boolean applies(Document d, List<String> kinds) {
        if (d.kind() == DocumentKind.RUNBOOK) {
            return !PointerPage.is(d);
        }
        return kinds.contains(d.kind().label()) && !d.metadata().isEmpty();
    }

    /** A review date that is written but is no date is {@code metadata/invalid-date}'s finding, not ours. */
    private static boolean hasUnreadableDate(Document d) {
        for (String key : List.of(MetadataKeys.LAST_REVIEW, MetadataKeys.NEXT_REVIEW)) {
            Optional<MetadataEntry> e = d.entry(key);
            if (e.isPresent() && !Dates.isPlaceholder(e.get().value()) && Dates.parse(e.get().value()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Why git gave no date either: a runbook with a substantive commit is dated by it, not never reviewed. */
    private static String notInGit(Inventory inventory, Document d) {
        if (!inventory.git().lastCommit().containsKey(d.path()) && !inventory.git().historyLimited()) {
            return ", and it is not committed yet, so git cannot date it";
        }
        return ", and git history does not reach the commit that wrote it (a shallow or incomplete clone)";
    }

    private static String whatItDeclares(Document d) {
        Optional<MetadataEntry> placeholder = d.entry(MetadataKeys.LAST_REVIEW)
                .or(() -> d.entry(MetadataKeys.NEXT_REVIEW));
        if (placeholder.isPresent()) {
            MetadataEntry e = placeholder.get();
            String label = ReviewedDocuments.label(e, e.key());
            return e.value().isBlank() ? "leaves " + label + " empty"
                    : "declares " + label + " as `" + e.value().strip() + "`, which is no review date";
        }
        return "declares neither Last Review nor Next Review";
    }
}
