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
    static Block locate(List<String> lines, String path, List<Problem> problems) {
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            return Block.NONE;
        }
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new Block(i + 1, true);
            }
        }
        problems.add(new Problem(ProblemIds.MALFORMED_METADATA, new SourcePosition(path, 1),
                "unclosed front matter: `---` on line 1 opens front matter but no closing `---` line follows; "
                        + "add a `---` line after the last key, or start the file with something else."));
        return Block.NONE;
    }

    /**
     * Reads the block into entries and waivers with snakeyaml; a YAML error becomes a problem and no entries. Says
     * how the block was read: by the library, or not at all when there is none.
     */
    static Outcome read(List<String> lines, Block block, String path, List<MetadataEntry> entries,
                        List<Suppression> suppressions, List<Problem> problems) {
        if (!block.present()) {
            return Outcome.NONE;
        }
        // Made Strings once here: the block is joined for snakeyaml, then searched for key lines.
        List<String> yamlLines = List.copyOf(lines.subList(1, block.bodyStart() - 1));
        Object loaded;
        try {
            loaded = SafeYaml.load(String.join("\n", yamlLines), path, 2, YamlLimits.SMALL);
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
        Map<String, Integer> keyLines = keyLines(yamlLines);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String label = String.valueOf(e.getKey());
            int line = keyLines.getOrDefault(label, 2);
            if (label.equals(GOVERNANCE)) {
                governance(e.getValue(), yamlLines, line, path, suppressions, problems);
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

    /** File line of each top-level key: keys start at column 0, optionally quoted. */
    static Map<String, Integer> keyLines(List<String> yamlLines) {
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < yamlLines.size(); i++) {
            String l = yamlLines.get(i);
            if (l.isEmpty() || Character.isWhitespace(l.charAt(0)) || l.charAt(0) == '#' || l.charAt(0) == '-') {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = l.substring(0, colon).strip();
            if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                    && key.charAt(key.length() - 1) == key.charAt(0)) {
                key = key.substring(1, key.length() - 1);
            }
            lines.putIfAbsent(key, i + 2); // yaml line 0 is file line 2
        }
        return lines;
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
