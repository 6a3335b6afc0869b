package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** How much text {@link #render(Report, Appendable)} gathers before handing it on. */
    private static final int CHUNK = 1 << 16;

    private final boolean colour;

    TextRenderer(RenderOptions options) {
        this.colour = options.colour();
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
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            file(file.getKey(), file.getValue(), text, sink);
            text.append('\n');
        }
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

    private void file(String path, List<Finding> findings, StringBuilder out, Appendable sink) throws IOException {
        out.append(paint(BOLD, TerminalText.clean(path))).append('\n');
        List<String[]> rows = new ArrayList<>(findings.size());
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
            int start = out.length();
            // pad outside the colour codes so columns line up with and without colour
            out.append("  ");
            paint(DIM, row[0], out);
            pad(out, widths[0] - TerminalText.width(row[0]) + 2);
            paint(colourOf(level), row[1], out);
            pad(out, widths[1] - TerminalText.width(row[1]) + 2);
            out.append(row[2]);
            pad(out, widths[2] - TerminalText.width(row[2]) + 2);
            out.append(row[3]);
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
