package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.RunbookText.steps;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.GitFacts;

/** Git is asked only what the enabled rules and the review policy read of it. */
class GitNeedsTest {

    private static final String FRESHNESS_OFF = "rules:\n  freshness/due-soon: off\n  freshness/edited-not-reviewed: off\n"
            + "  freshness/future-date: off\n  freshness/inconsistent-dates: off\n  freshness/never-reviewed: off\n"
            + "  freshness/overdue: off\n  freshness/post-incident: off\n  metadata/missing-field: off\n";
    private static final String BRANCH_OFF = "  branch/date-not-bumped: off\n  branch/id-mismatch: off\n"
            + "  branch/index-not-updated: off\n  branch/name: off\n  branch/unknown-context: off\n";

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void repository() {
        root = tmp.resolve("ops");
        try (ScratchRepository repo = ScratchRepository.init(root)) {
            repo.write("runbooks/TargetDown.md", "# TargetDown\n\n## Mitigation\n\n" + steps(6, "a"))
                    .write("docs/architecture.md", "# Architecture\n\n" + steps(6, "a"))
                    .commit("import", Instant.parse("2026-01-05T10:00:00Z"));
        }
    }

    private GitFacts git(Config config) {
        return Governance.standard().inventory(CheckRequest.of(root, config, LocalDate.of(2026, 5, 1))
                .withGit(true, Map.of(), Optional.of("main"), Optional.empty(), false)).git();
    }

    @Test
    void historyIsReadForRunbooksOnlyNotForEveryMarkdownPage() {
        GitFacts git = git(Config.DEFAULT);
        assertThat(git.available()).isTrue();
        assertThat(git.lastCommit()).containsOnlyKeys("runbooks/TargetDown.md");
        assertThat(git.lastSubstantiveChange()).containsOnlyKeys("runbooks/TargetDown.md");
    }

    @Test
    void undatedRunbooksDatedFromGitStillNeedHistoryWithTheFreshnessRulesOff() {
        GitFacts git = git(ConfigLoader.parse(FRESHNESS_OFF + BRANCH_OFF, "c.yml"));
        assertThat(git.available()).isTrue();
        assertThat(git.lastSubstantiveChange()).containsOnlyKeys("runbooks/TargetDown.md");
    }

    @Test
    void noRuleReadingGitAndNoUndatedReviewsFromGitOpensNoRepository() {
        GitFacts git = git(ConfigLoader.parse("review:\n  undated: never\n" + FRESHNESS_OFF + BRANCH_OFF, "c.yml"));
        assertThat(git.available()).as("as with --no-git").isFalse();
        assertThat(git.lastCommit()).isEmpty();
    }

    @Test
    void theBranchRulesAloneReadTheBranchButWalkNoHistory() {
        GitFacts git = git(ConfigLoader.parse("review:\n  undated: never\n" + FRESHNESS_OFF, "c.yml"));
        assertThat(git.available()).isTrue();
        assertThat(git.branch()).contains("main");
        assertThat(git.lastCommit()).isEmpty();
    }

    @Test
    void oneFreshnessRuleIsEnoughToWalkHistory() {
        GitFacts git = git(ConfigLoader.parse("review:\n  undated: never\n"
                + FRESHNESS_OFF.replace("freshness/edited-not-reviewed: off", "freshness/edited-not-reviewed: on")
                .replace("  freshness/edited-not-reviewed: on\n", "") + BRANCH_OFF, "c.yml"));
        assertThat(git.lastCommit()).containsOnlyKeys("runbooks/TargetDown.md");
    }
}
