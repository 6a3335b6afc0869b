package org.runbookgovernance.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.Severity;

/**
 * The alerts that route to each runbook, resolved as the {@code alerts/*} rules resolve them, and which of them
 * are critical: their severity label maps, through {@code alerts.severity_map} (or as a P-level itself), to a
 * range holding the most urgent level the map reaches; with an empty map, the labels {@code require_runbook_for}
 * names are the critical ones. An alert named by several sources is listed once, with a severity when any has one.
 * An alert whose reference names a heading the file lacks still routes to the file's runbook.
 */
final class RunbookAlerts {

    private final Map<String, List<RoutedAlert>> byLocation;

    private RunbookAlerts(Map<String, List<RoutedAlert>> byLocation) {
        this.byLocation = byLocation;
    }

    static RunbookAlerts of(Inventory inventory) {
        AlertSettings settings = AlertSettings.from(inventory.config(), List.of(), Map.of());
        Critical critical = new Critical(settings);
        AlertResolutions resolutions = AlertResolutions.of(inventory);
        List<Alert> alerts = inventory.alerts();
        Map<String, Map<String, RoutedAlert>> found = new HashMap<>();
        for (int i = 0; i < alerts.size(); i++) {
            Resolution r = resolutions.resolution(i);
            // a missing heading still leads the responder to the file: the alert routes there
            Optional<Runbook> runbook = r.runbookPath().flatMap(p -> inventory.runbookAt(p, r.anchor()));
            if (runbook.isEmpty()) {
                continue;
            }
            Alert a = alerts.get(i);
            String severity = a.severity().map(String::strip).orElse("");
            RoutedAlert routed = new RoutedAlert(a.name(), severity, critical.test(severity), webAddress(a));
            found.computeIfAbsent(runbook.get().location(), k -> new LinkedHashMap<>())
                    .merge(a.name(), routed, RunbookAlerts::richer);
        }
        Map<String, List<RoutedAlert>> byLocation = new HashMap<>();
        found.forEach((location, named) -> byLocation.put(location, named.values().stream()
                .sorted(Comparator.comparing((RoutedAlert x) -> !x.critical()).thenComparing(RoutedAlert::name))
                .toList()));
        return new RunbookAlerts(byLocation);
    }

    /** Critical first, then by name; empty when no alert routes to the runbook. */
    List<RoutedAlert> of(Runbook runbook) {
        return byLocation.getOrDefault(runbook.location(), List.of());
    }

    /** Of two sources for one alert, the one that says more: a severity, then a web address. */
    private static RoutedAlert richer(RoutedAlert a, RoutedAlert b) {
        String severity = a.severity().isEmpty() ? b.severity() : a.severity();
        return new RoutedAlert(a.name(), severity, a.critical() || b.critical(), a.url().or(b::url));
    }

    private static Optional<String> webAddress(Alert a) {
        return a.runbookRef().map(String::strip)
                .filter(ref -> ref.regionMatches(true, 0, "https://", 0, 8) || ref.regionMatches(true, 0, "http://", 0, 7))
                .filter(ref -> !ref.contains("{{"))
                .map(ref -> ref.indexOf('#') < 0 ? ref : ref.substring(0, ref.indexOf('#')));
    }

    /** Whether a severity label is critical under the config's map. */
    static final class Critical {
        private final AlertSettings settings;
        private final int top;

        Critical(AlertSettings settings) {
            this.settings = settings;
            this.top = settings.severityMap().values().stream().map(Severity::parse).flatMap(Optional::stream)
                    .mapToInt(Severity::highest).min().orElse(-1);
        }

        boolean test(String label) {
            if (label.isEmpty()) {
                return false;
            }
            if (top < 0) {
                String l = label.toLowerCase(Locale.ROOT);
                return settings.requireRunbookFor().contains(l) && !l.equals("*")
                        || Severity.parse(label).filter(s -> s.includes(Severity.MOST_URGENT)).isPresent();
            }
            return settings.priorityOf(label).or(() -> Severity.parse(label)).filter(s -> s.includes(top)).isPresent();
        }
    }
}
