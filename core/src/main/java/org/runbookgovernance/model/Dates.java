package org.runbookgovernance.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the calendar dates runbooks write: ISO {@code 2025-11-19}, optionally followed by a note. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s].*)?");

    private Dates() {
    }

    /** A date, or empty when the text is not a real ISO calendar date (2024-02-30 is not). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True for values that say "no date yet": empty, TBD, N/A, never, a dash. */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return true;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.isEmpty() || t.equals("tbd") || t.equals("n/a") || t.equals("na") || t.equals("never")
                || t.equals("-") || t.equals("—") || t.equals("none") || t.equals("null") || t.startsWith("yyyy");
    }
}
