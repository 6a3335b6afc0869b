package org.runbookgovernance.index;

import java.util.Optional;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;

/** Which runbook an alert reaches: the runbook declaring it, else its runbook URL, path or id. */
final class AlertRunbooks {

    private AlertRunbooks() {
    }

    static Optional<Runbook> resolve(Alert alert, Inventory inventory) {
        if (alert.origin() == AlertOrigin.RUNBOOK_METADATA) {
            return inventory.runbookAt(alert.position().path());
        }
        if (alert.runbookRef().isEmpty() || alert.runbookRef().get().contains("{{")) {
            return Optional.empty(); // templated references are resolved by the alerts rules, not guessed here
        }
        String ref = alert.runbookRef().get().strip();
        String bare = ref.replaceFirst("[#?].*$", "");
        // A relative path is relative to the rule file's folder.
        Optional<String> relative = IndexPaths.resolve(IndexPaths.folder(alert.position().path()), bare);
        if (relative.isPresent()) {
            Optional<Runbook> at = inventory.runbookAt(relative.get());
            if (at.isPresent()) {
                return at;
            }
        }
        Runbook best = null;
        for (Runbook r : inventory.runbooks()) {
            boolean matches = bare.equals(r.path()) || bare.endsWith("/" + r.path());
            if (matches && (best == null || r.path().length() > best.path().length())) {
                best = r;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        String last = bare.substring(bare.lastIndexOf('/') + 1);
        for (Runbook r : inventory.runbooks()) {
            if (!last.isEmpty() && r.path().endsWith("/" + last) || r.path().equals(last)) {
                return Optional.of(r);
            }
        }
        return RunbookId.findIn(last).flatMap(inventory::runbook);
    }
}
