package org.runbookgovernance.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * YAML front matter: {@code ---} on line 1, YAML, then a {@code ---} or {@code ...} line. Every top-level key
 * becomes a metadata entry; {@code governance.ignore} becomes waivers.
 */
final class FrontMatter {

    static final String GOVERNANCE = "governance";

    private FrontMatter() {
    }

    /** Lines of the front matter block; {@code bodyStart} is the 0-based index of the first body line. */
    record Block(int bodyStart, boolean present) {
        static final Block NONE = new Block(0, false);
    }

    /** Where the front matter ends; reports an opening {@code ---} that is never closed. */
    static Block locate(Lines lines, String path, List<Problem> problems) {
        if (lines.isEmpty() || !isFence(lines, 0, "---")) {
            return Block.NONE;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines, i, "---") || isFence(lines, i, "...")) {
                return new Block(i + 1, true);
            }
        }
        problems.add(new Problem(ProblemIds.MALFORMED_METADATA, new SourcePosition(path, 1),
                "unclosed front matter: `---` on line 1 opens front matter but no closing `---` line follows; "
                        + "add a `---` line after the last key, or start the file with something else."));
        return Block.NONE;
    }

    /** Whether line {@code i}, trailing whitespace stripped, is {@code fence}; read in place, not as a String. */
    private static boolean isFence(Lines lines, int i, String fence) {
        String text = lines.text();
        int start = lines.start(i);
        int end = lines.end(i);
        if (end - start < fence.length() || !text.startsWith(fence, start)) {
            return false;
        }
        for (int at = start + fence.length(); at < end; at++) {
            if (!Character.isWhitespace(text.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the block into entries and waivers with snakeyaml; a YAML error becomes a problem and no entries. Says
     * how the block was read: by the library, or not at all when there is none.
     */
    static Outcome read(Lines lines, Block block, String path, List<MetadataEntry> entries,
                        List<Suppression> suppressions, List<Problem> problems) {
        if (!block.present()) {
            return Outcome.NONE;
        }
        int last = block.bodyStart() - 2; // the closing fence's line index is bodyStart - 1
        Object loaded;
        try {
            loaded = SafeYaml.load(yamlText(lines, last), path, 2, YamlLimits.SMALL);
        } catch (BadInputException e) {
            SourcePosition at = e.position() == null ? new SourcePosition(path, 2) : e.position();
            problems.add(new Problem(ProblemIds.MALFORMED_METADATA, at, "malformed front matter: "
                    + withoutPosition(e) + "; fix the YAML between the `---` lines (quote values that contain `: `)."));
            return Outcome.LIBRARY;
        }
        if (loaded == null) {
            return Outcome.LIBRARY;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(new Problem(ProblemIds.MALFORMED_METADATA, new SourcePosition(path, 2),
                    "front matter is not a mapping: it holds a " + describe(loaded)
                            + " where `key: value` lines were expected; write one `key: value` per line."));
            return Outcome.LIBRARY;
        }
        Map<String, Integer> keyLines = keyLines(lines, last);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String label = String.valueOf(e.getKey());
            int line = keyLines.getOrDefault(label, 2);
            if (label.equals(GOVERNANCE)) {
                governance(e.getValue(), lines.subList(1, last + 1), line, path, suppressions, problems);
                continue;
            }
            entries.add(entry(label, e.getValue(), line));
        }
        return Outcome.LIBRARY;
    }

    private static MetadataEntry entry(String label, Object value, int line) {
        String key = MetadataKeys.normalise(label);
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    items.add(String.valueOf(item).strip());
                }
            }
            return new MetadataEntry(key, label, String.join(", ", items), "", items, MetadataSource.FRONT_MATTER, line);
        }
        if (value == null || value instanceof Map) {
            return new MetadataEntry(key, label, "", "", List.of(), MetadataSource.FRONT_MATTER, line);
        }
        String[] valueAndNote = LabelLine.splitNote(String.valueOf(value));
        List<String> items = LabelLine.items(key, valueAndNote[0]);
        return new MetadataEntry(key, label, valueAndNote[0], valueAndNote[1], items, MetadataSource.FRONT_MATTER, line);
    }

    /** {@code governance: {ignore: [rule, {rule, until, reason}]}}. */
    private static void governance(Object value, List<String> yamlLines, int keyLine, String path,
                                   List<Suppression> suppressions, List<Problem> problems) {
        Object ignore = value instanceof Map<?, ?> m ? m.get("ignore") : null;
        if (ignore == null) {
            problems.add(new Problem(ProblemIds.MALFORMED_METADATA, new SourcePosition(path, keyLine),
                    "unreadable governance block: `governance` has no `ignore` list; write "
                            + "`governance: {ignore: [rule-id]}` or remove the key."));
            return;
        }
        List<?> items = ignore instanceof List<?> l ? l : List.of(ignore);
        for (Object item : items) {
            String rule;
            String until = null;
            String reason = "";
            if (item instanceof Map<?, ?> m) {
                rule = m.get("rule") == null ? "" : String.valueOf(m.get("rule")).strip();
                until = m.get("until") == null ? null : String.valueOf(m.get("until")).strip();
                reason = m.get("reason") == null ? "" : String.valueOf(m.get("reason")).strip();
            } else {
                rule = item == null ? "" : String.valueOf(item).strip();
            }
            int line = lineMentioning(yamlLines, keyLine, rule);
            SourcePosition at = new SourcePosition(path, line);
            if (rule.isEmpty()) {
                problems.add(new Problem(ProblemIds.MALFORMED_METADATA, at,
                        "unreadable waiver: an entry of `governance.ignore` names no rule; write the rule id, "
                                + "e.g. `freshness/overdue`, or `{rule: freshness/overdue, until: 2025-01-31}`."));
                continue;
            }
            Optional<LocalDate> date = Optional.empty();
            if (until != null) {
                date = Dates.parse(until);
                if (date.isEmpty()) {
                    problems.add(new Problem(ProblemIds.MALFORMED_METADATA, at,
                            "bad waiver expiry: `until: " + until + "` for `" + rule + "` is not a date, so the waiver "
                                    + "is ignored; write `until: YYYY-MM-DD`."));
                    continue;
                }
            }
            suppressions.add(new Suppression(rule, date, reason, at));
        }
    }

    /**
     * The YAML between the fences (lines 1 to {@code last}) as {@code String.join("\n", those lines)}: with LF
     * line endings that is a slice of the text, taken as one substring rather than a String per line joined.
     */
    private static String yamlText(Lines lines, int last) {
        if (last < 1) {
            return "";
        }
        String slice = lines.text().substring(lines.start(1), lines.end(last));
        return slice.indexOf('\r') < 0 ? slice : String.join("\n", lines.subList(1, last + 1));
    }

    /** File line of each top-level key of lines 1 to {@code last}: keys start at column 0, optionally quoted. */
    private static Map<String, Integer> keyLines(Lines lines, int last) {
        String text = lines.text();
        Map<String, Integer> keyLines = new HashMap<>();
        for (int i = 1; i <= last; i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            if (start == end) {
                continue;
            }
            char first = text.charAt(start);
            if (Character.isWhitespace(first) || first == '#' || first == '-') {
                continue;
            }
            int colon = start;
            while (colon < end && text.charAt(colon) != ':') {
                colon++;
            }
            if (colon == start || colon == end) {
                continue;
            }
            String key = text.substring(start, colon).strip();
            if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                    && key.charAt(key.length() - 1) == key.charAt(0)) {
                key = key.substring(1, key.length() - 1);
            }
            keyLines.putIfAbsent(key, i + 1);
        }
        return keyLines;
    }

    private static int lineMentioning(List<String> yamlLines, int keyLine, String rule) {
        if (!rule.isEmpty()) {
            for (int i = keyLine - 2; i < yamlLines.size(); i++) {
                if (i >= 0 && yamlLines.get(i).contains(rule)) {
                    return i + 2;
                }
            }
        }
        return keyLine;
    }

    private static String withoutPosition(BadInputException e) {
        String message = e.getMessage();
        String prefix = e.position() == null ? "" : e.position() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String describe(Object value) {
        if (value instanceof List) {
            return "list";
        }
        return "plain value `" + value + "`";
    }
}
