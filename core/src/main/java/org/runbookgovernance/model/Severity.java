package org.runbookgovernance.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident severity or a range of them, P0 (critical) to P3 (low), as runbooks declare it:
 * {@code P0}, {@code P1-P2}, {@code P0–P1}. {@code highest} is the most urgent (lowest number).
 */
public record Severity(int highest, int lowest) {

    public static final int MOST_URGENT = 0;
    public static final int LEAST_URGENT = 3;

    private static final Pattern FORM = Pattern.compile(
            "(?i)\\s*P([0-3])(?:\\s*(?:-|–|—|to|/)\\s*P?([0-3]))?\\s*(?:\\(.*\\))?\\s*");

    public Severity {
        if (highest < MOST_URGENT || lowest > LEAST_URGENT || highest > lowest) {
            throw new IllegalArgumentException("not a severity range: P" + highest + "-P" + lowest);
        }
    }

    public static Severity of(int level) {
        return new Severity(level, level);
    }

    /** Parses {@code P1}, {@code P1-P2}, {@code p0 – p1}; empty when the text is no severity. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        return Optional.of(new Severity(Math.min(a, b), Math.max(a, b)));
    }

    public boolean includes(int level) {
        return level >= highest && level <= lowest;
    }

    public boolean overlaps(Severity other) {
        return highest <= other.lowest && other.highest <= lowest;
    }

    @Override
    public String toString() {
        return highest == lowest ? "P" + highest : "P" + highest + "-P" + lowest;
    }
}
