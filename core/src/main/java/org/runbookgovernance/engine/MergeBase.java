package org.runbookgovernance.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.RuleFileSources;
import org.runbookgovernance.git.CommitSnapshot;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.owners.RepositoryOwners;
import org.runbookgovernance.report.Report;

/**
 * {@code --new-only}'s second check: the checked folder as it is at the merge base with the target branch, read
 * from git objects into a temporary copy (no checkout) and judged by the same rules with the same config and
 * options, its git facts read at that commit. What is compared with what is the baseline package's business.
 */
final class MergeBase {

    /** The owner file every folder above the checked one may hold. */
    private static final String OWNERS = "OWNERS";

    private MergeBase() {
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

    /** The report of the same check on the merge base of {@code changes}. */
    static Report check(Governance governance, CheckRequest request, GitFacts.ChangeSet changes) {
        try (CommitSnapshot base = CommitSnapshot.write(request.root(), changes.mergeBase(),
                RepositoryOwners.CODEOWNERS_PATHS, List.of(OWNERS), outsideRuleFolders(request))) {
            return governance.check(request.atCommit(base.folder(), base.place(request.workingDirectory()),
                    changes.mergeBase()));
        } catch (IOException e) {
            throw new BadInputException(null, "--new-only: the merge base `" + shortId(changes.mergeBase())
                    + "` could not be read from git (" + e.getMessage() + "); run a plain check instead");
        }
    }

    /**
     * The folders that rule-file globs leaving the checked folder ({@code ../alerts/*.yaml}) start from, so the
     * copy holds the merge base's rule files there too.
     */
    private static List<Path> outsideRuleFolders(CheckRequest request) {
        Set<String> globs = new LinkedHashSet<>(request.alertRules());
        if (request.config().section(AlertSettings.SECTION).containsKey(AlertSettings.RULE_FILES)) {
            globs.addAll(AlertSettings.from(request.config(), List.of(), Map.of()).ruleGlobs());
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

    static String shortId(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
