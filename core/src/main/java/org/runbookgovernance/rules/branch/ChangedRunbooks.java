package org.runbookgovernance.rules.branch;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangeSet;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/** What the branch rules share: which changed files are runbooks, their ids, where to report them. */
final class ChangedRunbooks {

    /** Findings about the branch as a whole, not one file. */
    static final SourcePosition REPOSITORY = SourcePosition.file(".");

    private ChangedRunbooks() {
    }

    /** The changed files that are runbooks: by the scanned document, else (deleted files) by the config globs. */
    static List<ChangedFile> of(Inventory inventory, ChangeSet changes) {
        return changes.files().stream().filter(f -> kindOf(inventory, f.path()) == DocumentKind.RUNBOOK).toList();
    }

    static DocumentKind kindOf(Inventory inventory, String path) {
        return inventory.document(path).map(Document::kind)
                .orElseGet(() -> inventory.config().documents().kindOf(path));
    }

    static Optional<Runbook> runbook(Inventory inventory, ChangedFile file) {
        return file.kind() == ChangeKind.DELETED ? Optional.empty() : inventory.runbookAt(file.path());
    }

    static Optional<RunbookId> id(Inventory inventory, ChangedFile file) {
        return runbook(inventory, file).map(Runbook::id).or(() -> RunbookId.findIn(fileName(file.path())));
    }

    static SourcePosition position(Inventory inventory, ChangedFile file) {
        return runbook(inventory, file).map(r -> r.document().position(r.document().titleLine()))
                .orElse(SourcePosition.file(file.path()));
    }

    /** The first changed runbook still present: the example and the position of branch-wide findings. */
    static Optional<Runbook> first(Inventory inventory, List<ChangedFile> files) {
        return files.stream().map(f -> runbook(inventory, f)).flatMap(Optional::stream).findFirst();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
