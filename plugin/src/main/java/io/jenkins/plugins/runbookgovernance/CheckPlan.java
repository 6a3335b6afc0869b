package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the agent needs for one check: the step's settings, the day to judge on, and the build's
 * environment (branch and PR variables) copied from the step's EnvVars into a plain map.
 */
public record CheckPlan(StepSettings settings, LocalDate today, Map<String, String> environment)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CheckPlan {
        // A TreeMap copy: serializable, ordered, and free of EnvVars' case-insensitive comparator.
        environment = new TreeMap<>(environment);
    }
}
