package org.runbookgovernance.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A runbook identifier such as {@code RB-001}; compared case-insensitively, stored upper-case. */
public record RunbookId(String value) implements Comparable<RunbookId> {

    /** Finds an id like RB-001 at a word boundary: in a file name, an H1 or a branch name. */
    private static final Pattern EMBEDDED = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{2,8}-\\d{1,6})(?![0-9])");

    public RunbookId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("runbook id must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
    }

    public static RunbookId of(String value) {
        return new RunbookId(value);
    }

    /** The first id-looking token in free text, e.g. {@code RB-001} in "RB-001: Service Down". */
    public static Optional<RunbookId> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EMBEDDED.matcher(text);
        return m.find() ? Optional.of(new RunbookId(m.group(1))) : Optional.empty();
    }

    /** Every id-looking token in free text, in order. */
    public static java.util.List<RunbookId> findAllIn(String text) {
        java.util.List<RunbookId> ids = new java.util.ArrayList<>();
        if (text == null) {
            return ids;
        }
        Matcher m = EMBEDDED.matcher(text);
        while (m.find()) {
            ids.add(new RunbookId(m.group(1)));
        }
        return ids;
    }

    @Override
    public int compareTo(RunbookId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
