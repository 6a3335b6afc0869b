package org.runbookgovernance.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.RunbookResolver;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;

/** Which runbook an alert reaches, as the alerts rules decide it (URL map, paths, ids). */
final class AlertRunbooks {

    private final Inventory inventory;
    private final RunbookResolver resolver;

    AlertRunbooks(Inventory inventory) {
        this.inventory = inventory;
        this.resolver = new RunbookResolver(inventory, AlertSettings.from(inventory.config(), List.of(), Map.of()));
    }

    Optional<Runbook> resolve(Alert alert) {
        return resolver.resolve(alert).runbookPath().flatMap(inventory::runbookAt);
    }
}
