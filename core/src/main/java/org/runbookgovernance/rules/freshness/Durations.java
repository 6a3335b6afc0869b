package org.runbookgovernance.rules.freshness;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Day counts and periods as messages say them: "1 day ago", "in 5 days", "6 months". */
final class Durations {

    private Durations() {
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String lines(long n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    static String ago(long days) {
        return days == 0 ? "today" : days(days) + " ago";
    }

    static String in(long days) {
        return days == 0 ? "today" : "in " + days(days);
    }

    /** "3 months", "1 year 2 months", "90 days"; a period of whole weeks is said in days. */
    static String period(Period p) {
        Period n = p.normalized();
        List<String> parts = new ArrayList<>();
        add(parts, n.getYears(), "year");
        add(parts, n.getMonths(), "month");
        add(parts, n.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
        }
    }
}
