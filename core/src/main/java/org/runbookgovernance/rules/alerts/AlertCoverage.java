package org.runbookgovernance.rules.alerts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;

/**
 * What every {@code alerts/*} rule needs from the inventory: the settings, each alert's resolution, and
 * whether any alert source exists at all. With no rule file alert and no index table row there is nothing
 * to check coverage against, so the coverage rules stay silent rather than flag every runbook.
 */
final class AlertCoverage {

    private final Inventory inventory;
    private final AlertSettings settings;
    private final AlertResolutions resolutions;
    private final List<Alert> routingAlerts;
    private final List<Alert> ruleFileAlerts;
    private final Set<String> ruleFileAlertNames;
    /** Runbooks the index table or runbook metadata name per alert name: alert-without-runbook's hint. */
    private final Map<String, List<Alert>> declaredElsewhere = new HashMap<>();

    private AlertCoverage(Inventory inventory) {
        this.inventory = inventory;
        this.settings = AlertSettings.from(inventory.config(), List.of(), Map.of());
        this.resolutions = AlertResolutions.of(inventory);
        List<Alert> routing = new ArrayList<>();
        List<Alert> ruleFile = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Alert a : inventory.alerts()) {
            if (routes(a)) {
                routing.add(a);
            }
            if (a.origin() == AlertOrigin.RULE_FILE) {
                ruleFile.add(a);
                names.add(a.name());
            } else {
                declaredElsewhere.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
            }
        }
        this.routingAlerts = List.copyOf(routing);
        this.ruleFileAlerts = List.copyOf(ruleFile);
        this.ruleFileAlertNames = Collections.unmodifiableSet(names);
    }

    /** One coverage per inventory, shared by the {@code alerts/*} rules. */
    static AlertCoverage of(Inventory inventory) {
        return inventory.derived(AlertCoverage.class, AlertCoverage::new);
    }

    AlertSettings settings() {
        return settings;
    }

    /** True when rule files or the index table yielded at least one alert. */
    boolean hasSources() {
        return !routingAlerts.isEmpty();
    }

    boolean hasRuleFiles() {
        return !ruleFileAlerts.isEmpty();
    }

    /** Alerts that route to a runbook: rule files and the index table (metadata only declares). */
    List<Alert> routingAlerts() {
        return routingAlerts;
    }

    List<Alert> ruleFileAlerts() {
        return ruleFileAlerts;
    }

    Set<String> ruleFileAlertNames() {
        return ruleFileAlertNames;
    }

    /** Alerts of this name from the index table or runbook metadata, in inventory order. */
    List<Alert> declaredElsewhere(String name) {
        return declaredElsewhere.getOrDefault(name, List.of());
    }

    Resolution resolution(Alert alert) {
        return resolutions.resolution(alert);
    }

    /** The runbook at a resolved path, when it is one. */
    Optional<Runbook> runbookAt(Resolution r) {
        return r.runbookPath().flatMap(inventory::runbookAt);
    }

    /** Where a runbook states its alerts, else its title line: where a coverage finding points. */
    static SourcePosition position(Runbook r) {
        int line = r.document().entry(MetadataKeys.ALERTS).map(MetadataEntry::line)
                .orElse(Math.max(r.document().titleLine(), 1));
        return new SourcePosition(r.path(), line);
    }

    private static boolean routes(Alert a) {
        return a.origin() == AlertOrigin.RULE_FILE || a.origin() == AlertOrigin.INDEX_TABLE;
    }
}
