package org.runbookgovernance.model;

import java.util.Locale;

/**
 * The one switch over the readers' fast paths (Markdown, front matter, rule files): each reads with its
 * library (commonmark-java, snakeyaml) unless the fast path is on, and a fast path that gives up or throws hands
 * the file to the library. {@code RUNBOOK_GOVERNANCE_FAST_PATHS=off} in the environment or
 * {@code -Drunbook-governance.fastPaths=off} turns every fast path off.
 */
public final class FastPaths {

    public static final String ENVIRONMENT = "RUNBOOK_GOVERNANCE_FAST_PATHS";
    public static final String PROPERTY = "runbook-governance.fastPaths";

    /** The environment cannot change inside the process: read once. */
    private static final boolean OFF_BY_ENVIRONMENT = off(System.getenv(ENVIRONMENT));

    private FastPaths() {
    }

    /** True unless the environment or the system property says {@code off}; asked by each reader as it chooses. */
    public static boolean on() {
        return !OFF_BY_ENVIRONMENT && !off(System.getProperty(PROPERTY));
    }

    static boolean off(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("off");
    }
}
