package org.runbookgovernance.rules.branch;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code branch/name}: a branch that changes runbooks follows the naming convention. Applied when the
 * change set includes runbook files, and also when the change set is unknown but the branch is known.
 */
public final class Name implements Rule {

    public static final String ID = "branch/name";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "a branch that changes runbooks is not named like runbook/RB-NNN-short-description";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available() || git.branch().isEmpty()) {
            return;
        }
        String branch = git.branch().get();
        BranchPolicy policy = BranchPolicy.from(inventory.config());
        if (policy.isExempt(branch) || policy.matches(branch)) {
            return;
        }
        List<ChangedFile> runbooks = git.changes().map(c -> ChangedRunbooks.of(inventory, c)).orElse(List.of());
        if (git.changes().isPresent() && runbooks.isEmpty()) {
            return; // the convention is for runbook changes only
        }
        Optional<Runbook> changed = ChangedRunbooks.first(inventory, runbooks);
        String example = changed.map(r -> policy.example(r.id(), r.title()))
                .orElseGet(() -> policy.example(RunbookId.of("RB-001"), Optional.empty()));
        String scope = git.changes().isPresent() ? "" : " (the change set is unknown, so the name was checked anyway)";
        findings.report(changed.map(r -> r.document().position(r.document().titleLine()))
                        .orElse(ChangedRunbooks.REPOSITORY), changed.map(Runbook::id).orElse(null),
                "branch name does not follow the convention: `" + branch + "` does not match `"
                        + policy.pattern().pattern() + "`" + scope + "; rename the branch, e.g. `git branch -m "
                        + example + "`.");
    }
}
