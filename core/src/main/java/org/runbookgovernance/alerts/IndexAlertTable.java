package org.runbookgovernance.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.SourcePosition;

/**
 * The index's "By Alert Name" table, read from the Markdown lines so every alert keeps its row's line:
 * <pre>
 * | Alert | Runbook |
 * |-------|---------|
 * | `PodMemoryHigh` / `OOMKilled` | [RB-010](./incidents/RB-010-MEMORY-LEAK.md) |
 * </pre>
 * Several names in one cell (split on '/' or ',') share the row's runbook.
 */
final class IndexAlertTable {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BARE_ID = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{2,8}-\\d{1,6})(?![0-9])");

    private IndexAlertTable() {
    }

    /** True when the text has a heading naming "By Alert Name". */
    static boolean hasTable(String text) {
        return text.lines().anyMatch(l -> isTableHeading(HEADING.matcher(l)));
    }

    /**
     * Alerts from every "By Alert Name" table in {@code text}; {@code indexPath} is the index's
     * repository-relative path, against whose folder the links are resolved.
     */
    static List<Alert> read(String text, String indexPath) {
        String[] lines = lines(text);
        List<Alert> out = new ArrayList<>();
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int first = firstNonWhitespace(l);
            if (l.startsWith("```", first) || l.startsWith("~~~", first)) {
                fence = !fence;
                continue;
            }
            // The heading pattern only on lines that can be one: an index of 10,000 rows is mostly table.
            if (!fence && mayBeHeading(l) && isTableHeading(HEADING.matcher(l))) {
                i = readTable(lines, i + 1, indexPath, out) - 1;
            }
        }
        return out;
    }

    /** As {@code text.split("\\r?\\n", -1)}, without a regular expression per line ending. */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (true) {
            int lf = text.indexOf('\n', from);
            if (lf < 0) {
                lines.add(text.substring(from));
                return lines.toArray(new String[0]);
            }
            int end = lf > from && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
            lines.add(text.substring(from, end));
            from = lf + 1;
        }
    }

    /** Where {@code stripLeading} would start the line. */
    private static int firstNonWhitespace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@link #HEADING} could match: at most three of its spaces ({@code \\s}), then '#'. */
    private static boolean mayBeHeading(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '#';
    }

    private static boolean isTableHeading(Matcher m) {
        return m.matches() && m.group(2).toLowerCase(Locale.ROOT).contains("by alert name");
    }

    /** Reads the first table after the heading; returns the index of the first line after it. */
    private static int readTable(String[] lines, int from, String indexPath, List<Alert> out) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i + 1 >= lines.length || !lines[i].contains("|") || !DELIMITER_ROW.matcher(lines[i + 1]).matches()) {
            return i;
        }
        List<String> header = cells(lines[i]);
        int nameColumn = column(header, "alert", 0);
        int linkColumn = column(header, "runbook", nameColumn == 0 ? 1 : 0);
        i += 2;
        for (; i < lines.length; i++) {
            String row = lines[i];
            if (row.isBlank() || !row.contains("|") || HEADING.matcher(row).matches()) {
                break;
            }
            List<String> cells = cells(row);
            if (cells.size() <= Math.max(nameColumn, linkColumn)) {
                continue;
            }
            Optional<String> ref = reference(cells.get(linkColumn), indexPath);
            for (String name : names(cells.get(nameColumn))) {
                out.add(new Alert(name, Optional.empty(), ref, new SourcePosition(indexPath, i + 1),
                        AlertOrigin.INDEX_TABLE, java.util.Map.of()));
            }
        }
        return i;
    }

    private static int column(List<String> header, String word, int fallback) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).toLowerCase(Locale.ROOT).contains(word)) {
                return c;
            }
        }
        return fallback;
    }

    /** Splits a row on unescaped pipes outside code spans, dropping the outer empty cells. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String r = row.strip();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '`') {
                code = !code;
                cell.append(c);
            } else if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        if (r.startsWith("|")) {
            cells.remove(0);
        }
        if (r.endsWith("|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** "`PodMemoryHigh` / `OOMKilled`" → [PodMemoryHigh, OOMKilled]. */
    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("[/,]")) {
            String n = part.replace("`", "").replace("*", "").strip();
            if (!n.isEmpty() && !n.equals("-") && !n.equals("—") && !names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    /** The cell's link target resolved against the index's folder; a bare RB id when there is no link. */
    private static Optional<String> reference(String cell, String indexPath) {
        Matcher link = LINK.matcher(cell);
        if (link.find()) {
            String target = link.group(1);
            String lower = target.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http:") || lower.startsWith("https:")) {
                return Optional.of(target);
            }
            if (target.startsWith("#")) {
                return Optional.of(indexPath + target);
            }
            int slash = indexPath.lastIndexOf('/');
            String folder = slash < 0 ? "" : indexPath.substring(0, slash + 1);
            return Optional.of(target.startsWith("/") ? target.substring(1) : RepositoryPaths.join(folder, target));
        }
        Matcher id = BARE_ID.matcher(cell);
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }
}
