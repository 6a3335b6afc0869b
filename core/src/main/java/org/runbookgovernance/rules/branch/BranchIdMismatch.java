package org.runbookgovernance.rules.branch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/** {@code branch/id-mismatch}: the runbook id in the branch name is one of the runbooks the change touches. */
public final class BranchIdMismatch implements Rule {

    public static final String ID = "branch/id-mismatch";

    /** Shorter ids ({@code A}, {@code UI}) are words of too many branch names to say the branch names them. */
    static final int MIN_WORD_ID = 3;

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
        List<RunbookId> named = named(inventory, branch, changedIds);
        if (named.isEmpty() || named.stream().anyMatch(changedIds::contains)) {
            return;
        }
        Runbook first = ChangedRunbooks.first(inventory, runbooks).orElse(null);
        String changed = changedIds.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
        // Only a name the branch pattern accepts, and that names the changed runbook, is suggested.
        String example = first == null ? "" : BranchPolicy.from(inventory.config()).suggestion(first.id(),
                first.title()).filter(name -> name.toUpperCase(Locale.ROOT)
                        .contains(first.id().value().toUpperCase(Locale.ROOT)))
                .map(name -> " `" + name + "`").orElse("");
        findings.report(first == null ? ChangedRunbooks.REPOSITORY
                        : first.document().position(first.document().titleLine()), first == null ? null : first.id(),
                "branch names a runbook that did not change: `" + branch + "` names `" + named.get(0)
                        + "` but the branch changes " + changed + "; rename the branch" + (example.isEmpty() ? ""
                        : " to" + example) + ", or make the change to `" + named.get(0) + "` it promises.");
    }

    /**
     * The runbook ids the branch names, compared case-insensitively: a known runbook's id standing as a word
     * of its own in the branch's last segment ({@code runbook/targetdown-fix} names {@code TargetDown}), and, where the changed ids are
     * shaped {@code PREFIX-N}, any such token with one of their prefixes ({@code RB-003}, known or not). A
     * Jira key such as {@code OPS-12} has no runbook's prefix, and ids without one get no prefix invented.
     */
    static List<RunbookId> named(Inventory inventory, String branch, Set<RunbookId> changedIds) {
        Set<String> prefixes = changedIds.stream().map(BranchIdMismatch::prefix).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<RunbookId> named = new LinkedHashSet<>();
        RunbookId.findAllIn(branch).stream().filter(id -> prefix(id).filter(prefixes::contains).isPresent())
                .forEach(named::add);
        // The last segment: in `runbook/x`, the `runbook` is the kind of branch, not the runbook `runbook.md`.
        String upper = branch.substring(branch.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        for (Runbook r : inventory.runbooks()) {
            if (r.id().value().length() >= MIN_WORD_ID
                    && containsWord(upper, r.id().value().toUpperCase(Locale.ROOT))) {
                named.add(r.id());
            }
        }
        return List.copyOf(named);
    }

    /** {@code RB} for {@code RB-001}; nothing for an id with no such prefix ({@code TargetDown}, {@code RB-}). */
    private static Optional<String> prefix(RunbookId id) {
        return RunbookId.findIn(id.value()).filter(id::equals).map(RunbookId::value)
                .map(v -> v.substring(0, v.indexOf('-')));
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
