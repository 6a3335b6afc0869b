package org.runbookgovernance.alerts;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.parallel.Batches;

/**
 * Every alert of an inventory resolved once: the four {@code alerts/*} rules, the index and the report's
 * alert routes all ask the same question of 100,000 alerts, so it is answered once per inventory.
 */
public final class AlertResolutions {

    /** Below this many alerts resolution stays on the calling thread (start-up of workers costs more). */
    private static final int PARALLEL_FROM_ALERTS = 2_000;

    private final RunbookResolver resolver;
    private final List<Alert> alerts;
    /** By the alert's index in the inventory: the rules and the report walk the alerts in that order. */
    private final List<Resolution> resolved;
    /**
     * Keyed by identity, for the few callers that hold an alert but not its index; made on first use
     * (hashing an alert record, labels and position, costs more than resolving some of them).
     */
    private volatile Map<Alert, Resolution> byAlert;

    private AlertResolutions(Inventory inventory) {
        this.resolver = RunbookResolver.of(inventory);
        this.alerts = inventory.alerts();
        // The resolver's caches are concurrent maps and its path table is read-only: safe side by side.
        this.resolved = Batches.map(alerts, PARALLEL_FROM_ALERTS, resolver::resolve);
    }

    /** The inventory's resolutions, computed on first use and shared afterwards. */
    public static AlertResolutions of(Inventory inventory) {
        return inventory.derived(AlertResolutions.class, AlertResolutions::new);
    }

    /** Where {@code inventory.alerts().get(index)}'s runbook reference leads. */
    public Resolution resolution(int index) {
        return resolved.get(index);
    }

    /** Where the alert's runbook reference leads; an alert from outside the inventory is resolved on the spot. */
    public Resolution resolution(Alert alert) {
        Resolution r = byAlert().get(alert);
        return r != null ? r : resolver.resolve(alert);
    }

    private Map<Alert, Resolution> byAlert() {
        Map<Alert, Resolution> map = byAlert;
        if (map == null) {
            synchronized (this) {
                map = byAlert;
                if (map == null) {
                    map = new IdentityHashMap<>(resolved.size());
                    for (int i = 0; i < resolved.size(); i++) {
                        map.put(alerts.get(i), resolved.get(i));
                    }
                    byAlert = map;
                }
            }
        }
        return map;
    }
}
