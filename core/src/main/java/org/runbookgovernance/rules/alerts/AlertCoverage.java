package org.runbookgovernance.rules.alerts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
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
    /**
     * Each routing and rule-file alert's resolution and the runbook it reaches (null when none), by the
     * alert's index in its list: the rules walk 100,000 alerts each, so the lookups are made once here.
     */
    private final Resolution[] routingResolutions;
    private final Runbook[] routingRunbooks;
    private final Resolution[] ruleFileResolutions;
    private final Runbook[] ruleFileRunbooks;
    private final Set<String> ruleFileAlertNames;
    /** Runbooks the index table or runbook metadata name per alert name: alert-without-runbook's hint. */
    private final Map<String, List<Alert>> declaredElsewhere = new HashMap<>();

    private AlertCoverage(Inventory inventory) {
        this.inventory = inventory;
        this.settings = AlertSettings.from(inventory.config(), List.of(), Map.of());
        this.resolutions = AlertResolutions.of(inventory);
        Gathering g = new Gathering(inventory, resolutions, declaredElsewhere);
        List<Alert> alerts = inventory.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            g.add(alerts.get(i), i);
        }
        // Views, not copies: the lists are never changed after this constructor.
        this.routingAlerts = Collections.unmodifiableList(g.routing);
        this.ruleFileAlerts = Collections.unmodifiableList(g.ruleFile);
        this.ruleFileAlertNames = Collections.unmodifiableSet(g.names);
        this.routingResolutions = g.routingResolved.toArray(new Resolution[0]);
        this.routingRunbooks = g.routingReached.toArray(new Runbook[0]);
        this.ruleFileResolutions = g.ruleFileResolved.toArray(new Resolution[0]);
        this.ruleFileRunbooks = g.ruleFileReached.toArray(new Runbook[0]);
    }

    /** The constructor's walk over the inventory's alerts: what each list holds so far. */
    private static final class Gathering {
        private final Inventory inventory;
        private final AlertResolutions resolutions;
        private final Map<String, List<Alert>> declaredElsewhere;
        final List<Alert> routing = new ArrayList<>();
        final List<Alert> ruleFile = new ArrayList<>();
        final List<Resolution> routingResolved = new ArrayList<>();
        final List<Runbook> routingReached = new ArrayList<>();
        final List<Resolution> ruleFileResolved = new ArrayList<>();
        final List<Runbook> ruleFileReached = new ArrayList<>();
        /** Only ever asked "contains?": no insertion order to keep; sized for every alert up front. */
        final Set<String> names;
        /**
         * Alerts sharing a reference share its resolution (~10 alerts per runbook in a large repository): the
         * runbook is looked up by the resolution's identity, cheaper than hashing its path again.
         */
        private final Map<Resolution, Runbook> reachedBy = new IdentityHashMap<>();
        private Resolution previousResolution;
        private Runbook previousReached;

        Gathering(Inventory inventory, AlertResolutions resolutions, Map<String, List<Alert>> declaredElsewhere) {
            this.inventory = inventory;
            this.resolutions = resolutions;
            this.declaredElsewhere = declaredElsewhere;
            this.names = new HashSet<>(inventory.alerts().size() * 4 / 3 + 1);
        }

        /** The alert at {@code index} of the inventory's alerts. */
        void add(Alert a, int index) {
            if (routes(a)) {
                Resolution r = resolutions.resolution(index);
                // Neighbouring alerts mostly share a reference: the previous answer is checked first.
                Runbook reached;
                if (r == previousResolution) {
                    reached = previousReached;
                } else {
                    reached = reachedBy.get(r);
                    if (reached == null && !reachedBy.containsKey(r)) {
                        reached = runbookOrNull(r);
                        reachedBy.put(r, reached);
                    }
                    previousResolution = r;
                    previousReached = reached;
                }
                routing.add(a);
                routingResolved.add(r);
                routingReached.add(reached);
                if (a.origin() == AlertOrigin.RULE_FILE) {
                    ruleFileResolved.add(r);
                    ruleFileReached.add(reached);
                }
            }
            if (a.origin() == AlertOrigin.RULE_FILE) {
                ruleFile.add(a);
                names.add(a.name());
            } else {
                List<Alert> same = declaredElsewhere.get(a.name());
                if (same == null) {
                    same = new ArrayList<>();
                    declaredElsewhere.put(a.name(), same);
                }
                same.add(a);
            }
        }

        private Runbook runbookOrNull(Resolution r) {
            return r.runbookPath().isPresent() ? inventory.runbookAt(r.runbookPath().get(), r.anchor()).orElse(null)
                    : null;
        }
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

    /** The resolution of {@code routingAlerts().get(index)}. */
    Resolution routingResolution(int index) {
        return routingResolutions[index];
    }

    /** The runbook {@code routingAlerts().get(index)} reaches, or null. */
    Runbook routingRunbook(int index) {
        return routingRunbooks[index];
    }

    /** The resolution of {@code ruleFileAlerts().get(index)}. */
    Resolution ruleFileResolution(int index) {
        return ruleFileResolutions[index];
    }

    /** The runbook {@code ruleFileAlerts().get(index)} reaches, or null. */
    Runbook ruleFileRunbook(int index) {
        return ruleFileRunbooks[index];
    }

    Resolution resolution(Alert alert) {
        return resolutions.resolution(alert);
    }

    /** The runbook at a resolved path (and, on a page of section runbooks, anchor), when it is one. */
    Optional<Runbook> runbookAt(Resolution r) {
        return r.runbookPath().flatMap(p -> inventory.runbookAt(p, r.anchor()));
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
