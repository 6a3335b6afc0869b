package org.runbookgovernance.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.RuleFileSources;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.git.CommitSnapshot;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.owners.RepositoryOwners;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.governance.FixedByChange;
import org.runbookgovernance.rules.governance.RuleFailed;

/**
 * {@code --new-only}: the same rules, with the same config, judge the checked folder as it is at the merge base
 * with the target branch, read from git objects into a temporary copy; the change's findings that the merge
 * base has too (matched by the baseline's {@link org.runbookgovernance.baseline.Fingerprint}) are left out, and
 * those the merge base has that the change no longer has are reported as {@code governance/fixed-by-change}.
 * Branch findings and rule failures are about this build, so they are always kept and never compared.
 */
final class NewFindings {

    /** The owner file every folder above the checked one may hold. */
    private static final String OWNERS = "OWNERS";

    /**
     * The change's findings left after the comparison, and the note that says what was compared.
     */
    record Compared(List<Finding> findings, String note) {
        Compared {
            findings = List.copyOf(findings);
        }
    }

    private NewFindings() {
    }

    /** The change set to compare against; without one a check of new findings cannot run, and says how to fix it. */
    static GitFacts.ChangeSet changeSet(CheckRequest request, GitFacts git) {
        if (!request.useGit()) {
            throw new BadInputException(null, "--new-only compares with the target branch in git, so it cannot run"
                    + " without git (`--no-git`, the steps' `noGit`); leave out one of them");
        }
        if (!git.available()) {
            throw new BadInputException(null, "--new-only: `" + request.root() + "` is not inside a git work tree,"
                    + " so there is no target branch to compare with; check the folder of a git clone");
        }
        return git.changes().orElseThrow(() -> new BadInputException(null, "--new-only: "
                + git.changesUnknown().orElse("the change set could not be read") + "."));
    }

    static Compared compare(Governance governance, CheckRequest request, GitFacts.ChangeSet changes,
                            List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> compared = new ArrayList<>();
        for (Finding f : findings) {
            (alwaysKept(f) ? kept : compared).add(f);
        }
        List<Finding> before;
        try (CommitSnapshot base = CommitSnapshot.write(request.root(), changes.mergeBase(),
                RepositoryOwners.CODEOWNERS_PATHS, List.of(OWNERS), outsideRuleFolders(request))) {
            CheckRequest atBase = request.atCommit(base.folder(), base.place(request.workingDirectory()),
                    changes.mergeBase());
            before = governance.check(atBase).findings().stream().filter(f -> !alwaysKept(f)).toList();
        } catch (IOException e) {
            throw new BadInputException(null, "--new-only: the merge base `" + shortId(changes.mergeBase())
                    + "` could not be read from git (" + e.getMessage() + "); run a plain check instead");
        }
        Baseline.Comparison comparison = Baseline.of(before).compare(compared);
        kept.addAll(comparison.unmatched());
        RuleSettings fixed = request.config().rule(FixedByChange.ID);
        long fixedCount = 0;
        if (fixed.enabled()) {
            Level level = fixed.level().orElse(FixedByChange.LEVEL);
            for (var gone : comparison.gone().entrySet()) {
                kept.add(new Finding(FixedByChange.ID, level, SourcePosition.file(gone.getKey().path()),
                        Optional.empty(), FixedByChange.message(gone.getKey().rule(), gone.getKey().key(),
                        gone.getValue(), changes.target())));
                fixedCount += gone.getValue();
            }
        }
        return new Compared(kept, note(changes, comparison.matched(), fixedCount));
    }

    private static String note(GitFacts.ChangeSet changes, long matched, long fixed) {
        return "--new-only: compared with `" + changes.target() + "` at the merge base `" + shortId(changes.mergeBase())
                + "`: " + (matched == 1 ? "1 finding it has as well is" : String.format(java.util.Locale.ROOT, "%,d", matched)
                + " findings it has as well are") + " not shown"
                + (fixed == 0 ? "" : "; " + (fixed == 1 ? "1 finding" : fixed + " findings") + " of it fixed by this change")
                + ".";
    }

    /** Findings about this build rather than the runbooks: the branch's, and a rule that failed. */
    private static boolean alwaysKept(Finding f) {
        return f.ruleId().startsWith("branch/") || f.ruleId().equals(RuleFailed.ID);
    }

    /**
     * The folders that rule-file globs leaving the checked folder ({@code ../alerts/*.yaml}) start from, so the
     * copy holds the merge base's rule files there too.
     */
    private static List<Path> outsideRuleFolders(CheckRequest request) {
        Set<String> globs = new LinkedHashSet<>(request.alertRules());
        if (request.config().section(AlertSettings.SECTION).containsKey(AlertSettings.RULE_FILES)) {
            globs.addAll(AlertSettings.from(request.config(), List.of(), java.util.Map.of()).ruleGlobs());
        }
        List<Path> folders = new ArrayList<>();
        for (String glob : globs) {
            if (!RuleFileSources.outside(glob)) {
                continue;
            }
            StringBuilder literal = new StringBuilder();
            for (String segment : glob.split("/", -1)) {
                if (segment.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
                    break;
                }
                literal.append(segment).append('/');
            }
            folders.add(request.workingDirectory().resolve(literal.toString()).normalize());
        }
        return folders;
    }

    private static String shortId(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
