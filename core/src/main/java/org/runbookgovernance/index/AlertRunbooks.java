package org.runbookgovernance.index;

import java.util.Optional;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;

/** Which runbook an alert reaches, as the alerts rules decide it (URL map, paths, ids). */
final class AlertRunbooks {

    private final Inventory inventory;
    private final AlertResolutions resolutions;

    AlertRunbooks(Inventory inventory) {
        this.inventory = inventory;
        this.resolutions = AlertResolutions.of(inventory);
    }

    Optional<Runbook> resolve(Alert alert) {
        return resolutions.resolution(alert).runbookPath().flatMap(inventory::runbookAt);
    }
}
