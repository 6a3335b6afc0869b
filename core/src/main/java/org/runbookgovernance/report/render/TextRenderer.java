package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * The human format, like pint and eslint: findings grouped by file (or by rule), one aligned line each,
 * a file's many findings of one rule folded to a count, then for a report with many findings a table of
 * findings per rule, a summary line and any notes. ANSI colour only when asked for; never timings, so
 * output is stable.
 */
final class TextRenderer implements ReportRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    /** How much text {@link #render(Report, Appendable)} gathers before handing it on. */
    private static final int CHUNK = 1 << 16;

    /** A file's findings of one rule beyond this many (when two or more) fold into one line: five show the pattern, the rest is a count. */
    static final int FOLD_AFTER = 5;

    /** The per-rule table shows when a report has findings of at least this many rules ... */
    static final int TABLE_MIN_RULES = 2;

    /** ... and at least this many findings; a short report's summary line says it all. */
    static final int TABLE_MIN_FINDINGS = 10;

    private final boolean colour;
    private final TextGrouping grouping;

    TextRenderer(RenderOptions options) {
        this.colour = options.colour();
        this.grouping = options.grouping();
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: there is no sink, only the builder
        }
        return out.toString();
    }

    /** Streams: each file's lines go to {@code out} once they fill a chunk, so 50,000 findings never sit in one string. */
    @Override
    public void render(Report report, Appendable out) throws IOException {
        StringBuilder chunk = new StringBuilder(CHUNK + 1024);
        write(report, chunk, out);
        out.append(chunk);
    }

    /** Writes into {@code text}, handing it to {@code sink} (when there is one) each time it passes a chunk. */
    private void write(Report report, StringBuilder text, Appendable sink) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        report.findings().forEach(f -> byFile.computeIfAbsent(f.position().path(), p -> new ArrayList<>()).add(f));
        if (grouping == TextGrouping.RULE) {
            Map<String, List<Finding>> byRule = new TreeMap<>();
            report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f));
            for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
                rule(rule.getKey(), rule.getValue(), text, sink);
                text.append('\n');
            }
        } else {
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                file(file.getKey(), file.getValue(), text, sink);
                text.append('\n');
            }
        }
        ruleTable(report.findings(), text);
        int runbooks = report.runbooks().size();
        String baselined = report.baselined() == 0 ? "" : "; " + String.format(Locale.ROOT, "%,d", report.baselined())
                + (report.baselined() == 1 ? " baselined finding" : " baselined findings") + " not shown";
        if (byFile.isEmpty()) {
            text.append(paint(GREEN, "✓ no findings in " + count(runbooks, "runbook", "runbooks") + baselined))
                    .append('\n');
        } else {
            String summary = count(report.count(Level.ERROR), "error", "errors") + ", "
                    + count(report.count(Level.WARNING), "warning", "warnings") + ", "
                    + count(report.count(Level.INFO), "info", "info") + " in "
                    + count(runbooks, "runbook", "runbooks") + " ("
                    + count(byFile.size(), "file", "files") + " with findings)" + baselined;
            text.append(paint(BOLD + colourOf(report.worst().orElse(Level.INFO)), summary)).append('\n');
        }
        for (String note : report.notes()) {
            text.append(paint(DIM, "note: " + TerminalText.clean(note))).append('\n');
        }
    }

    /** One file's section: its findings in order, a rule's beyond the first {@link #FOLD_AFTER} folded into a line at the end. */
    private void file(String path, List<Finding> findings, StringBuilder out, Appendable sink) throws IOException {
        Map<String, Integer> perRule = new LinkedHashMap<>();
        findings.forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
        List<Line> lines = new ArrayList<>(Math.min(findings.size(), 64));
        Map<String, Integer> shown = new HashMap<>();
        for (Finding f : findings) {
            if (!folds(perRule.get(f.ruleId())) || shown.merge(f.ruleId(), 1, Integer::sum) <= FOLD_AFTER) {
                lines.add(Line.of(f, TerminalText.clean(f.position().toString()), f.level().label(),
                        TerminalText.clean(f.ruleId()), TerminalText.clean(f.message())));
            }
        }
        perRule.forEach((rule, n) -> {
            if (folds(n)) {
                int more = n - FOLD_AFTER;
                lines.add(Line.fold("… and " + more + " more `" + TerminalText.clean(rule) + "` findings in this file"));
            }
        });
        section(TerminalText.clean(path), lines, out, sink);
    }

    /** One rule's section: its findings by file and line, a file's beyond the first {@link #FOLD_AFTER} folded after them. */
    private void rule(String ruleId, List<Finding> findings, StringBuilder out, Appendable sink) throws IOException {
        Map<String, Integer> perFile = new HashMap<>();
        findings.forEach(f -> perFile.merge(f.position().path(), 1, Integer::sum));
        List<Line> lines = new ArrayList<>(Math.min(findings.size(), 64));
        String path = null;
        int inFile = 0;
        for (Finding f : findings) {
            if (!f.position().path().equals(path)) {
                path = f.position().path();
                inFile = 0;
            }
            int n = perFile.get(path);
            if (!folds(n) || ++inFile <= FOLD_AFTER) {
                lines.add(Line.of(f, TerminalText.clean(f.position().toString()), f.level().label(),
                        TerminalText.clean(f.message())));
            } else if (inFile == FOLD_AFTER + 1) {
                lines.add(Line.fold("… and " + (n - FOLD_AFTER) + " more in `" + TerminalText.clean(path) + "`"));
            }
        }
        section(TerminalText.clean(ruleId), lines, out, sink);
    }

    /** A fold line stands for at least two findings: folding one would save nothing. */
    private static boolean folds(int findingsOfOneRuleInOneFile) {
        return findingsOfOneRuleInOneFile > FOLD_AFTER + 1;
    }

    /** A heading and its lines, columns aligned over the findings, the location dimmed and the level coloured. */
    private void section(String heading, List<Line> lines, StringBuilder out, Appendable sink) throws IOException {
        out.append(paint(BOLD, heading)).append('\n');
        int columns = lines.stream().mapToInt(l -> l.cells().length).max().orElse(0);
        int[] widths = new int[Math.max(columns - 1, 0)];
        for (Line line : lines) {
            for (int column = 0; column < line.cells().length - 1; column++) {
                widths[column] = Math.max(widths[column], TerminalText.width(line.cells()[column]));
            }
        }
        for (Line line : lines) {
            int start = out.length();
            out.append("  ");
            if (line.level() == null) {
                paint(DIM, line.cells()[0], out);
            } else {
                String[] row = line.cells();
                // pad outside the colour codes so columns line up with and without colour
                for (int column = 0; column < row.length; column++) {
                    String code = column == 0 ? DIM : column == 1 ? colourOf(line.level()) : null;
                    if (code == null) {
                        out.append(row[column]);
                    } else {
                        paint(code, row[column], out);
                    }
                    if (column < row.length - 1) {
                        pad(out, widths[column] - TerminalText.width(row[column]) + 2);
                    }
                }
            }
            // as String.stripTrailing: every whitespace code point is a single char, never a surrogate
            int end = out.length();
            while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            out.append('\n');
            if (sink != null && out.length() >= CHUNK) {
                sink.append(out);
                out.setLength(0);
            }
        }
    }

    /** Findings per rule and level, most first, when a report has enough of them for totals to help. */
    private void ruleTable(List<Finding> findings, StringBuilder out) {
        Map<String, long[]> counts = new TreeMap<>();
        findings.forEach(f -> counts.computeIfAbsent(f.ruleId(), r -> new long[Level.values().length])
                [f.level().ordinal()]++);
        if (counts.size() < TABLE_MIN_RULES || findings.size() < TABLE_MIN_FINDINGS) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rule", "errors", "warnings", "info", "total"});
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> rows.add(new String[] {TerminalText.clean(e.getKey()),
                        number(e.getValue()[Level.ERROR.ordinal()]), number(e.getValue()[Level.WARNING.ordinal()]),
                        number(e.getValue()[Level.INFO.ordinal()]), number(total(e.getValue()))}));
        int[] widths = new int[5];
        rows.forEach(row -> {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], TerminalText.width(row[column]));
            }
        });
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            StringBuilder line = new StringBuilder(row[0]);
            pad(line, widths[0] - TerminalText.width(row[0]));
            for (int column = 1; column < row.length; column++) {
                pad(line, widths[column] - row[column].length() + 2);
                line.append(row[column]);
            }
            out.append(i == 0 ? paint(BOLD, line.toString()) : line).append('\n');
        }
        out.append('\n');
    }

    private static long total(long[] byLevel) {
        long total = 0;
        for (long n : byLevel) {
            total += n;
        }
        return total;
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A finding's cells (location, level, then the rest), or a fold note when {@code level} is null. */
    private record Line(Level level, String[] cells) {

        static Line of(Finding finding, String... cells) {
            return new Line(finding.level(), cells);
        }

        static Line fold(String note) {
            return new Line(null, new String[] {note});
        }
    }

    private static void pad(StringBuilder out, int spaces) {
        for (int i = 0; i < spaces; i++) {
            out.append(' ');
        }
    }

    private void paint(String code, String text, StringBuilder out) {
        if (colour) {
            out.append(code).append(text).append(RESET);
        } else {
            out.append(text);
        }
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String colourOf(Level level) {
        return switch (level) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
