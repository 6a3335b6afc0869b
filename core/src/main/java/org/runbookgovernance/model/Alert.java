package org.runbookgovernance.model;

import java.util.Map;
import java.util.Optional;

/**
 * An alert as some source names it.
 *
 * @param name        the alert name ({@code alert:} in Prometheus)
 * @param severity    the {@code severity} label, when there is one (critical, warning, ...)
 * @param runbookRef  the runbook reference as written (URL, path or id), when there is one
 * @param labels      the static labels the rule sets, used to render templated references
 */
public record Alert(String name, Optional<String> severity, Optional<String> runbookRef, SourcePosition position,
                    AlertOrigin origin, Map<String, String> labels) {

    public Alert {
        // A no-op for maps that are immutable copies already: rule files hand over one shared map per label set.
        labels = Map.copyOf(labels);
    }
}
