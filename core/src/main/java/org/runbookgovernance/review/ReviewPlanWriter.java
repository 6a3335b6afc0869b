package org.runbookgovernance.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.runbookgovernance.model.ReviewState;

/** The review plan as Markdown (for a PR or a wiki), CSV (for a spreadsheet) and JSON (for tools). */
public final class ReviewPlanWriter {

    public static final int SCHEMA_VERSION = 1;

    static final String CSV_HEADER = "owner,id,title,severity,path,due,days_left,state,interval,last_changed_in_git,"
            + "last_review,age_days,critical_alerts";

    /** How many critical alerts a table cell names before it counts the rest. */
    static final int ALERTS_NAMED = 3;

    private ReviewPlanWriter() {
    }

    // ---- Markdown ----

    /** Runbook links are relative to the repository root: write the plan there, or links will not resolve. */
    public static String markdown(ReviewPlan p) {
        StringBuilder out = new StringBuilder();
        out.append("# Runbook review plan — ").append(p.today()).append(" (next ")
                .append(p.horizonDays() == 1 ? "1 day" : p.horizonDays() + " days").append(")\n\n");
        if (p.isEmpty()) {
            out.append("No runbook is due for review in this period.\n");
            return out.toString();
        }
        out.append(summary(p.items())).append("\n");
        for (Map.Entry<String, List<ReviewItem>> owner : p.byOwner().entrySet()) {
            out.append("\n## ").append(markdownText(owner.getKey())).append(" (").append(owner.getValue().size())
                    .append(")\n\n");
            out.append("| Runbook | Title | Severity | Due | Days left | Age | State | Critical alerts |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (ReviewItem i : owner.getValue()) {
                out.append("| [").append(markdownText(i.id())).append("](").append(linkTarget(i.path())).append(") | ")
                        .append(markdownText(i.title())).append(" | ")
                        .append(markdownText(i.severity())).append(" | ")
                        .append(i.due() == null ? "—" : i.due().toString()).append(" | ")
                        .append(i.due() == null ? "—" : Long.toString(i.daysLeft())).append(" | ")
                        .append(i.ageLabel(p.today())).append(" | ")
                        .append(i.state().label()).append(" | ")
                        .append(criticalAlerts(i).isEmpty() ? "—" : markdownText(criticalAlerts(i))).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The critical alerts' names, the first {@link #ALERTS_NAMED} of them and how many more: {@code A, B, C +2 more}. */
    static String criticalAlerts(ReviewItem i) {
        List<String> names = i.alerts().stream().filter(RoutedAlert::critical).map(RoutedAlert::name).toList();
        if (names.size() <= ALERTS_NAMED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, ALERTS_NAMED)) + " +" + (names.size() - ALERTS_NAMED) + " more";
    }

    /** "3 runbooks to review: 1 overdue, 1 never reviewed, 1 due soon." — the most urgent first. */
    private static String summary(List<ReviewItem> items) {
        Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
        items.forEach(i -> counts.merge(i.state(), 1, Integer::sum));
        StringJoiner parts = new StringJoiner(", ", ": ", ".");
        for (ReviewState state : List.of(ReviewState.OVERDUE, ReviewState.NEVER_REVIEWED, ReviewState.DUE_SOON,
                ReviewState.FRESH)) {
            Integer n = counts.get(state);
            if (n != null) {
                parts.add(n + " " + (state == ReviewState.FRESH ? "due later" : state.label().replace('-', ' ')));
            }
        }
        return items.size() + (items.size() == 1 ? " runbook" : " runbooks") + " to review" + parts;
    }

    /**
     * Text safe in a table cell or heading: line breaks become spaces, and characters that would end the
     * cell or start markup ({@code | \ ` * _ [ ] < >}) are backslash-escaped.
     */
    static String markdownText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\r' -> {
                    if (k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                        k++;
                    }
                    b.append(' ');
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> b.append(' ');
                case '|', '\\', '`', '*', '_', '[', ']', '<', '>' -> b.append('\\').append(c);
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** A link destination: characters that would end it or the table cell are percent-encoded. */
    static String linkTarget(String path) {
        return linkTarget(path, true);
    }

    /** As {@link #linkTarget(String)}; a web address keeps its own escapes ({@code encodePercent} false). */
    static String linkTarget(String target, boolean encodePercent) {
        StringBuilder b = new StringBuilder(target.length());
        for (char c : target.toCharArray()) {
            switch (c) {
                case ' ' -> b.append("%20");
                case '(' -> b.append("%28");
                case ')' -> b.append("%29");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '|' -> b.append("%7C");
                case '%' -> b.append(encodePercent ? "%25" : "%");
                default -> b.append(c < 0x20 ? "" : String.valueOf(c));
            }
        }
        return b.toString();
    }

    // ---- CSV ----

    /** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a line break. */
    public static String csv(ReviewPlan p) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (ReviewItem i : p.items()) {
            out.append(String.join(",",
                    csvText(i.owner()), csvText(i.id()), csvText(i.title()), csvText(i.severity()),
                    csvText(i.path()),
                    i.due() == null ? "" : i.due().toString(),
                    i.due() == null ? "" : Long.toString(i.daysLeft()),
                    i.state().label(),
                    csvText(i.interval()),
                    i.fromGit() == null ? "" : i.fromGit().toString(),
                    i.lastReview() == null ? "" : i.lastReview().toString(),
                    ageDays(p, i),
                    csvText(i.alerts().stream().filter(RoutedAlert::critical).map(RoutedAlert::name)
                            .collect(java.util.stream.Collectors.joining(" "))))).append("\r\n");
        }
        return out.toString();
    }

    /** Days since the last review, {@code never} for a runbook never reviewed, empty when unknown. */
    private static String ageDays(ReviewPlan p, ReviewItem i) {
        if (i.state() == ReviewState.NEVER_REVIEWED) {
            return "never";
        }
        return i.ageOn(p.today()).isPresent() ? Long.toString(i.ageOn(p.today()).getAsLong()) : "";
    }

    /**
     * A text field from a runbook: guarded against formula injection (a spreadsheet runs a cell starting
     * with = + - @ as a formula, tab and CR too in some), then quoted. Numbers and dates we write are not
     * guarded, so days_left stays a number.
     */
    static String csvText(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return csvField(v);
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    // ---- JSON ----

    public static String json(ReviewPlan p) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
        out.append("  \"today\": ").append(jsonString(p.today().toString())).append(",\n");
        out.append("  \"horizonDays\": ").append(p.horizonDays()).append(",\n");
        out.append("  \"owners\": [");
        boolean firstOwner = true;
        for (Map.Entry<String, List<ReviewItem>> owner : p.byOwner().entrySet()) {
            out.append(firstOwner ? "\n" : ",\n");
            firstOwner = false;
            out.append("    {\n      \"owner\": ").append(jsonString(owner.getKey())).append(",\n");
            out.append("      \"runbooks\": [");
            boolean first = true;
            for (ReviewItem i : owner.getValue()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                out.append("        {")
                        .append("\"id\": ").append(jsonString(i.id()))
                        .append(", \"title\": ").append(jsonString(i.title()))
                        .append(", \"path\": ").append(jsonString(i.path()))
                        .append(", \"severity\": ").append(i.severity().isEmpty() ? "null" : jsonString(i.severity()))
                        .append(", \"due\": ").append(i.due() == null ? "null" : jsonString(i.due().toString()))
                        .append(", \"daysLeft\": ").append(i.due() == null ? "null" : Long.toString(i.daysLeft()))
                        .append(", \"state\": ").append(jsonString(i.state().label()))
                        .append(", \"interval\": ").append(jsonString(i.interval()))
                        .append(", \"lastChangedInGit\": ")
                        .append(i.fromGit() == null ? "null" : jsonString(i.fromGit().toString()))
                        .append(", \"lastReview\": ")
                        .append(i.lastReview() == null ? "null" : jsonString(i.lastReview().toString()))
                        .append(", \"lastReviewSource\": ")
                        .append(i.lastReview() == null ? "null" : i.fromGit() == null ? "\"metadata\"" : "\"git\"")
                        .append(", \"ageDays\": ")
                        .append(i.ageOn(p.today()).isPresent() ? Long.toString(i.ageOn(p.today()).getAsLong()) : "null")
                        .append(", \"critical\": ").append(i.critical())
                        .append(", \"alerts\": ").append(jsonAlerts(i.alerts()))
                        .append('}');
            }
            out.append(first ? "]\n" : "\n      ]\n").append("    }");
        }
        out.append(firstOwner ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }

    static String jsonAlerts(List<RoutedAlert> alerts) {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (RoutedAlert a : alerts) {
            out.add("{\"name\": " + jsonString(a.name()) + ", \"severity\": "
                    + (a.severity().isEmpty() ? "null" : jsonString(a.severity())) + ", \"critical\": " + a.critical() + "}");
        }
        return out.toString();
    }

    /**
     * A JSON string per RFC 8259: quote, backslash and control characters escaped; U+2028/2029 too (they
     * end a line in JavaScript) and lone surrogates, which have no UTF-8 form.
     */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && k + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(k + 1))) {
                        b.append(c).append(s.charAt(++k));
                    } else if (Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
