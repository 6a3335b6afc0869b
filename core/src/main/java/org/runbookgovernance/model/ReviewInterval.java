package org.runbookgovernance.model;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a runbook must be reviewed: {@code quarterly}, {@code monthly}, {@code 90d}, {@code 6 weeks}, {@code P3M}. */
public record ReviewInterval(Period period, String name) {

    public static final ReviewInterval QUARTERLY = new ReviewInterval(Period.ofMonths(3), "quarterly");
    public static final ReviewInterval MONTHLY = new ReviewInterval(Period.ofMonths(1), "monthly");

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,4})\\s*(d|day|days|w|wk|week|weeks|m|mo|month|months|y|yr|year|years)");

    private static final Pattern REVIEW_SUFFIX = Pattern.compile("\\s*review$");

    /** Parses a named interval, an amount with a unit, or an ISO-8601 period; empty when unknown. */
    public static Optional<ReviewInterval> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = REVIEW_SUFFIX.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").strip();
        switch (t) {
            case "weekly": return Optional.of(new ReviewInterval(Period.ofWeeks(1), t));
            case "biweekly", "fortnightly": return Optional.of(new ReviewInterval(Period.ofWeeks(2), t));
            case "monthly": return Optional.of(MONTHLY);
            case "bimonthly": return Optional.of(new ReviewInterval(Period.ofMonths(2), t));
            case "quarterly": return Optional.of(QUARTERLY);
            case "semiannual", "semi-annual", "semiannually", "semi-annually", "half-yearly", "biannual":
                return Optional.of(new ReviewInterval(Period.ofMonths(6), t));
            case "yearly", "annual", "annually": return Optional.of(new ReviewInterval(Period.ofYears(1), t));
            default: break;
        }
        Matcher m = AMOUNT.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n == 0) {
                return Optional.empty();
            }
            char unit = m.group(2).charAt(0);
            Period p = switch (unit) {
                case 'd' -> Period.ofDays(n);
                case 'w' -> Period.ofWeeks(n);
                case 'm' -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
            return Optional.of(new ReviewInterval(p, t));
        }
        if (t.startsWith("p")) {
            try {
                Period p = Period.parse(t.toUpperCase(Locale.ROOT));
                if (!p.isNegative() && !p.isZero()) {
                    return Optional.of(new ReviewInterval(p, t));
                }
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
