package org.runbookgovernance.rules.branch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/** {@code branch/id-mismatch}: the runbook id in the branch name is one of the runbooks the change touches. */
public final class IdMismatch implements Rule {

    public static final String ID = "branch/id-mismatch";

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
        return "the runbook id in the branch name is not among the runbooks the branch changes";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available() || git.branch().isEmpty() || git.changes().isEmpty()) {
            return;
        }
        String branch = git.branch().get();
        if (BranchPolicy.from(inventory.config()).isExempt(branch)) {
            return;
        }
        List<ChangedFile> runbooks = ChangedRunbooks.of(inventory, git.changes().get());
        Set<RunbookId> changedIds = new LinkedHashSet<>();
        for (ChangedFile f : runbooks) {
            ChangedRunbooks.id(inventory, f).ifPresent(changedIds::add);
        }
        if (changedIds.isEmpty()) {
            return;
        }
        Set<String> prefixes = changedIds.stream().map(IdMismatch::prefix).collect(Collectors.toSet());
        // only ids shaped like the runbooks' (RB-...) count: a Jira key such as OPS-12 in a branch is not one
        List<RunbookId> named = RunbookId.findAllIn(branch).stream().filter(id -> prefixes.contains(prefix(id)))
                .toList();
        if (named.isEmpty() || named.stream().anyMatch(changedIds::contains)) {
            return;
        }
        Runbook first = ChangedRunbooks.first(inventory, runbooks).orElse(null);
        String changed = changedIds.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
        String example = first == null ? "" : " `" + BranchPolicy.from(inventory.config()).example(first.id(),
                first.title()) + "`";
        findings.report(first == null ? ChangedRunbooks.REPOSITORY
                        : first.document().position(first.document().titleLine()), first == null ? null : first.id(),
                "branch names a runbook that did not change: `" + branch + "` names `" + named.get(0)
                        + "` but the branch changes " + changed + "; rename the branch" + (example.isEmpty() ? ""
                        : " to" + example) + ", or make the change to `" + named.get(0) + "` it promises.");
    }

    private static String prefix(RunbookId id) {
        return id.value().substring(0, id.value().indexOf('-'));
    }
}
