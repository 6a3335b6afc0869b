package org.runbookgovernance.cli;

import java.util.List;
import org.runbookgovernance.git.GitHistory;
import picocli.CommandLine.Command;

/**
 * {@code branch}: {@code check} restricted to the {@code branch/*} rules. The branch and the pull request
 * target come from {@code --branch}/{@code --target}, else from the CI environment of the invocation
 * ({@code CHANGE_BRANCH}, {@code CHANGE_TARGET}, {@code GITHUB_HEAD_REF}, ...), else from the checked-out branch.
 */
@Command(name = "branch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check only the branch convention: branch name, the runbook it names, Last Updated bumped, "
                + "index updated.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; "
                + "2 bad usage, bad config or unreadable input."})
final class BranchCommand extends CheckCommand {

    private final Invocation invocation;

    BranchCommand(Invocation invocation) {
        super(invocation);
        this.invocation = invocation;
    }

    @Override
    List<String> ruleGroups() {
        return List.of("branch");
    }

    @Override
    public Integer call() {
        // Without git every branch rule is silent; say so, or a clean report reads as a pass.
        if (repository.noGit || !GitHistory.isInWorkTree(repository.dir)) {
            invocation.err().println(Main.NAME + ": branch: " + (repository.noGit ? "--no-git was given"
                    : "`" + repository.dir + "` is not inside a git work tree") + ", so no branch rule could run");
        }
        return super.call();
    }
}
