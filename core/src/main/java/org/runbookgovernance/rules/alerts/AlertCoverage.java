package org.runbookgovernance.rules.alerts;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.alerts.RunbookResolver;
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
    private final RunbookResolver resolver;
    private final Map<Alert, Resolution> resolutions = new HashMap<>();

    private AlertCoverage(Inventory inventory) {
        this.inventory = inventory;
        this.settings = AlertSettings.from(inventory.config(), List.of(), Map.of());
        this.resolver = new RunbookResolver(inventory, settings);
    }

    static AlertCoverage of(Inventory inventory) {
        return new AlertCoverage(inventory);
    }

    AlertSettings settings() {
        return settings;
    }

    /** True when rule files or the index table yielded at least one alert. */
    boolean hasSources() {
        return inventory.alerts().stream().anyMatch(AlertCoverage::routes);
    }

    boolean hasRuleFiles() {
        return inventory.alerts().stream().anyMatch(a -> a.origin() == AlertOrigin.RULE_FILE);
    }

    /** Alerts that route to a runbook: rule files and the index table (metadata only declares). */
    List<Alert> routingAlerts() {
        return inventory.alerts().stream().filter(AlertCoverage::routes).toList();
    }

    List<Alert> ruleFileAlerts() {
        return inventory.alerts().stream().filter(a -> a.origin() == AlertOrigin.RULE_FILE).toList();
    }

    Set<String> ruleFileAlertNames() {
        Set<String> names = new LinkedHashSet<>();
        ruleFileAlerts().forEach(a -> names.add(a.name()));
        return names;
    }

    Resolution resolution(Alert alert) {
        return resolutions.computeIfAbsent(alert, resolver::resolve);
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
