package org.runbookgovernance.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.report.Report;

/**
 * The human format, like pint and eslint: findings grouped by file, one aligned line each, then a
 * summary line and any notes. ANSI colour only when asked for; never timings, so output is stable.
 */
final class TextRenderer implements ReportRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colour;

    TextRenderer(RenderOptions options) {
        this.colour = options.colour();
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        report.findings().forEach(f -> byFile.computeIfAbsent(f.position().path(), p -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            file(file.getKey(), file.getValue(), out);
            out.append('\n');
        }
        int runbooks = report.runbooks().size();
        if (byFile.isEmpty()) {
            out.append(paint(GREEN, "✓ no findings in " + count(runbooks, "runbook", "runbooks"))).append('\n');
        } else {
            String summary = count(report.count(Level.ERROR), "error", "errors") + ", "
                    + count(report.count(Level.WARNING), "warning", "warnings") + ", "
                    + count(report.count(Level.INFO), "info", "info") + " in "
                    + count(runbooks, "runbook", "runbooks") + " ("
                    + count(byFile.size(), "file", "files") + " with findings)";
            out.append(paint(BOLD + colourOf(report.worst().orElse(Level.INFO)), summary)).append('\n');
        }
        for (String note : report.notes()) {
            out.append(paint(DIM, "note: " + TerminalText.clean(note))).append('\n');
        }
        return out.toString();
    }

    private void file(String path, List<Finding> findings, StringBuilder out) {
        out.append(paint(BOLD, TerminalText.clean(path))).append('\n');
        List<String[]> rows = new ArrayList<>();
        int[] widths = new int[3];
        for (Finding f : findings) {
            String location = TerminalText.clean(f.position().toString());
            String[] row = {location, f.level().label(), TerminalText.clean(f.ruleId()), TerminalText.clean(f.message())};
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], TerminalText.width(row[column]));
            }
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Level level = findings.get(i).level();
            // pad outside the colour codes so columns line up with and without colour
            String line = "  "
                    + paint(DIM, row[0]) + " ".repeat(widths[0] - TerminalText.width(row[0]) + 2)
                    + paint(colourOf(level), row[1]) + " ".repeat(widths[1] - TerminalText.width(row[1]) + 2)
                    + TerminalText.padRight(row[2], widths[2]) + "  "
                    + row[3];
            out.append(line.stripTrailing()).append('\n');
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
