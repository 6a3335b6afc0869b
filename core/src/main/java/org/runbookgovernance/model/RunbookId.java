package org.runbookgovernance.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runbook identifier: {@code RB-001} from a field or title, or a file name such as {@code TargetDown}. Shown
 * as written, compared case-insensitively; an {@code RB-001}-like token found in text is upper-cased.
 */
public final class RunbookId implements Comparable<RunbookId> {

    /** Finds an id like RB-001 at a word boundary: in a file name, an H1 or a branch name. */
    private static final Pattern EMBEDDED = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{2,8}-\\d{1,6})(?![0-9])");

    private final String value;
    private final String key;

    public RunbookId(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("runbook id must not be blank");
        }
        this.value = value.strip();
        this.key = this.value.toUpperCase(Locale.ROOT);
    }

    public static RunbookId of(String value) {
        return new RunbookId(value);
    }

    /** An {@code RB-001}-like token, upper-cased as teams write it. */
    public static RunbookId token(String token) {
        return new RunbookId(token.toUpperCase(Locale.ROOT));
    }

    /** The first id-looking token in free text, e.g. {@code RB-001} in "RB-001: Service Down". */
    public static Optional<RunbookId> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EMBEDDED.matcher(text);
        return m.find() ? Optional.of(token(m.group(1))) : Optional.empty();
    }

    /** Every id-looking token in free text, in order. */
    public static java.util.List<RunbookId> findAllIn(String text) {
        java.util.List<RunbookId> ids = new java.util.ArrayList<>();
        if (text == null) {
            return ids;
        }
        Matcher m = EMBEDDED.matcher(text);
        while (m.find()) {
            ids.add(token(m.group(1)));
        }
        return ids;
    }

    /** The id as written: {@code RB-001}, {@code TargetDown}. */
    public String value() {
        return value;
    }

    /** The id upper-cased: what equality and order compare. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunbookId id && key.equals(id.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(RunbookId other) {
        return key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return value;
    }
}
