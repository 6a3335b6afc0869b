package org.runbookgovernance.rules.branch;

import java.util.Optional;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code branch/date-not-bumped}: a runbook whose content the branch changes also gets a new Last Updated. A runbook
 * that declares no Last Updated is left to git, which dates every change.
 */
public final class DateNotBumped implements Rule {

    public static final String ID = "branch/date-not-bumped";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "a runbook whose content changed on the branch kept its Last Updated date";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        GitFacts git = inventory.git();
        if (!git.available() || git.changes().isEmpty()) {
            return;
        }
        GitFacts.ChangeSet changes = git.changes().get();
        for (ChangedFile f : ChangedRunbooks.of(inventory, changes)) {
            boolean edited = f.kind() == ChangeKind.MODIFIED || f.kind() == ChangeKind.RENAMED;
            if (!edited || f.contentLinesChanged() == 0 || f.lastUpdatedBumped()) {
                continue;
            }
            Optional<Runbook> runbook = ChangedRunbooks.runbook(inventory, f);
            Optional<MetadataEntry> entry = runbook.flatMap(r -> r.document().entry(MetadataKeys.LAST_UPDATED));
            // A runbook that keeps no Last Updated leaves the date to git: there is nothing to bump.
            if (runbook.isPresent() && entry.isEmpty()) {
                continue;
            }
            SourcePosition where = entry.map(e -> runbook.get().document().position(e.line()))
                    .orElseGet(() -> ChangedRunbooks.position(inventory, f));
            RunbookId id = ChangedRunbooks.id(inventory, f).orElse(null);
            String name = id == null ? f.path() : id.value();
            String current = entry.map(e -> "its Last Updated is still " + e.value().strip())
                    .orElse("it has no Last Updated");
            findings.report(where, id, "last updated not bumped: `" + name + "` changed "
                    + lines(f.contentLinesChanged()) + " since `" + changes.target() + "` but " + current
                    + "; set Last Updated to the day of this change.");
        }
    }

    private static String lines(int n) {
        return n == 1 ? "1 content line" : n + " content lines";
    }
}
