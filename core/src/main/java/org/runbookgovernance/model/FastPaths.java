package org.runbookgovernance.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.runbookgovernance.model.ReaderUse.Reader;

/**
 * The one switch over the readers' fast paths (Markdown, rule files): each reads with its library
 * (commonmark-java, snakeyaml) unless its fast path is on, and a fast path that gives up or throws hands the file
 * to the library. Front matter has no fast path: naming it is accepted and changes nothing. {@code RUNBOOK_GOVERNANCE_FAST_PATHS=off} in the environment or
 * {@code -Drunbook-governance.fastPaths=off} turns every fast path off; a list of readers
 * ({@code frontMatter,ruleFiles}) turns off only theirs, which is how each is measured on its own.
 */
public final class FastPaths {

    public static final String ENVIRONMENT = "RUNBOOK_GOVERNANCE_FAST_PATHS";
    public static final String PROPERTY = "runbook-governance.fastPaths";

    /** The environment cannot change inside the process: read once. */
    private static final Set<Reader> OFF_BY_ENVIRONMENT = off(System.getenv(ENVIRONMENT));

    private FastPaths() {
    }

    /** True when this reader has a fast path and neither the environment nor the system property turns it off. */
    public static boolean on(Reader reader) {
        if (!reader.hasFastPath() || OFF_BY_ENVIRONMENT.contains(reader)) {
            return false;
        }
        // Asked once per document: no set is made when the property is not given.
        String property = System.getProperty(PROPERTY);
        return property == null || !off(property).contains(reader);
    }

    /** The readers whose fast paths are on. */
    public static Set<Reader> on() {
        Set<Reader> on = EnumSet.noneOf(Reader.class);
        for (Reader r : Reader.values()) {
            if (on(r)) {
                on.add(r);
            }
        }
        return on;
    }

    /** {@code off}: every reader; else the readers named, by their report names, in a comma-separated list. */
    static Set<Reader> off(String value) {
        Set<Reader> off = EnumSet.noneOf(Reader.class);
        if (value == null) {
            return off;
        }
        for (String word : value.split(",")) {
            String name = word.strip().toLowerCase(Locale.ROOT);
            for (Reader r : Reader.values()) {
                if (name.equals("off") || name.equals(r.key().toLowerCase(Locale.ROOT))) {
                    off.add(r);
                }
            }
        }
        return off;
    }
}
