package org.runbookgovernance.rules.branch;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code branch/name}: a branch that changes runbooks follows the naming convention. Applied when the
 * change set includes runbook files, and also when the change set is unknown but the branch is known.
 */
public final class BranchName implements Rule {

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
        return "a branch that changes runbooks does not match the branch pattern";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available() || git.branch().isEmpty()) {
            return;
        }
        String branch = git.branch().get();
        BranchPolicy policy = BranchPolicy.from(inventory.config());
        if (policy.isExempt(branch) || policy.matches(branch) || !conventionApplies(inventory)) {
            return;
        }
        List<ChangedFile> runbooks = git.changes().map(c -> ChangedRunbooks.of(inventory, c)).orElse(List.of());
        if (git.changes().isPresent() && runbooks.isEmpty()) {
            return; // the convention is for runbook changes only
        }
        Optional<Runbook> changed = ChangedRunbooks.first(inventory, runbooks);
        Optional<String> suggestion = changed.isPresent()
                ? policy.suggestion(changed.get().id(), changed.get().title()) : policy.suggestion();
        String advice = suggestion.map(name -> "rename the branch, e.g. `git branch -m " + name + "`.")
                .orElse("rename the branch so that the whole name matches the pattern.");
        String scope = git.changes().isPresent() ? "" : " (the change set is unknown, so the name was checked anyway)";
        findings.report(changed.map(r -> r.document().position(r.document().titleLine()))
                        .orElse(ChangedRunbooks.REPOSITORY), changed.map(Runbook::id).orElse(null),
                "branch name does not follow the convention: `" + branch + "` does not match `"
                        + policy.pattern().pattern() + "`" + scope + "; " + advice);
    }

    /**
     * The built-in pattern names branches after {@code RB-NNN} ids: it is the convention only of a repository whose
     * runbooks have such ids. A repository that sets {@code branch.pattern} has a convention of its own.
     */
    public static boolean conventionApplies(Inventory inventory) {
        if (inventory.config().section("branch").get("pattern") instanceof String p && !p.isBlank()) {
            return true;
        }
        return inventory.runbooks().stream().anyMatch(r -> RunbookId.findIn(r.id().value()).filter(r.id()::equals)
                .isPresent());
    }
}
