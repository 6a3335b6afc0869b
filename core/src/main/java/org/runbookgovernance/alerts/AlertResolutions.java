package org.runbookgovernance.alerts;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.parallel.Batches;

/**
 * Every alert of an inventory resolved once: the four {@code alerts/*} rules, the index and the report's
 * alert routes all ask the same question of 100,000 alerts, so it is answered once per inventory.
 */
public final class AlertResolutions {

    /** Below this many alerts resolution stays on the calling thread (start-up of workers costs more). */
    private static final int PARALLEL_FROM_ALERTS = 2_000;

    private final RunbookResolver resolver;
    /** Keyed by identity: hashing an alert record (labels, position) costs more than resolving some of them. */
    private final Map<Alert, Resolution> byAlert;

    private AlertResolutions(Inventory inventory) {
        this.resolver = new RunbookResolver(inventory, AlertSettings.from(inventory.config(), List.of(), Map.of()));
        List<Alert> alerts = inventory.alerts();
        // The resolver's caches are concurrent maps and its path table is read-only: safe side by side.
        List<Resolution> resolved = Batches.map(alerts, PARALLEL_FROM_ALERTS, resolver::resolve);
        // Sized for the alerts it holds (its table stays alive to the end and is copied by young collections).
        this.byAlert = new IdentityHashMap<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            byAlert.put(alerts.get(i), resolved.get(i));
        }
    }

    /** The inventory's resolutions, computed on first use and shared afterwards. */
    public static AlertResolutions of(Inventory inventory) {
        return inventory.derived(AlertResolutions.class, AlertResolutions::new);
    }

    /** Where the alert's runbook reference leads; an alert from outside the inventory is resolved on the spot. */
    public Resolution resolution(Alert alert) {
        Resolution r = byAlert.get(alert);
        return r != null ? r : resolver.resolve(alert);
    }
}
