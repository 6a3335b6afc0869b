package org.runbookgovernance.rules.branch;

import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code branch/unknown-context}: says plainly when the branch checks could not run because the branch
 * (detached HEAD, nothing in the environment) or the pull request's change set (no or missing target) is
 * unknown, so silence is never mistaken for a pass.
 */
public final class UnknownContext implements Rule {

    public static final String ID = "branch/unknown-context";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.INFO;
    }

    @Override
    public String summary() {
        return "the branch or the pull request's change set is unknown, so branch checks were skipped";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available()) {
            return;
        }
        if (git.branch().isEmpty()) {
            findings.report(ChangedRunbooks.REPOSITORY, "branch unknown: "
                    + (git.detached() ? "HEAD is detached (as Jenkins checks out) and no CI variable names the branch"
                    : "no branch is checked out and no CI variable names it")
                    + ", so `branch/name` and `branch/id-mismatch` were skipped; pass `--branch <name>` or set"
                    + " `CHANGE_BRANCH` or `BRANCH_NAME`.");
        }
        boolean exempt = git.branch().map(b -> BranchPolicy.from(inventory.config()).isExempt(b)).orElse(false);
        boolean wanted = git.target().isPresent() || (git.branch().isPresent() && !exempt);
        if (git.changes().isEmpty() && wanted) {
            findings.report(ChangedRunbooks.REPOSITORY, "change set unknown: "
                    + git.changesUnknown().orElse("the pull request's changes could not be read")
                    + ", so `branch/date-not-bumped`, `branch/index-not-updated` and `branch/id-mismatch` were"
                    + " skipped.");
        }
    }
}
