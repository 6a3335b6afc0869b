package org.runbookgovernance.engine;

import java.util.List;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.parse.Scan;
import org.runbookgovernance.parse.ScannedFile;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.metadata.MissingField;

/**
 * What a check asks of git, from the rules it runs and the config: the runbooks' history (a walk over
 * commits) and the branch with the pull request's change set (the merge base and one diff). Git is not
 * opened when nothing asks, and history is walked only for the files a rule or an undated review reads it of.
 *
 * @param history each runbook's last commit, content edit and substantive change: the freshness rules,
 *                {@code metadata/missing-field}, and runbooks dated from git ({@code review.undated: git})
 * @param changes the branch and the change set: the branch rules, {@code --changed-only} and {@code --new-only}
 */
record GitNeeds(boolean history, boolean changes) {

    static final GitNeeds NOTHING = new GitNeeds(false, false);

    static GitNeeds of(CheckRequest request, Config config, List<Rule> rules) {
        if (!request.useGit()) {
            return NOTHING;
        }
        // Undated runbooks take their review from git in every output (report, index, review plan), rules or not.
        boolean history = config.review().undated() == ReviewPolicy.Undated.GIT;
        boolean changes = request.changedOnly() || request.newOnly();
        for (Rule rule : rules) {
            if (config.rule(rule.id()).enabled()) {
                history |= rule.group().equals("freshness") || rule.id().equals(MissingField.ID);
                changes |= rule.group().equals("branch");
            }
        }
        return new GitNeeds(history, changes);
    }

    boolean any() {
        return history || changes;
    }

    /**
     * The scanned files whose history is read: runbooks and pages of section runbooks. Other Markdown (guides,
     * incident reports, every page a default config leaves unclassified) has none a rule reads.
     */
    List<String> historyPaths(Scan scan) {
        if (!history) {
            return List.of();
        }
        return scan.files().stream()
                .filter(f -> f.kind() == DocumentKind.RUNBOOK || f.kind() == DocumentKind.RUNBOOK_PAGE)
                .map(ScannedFile::path).toList();
    }
}
