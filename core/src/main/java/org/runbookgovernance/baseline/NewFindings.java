package org.runbookgovernance.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Checked;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.rules.governance.FixedByChange;
import org.runbookgovernance.rules.governance.RuleFailed;

/**
 * {@code --new-only}: a check that reports only the findings a change introduces. The same rules also judge the
 * merge base with the target branch ({@link Governance#checkMergeBase}); the change's findings the merge base
 * has too, matched by {@link Fingerprint} as a baseline matches them, are left out, and those the merge base has
 * that the change no longer has are reported as {@code governance/fixed-by-change}. Branch findings and rule
 * failures are about this build, so they are always kept and never compared. Every face runs a check through
 * {@link #check}, with or without {@code --new-only}.
 */
public final class NewFindings {

    /** The phase the merge base's check is timed as. */
    public static final String PHASE = "merge base";

    private NewFindings() {
    }

    /** Runs {@code request}; with {@code newOnly}, compares it with the merge base as the class comment says. */
    public static Checked check(Governance governance, CheckRequest request, ProgressListener progress) {
        Checked head = governance.checkKeepingInventory(request, progress);
        Optional<GitFacts.ChangeSet> changes = head.inventory().git().changes();
        if (!request.newOnly() || changes.isEmpty()) {
            return head; // without a change set the engine has already refused --new-only
        }
        progress.update(PHASE, 0, 0);
        long start = System.nanoTime();
        Report base = governance.checkMergeBase(request, changes.get());
        long millis = (System.nanoTime() - start) / 1_000_000L;
        return new Checked(head.inventory(), compare(head.report(), base.findings(), changes.get(), request.config(),
                millis));
    }

    /** {@code head} with only the findings {@code base} does not have, and those it fixed, as the class comment says. */
    static Report compare(Report head, List<Finding> base, GitFacts.ChangeSet changes, Config config, long millis) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> compared = new ArrayList<>();
        for (Finding f : head.findings()) {
            (alwaysKept(f) ? kept : compared).add(f);
        }
        Baseline.Comparison comparison = Baseline.of(base.stream().filter(f -> !alwaysKept(f)).toList())
                .compare(compared);
        kept.addAll(comparison.unmatched());
        RuleSettings fixed = config.rule(FixedByChange.ID);
        long fixedCount = 0;
        if (fixed.enabled()) {
            Level level = fixed.level().orElse(FixedByChange.LEVEL);
            for (Map.Entry<Fingerprint, Integer> gone : comparison.gone().entrySet()) {
                Fingerprint fp = gone.getKey();
                kept.add(new Finding(FixedByChange.ID, level, SourcePosition.file(fp.path()), Optional.empty(),
                        FixedByChange.message(fp.rule(), fp.key(), gone.getValue(), changes.target())));
                fixedCount += gone.getValue();
            }
        }
        return head.withFindings(kept, List.of(note(changes, comparison.matched(), fixedCount)), PHASE, millis);
    }

    private static String note(GitFacts.ChangeSet changes, long matched, long fixed) {
        String commit = changes.mergeBase().length() > 7 ? changes.mergeBase().substring(0, 7) : changes.mergeBase();
        return "--new-only: compared with `" + changes.target() + "` at the merge base `" + commit + "`: "
                + (matched == 1 ? "1 finding it has as well is"
                : String.format(Locale.ROOT, "%,d", matched) + " findings it has as well are") + " not shown"
                + (fixed == 0 ? "" : "; " + (fixed == 1 ? "1 finding" : fixed + " findings")
                + " of it fixed by this change") + ".";
    }

    /** Findings about this build rather than the runbooks: the branch's, and a rule that failed. */
    private static boolean alwaysKept(Finding f) {
        return f.ruleId().startsWith("branch/") || f.ruleId().equals(RuleFailed.ID);
    }
}
