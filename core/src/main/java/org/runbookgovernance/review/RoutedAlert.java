package org.runbookgovernance.review;

import java.util.Optional;

/**
 * An alert whose runbook reference leads to a runbook on the plan.
 *
 * @param name     the alert's name
 * @param severity its {@code severity} label as written, empty when it has none
 * @param critical whether the label stands for the most urgent level the config knows (see {@link RunbookAlerts})
 * @param url      the reference when it is a web address, without its {@code #fragment}; empty otherwise
 */
public record RoutedAlert(String name, String severity, boolean critical, Optional<String> url) {

    /** {@code OOMKilled (critical)}, or the name alone when the alert has no severity label. */
    public String display() {
        return severity.isEmpty() ? name : name + " (" + severity + ")";
    }
}
