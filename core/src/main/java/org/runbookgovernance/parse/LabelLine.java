package org.runbookgovernance.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;

/**
 * A bold label line as the seed writes metadata: {@code **Last Updated:** 2025-11-19},
 * {@code **Last Review**: 2024-11-19}, {@code __Owner:__ x}, optionally as a list item when the label is a
 * known metadata key (so bulleted contact lists are not metadata). Parsed by hand, not by regex, so a
 * 100,000-character line costs one pass.
 */
final class LabelLine {

    private static final int MAX_LABEL = 60;
    private static final Set<String> KNOWN_KEYS = knownKeys();

    private LabelLine() {
    }

    static Optional<MetadataEntry> parse(String line, int lineNumber) {
        return mayBeLabel(line) ? read(line, lineNumber) : Optional.empty(); // most lines stop at the first character
    }

    /** The whole reading, for any line. */
    static Optional<MetadataEntry> read(String line, int lineNumber) {
        String s = line.strip();
        boolean bullet = s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '*' || s.charAt(0) == '+')
                && Character.isWhitespace(s.charAt(1));
        if (bullet) {
            s = s.substring(2).stripLeading();
        }
        String delimiter;
        if (s.startsWith("**")) {
            delimiter = "**";
        } else if (s.startsWith("__")) {
            delimiter = "__";
        } else {
            return Optional.empty();
        }
        int close = s.indexOf(delimiter, 2);
        if (close < 0 || close - 2 > MAX_LABEL + 1) {
            return Optional.empty();
        }
        String inner = s.substring(2, close);
        String rest = s.substring(close + 2);
        String label;
        String value;
        if (inner.endsWith(":")) {
            label = inner.substring(0, inner.length() - 1);
            value = rest;
        } else if (rest.startsWith(":")) {
            label = inner;
            value = rest.substring(1);
        } else {
            return Optional.empty();
        }
        label = label.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || label.indexOf(':') >= 0 || !hasLetter(label)) {
            return Optional.empty();
        }
        if (value.endsWith("\\")) {
            value = value.substring(0, value.length() - 1); // a backslash hard line break
        }
        String plain = Inline.strip(value).strip();
        String[] valueAndNote = splitNote(plain);
        String key = MetadataKeys.normalise(label);
        if (bullet && !KNOWN_KEYS.contains(key)) {
            return Optional.empty(); // "- **Slack**: #devops" is a contact list, not metadata
        }
        List<String> items = key.equals(MetadataKeys.ALERTS) && holdsLink(value)
                ? items(key, splitNote(Inline.strip(withoutLinks(value)).strip())[0])
                : items(key, valueAndNote[0]);
        return Optional.of(new MetadataEntry(key, label, valueAndNote[0], valueAndNote[1], items,
                MetadataSource.LABEL_LINE, lineNumber));
    }

    /**
     * A label line, stripped, starts with its bold delimiter ({@code *}, {@code _}) or a bullet ({@code -},
     * {@code *}, {@code +}); strip() removes exactly the leading characters {@link Character#isWhitespace} accepts.
     */
    static boolean mayBeLabel(String line) {
        return mayBeLabel(line, 0, line.length());
    }

    /** {@link #mayBeLabel(String)} of {@code text[from, to)}, looked at in place. */
    static boolean mayBeLabel(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '-' || c == '+') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** "2024-12-19 (monthly review)" → ["2024-12-19", "monthly review"]; a whole-value parenthesis stays. */
    static String[] splitNote(String value) {
        String v = value.strip();
        if (v.endsWith(")")) {
            int depth = 0;
            for (int i = v.length() - 1; i >= 0; i--) {
                char c = v.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    String head = v.substring(0, i).strip();
                    if (head.isEmpty()) {
                        break;
                    }
                    return new String[] {head, v.substring(i + 1, v.length() - 1).strip()};
                }
            }
        }
        return new String[] {v, ""};
    }

    /** A Markdown link, an autolink or a URL: "[dashboard](https://...)" names no alert. */
    static boolean holdsLink(String value) {
        return value.contains("](") || value.contains("<") || value.contains("://");
    }

    /**
     * The value without its links, autolinks and URLs: "{@code [dashboard](https://x)}" and
     * "{@code <https://x/#/alerts?filter=...>}" declare no alert name, "{@code TargetDown ([docs](https://x))}"
     * declares {@code TargetDown}. One pass with the next ']', ')' and '>' looked up, as in {@link Inline}.
     */
    static String withoutLinks(String value) {
        int n = value.length();
        int[] nextBracket = next(value, ']');
        int[] nextParen = next(value, ')');
        int[] nextAngle = next(value, '>');
        int[] nextColon = next(value, ':');
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c == '[') {
                int close = nextBracket[i + 1];
                if (close > 0 && close + 1 < n && value.charAt(close + 1) == '(' && nextParen[close + 1] > 0) {
                    i = nextParen[close + 1] + 1;
                    continue;
                }
            } else if (c == '<') {
                int close = nextAngle[i + 1];
                int colon = nextColon[i + 1];
                if (close > 0 && colon > i + 1 && colon < close) {
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        StringBuilder kept = new StringBuilder(out.length());
        for (String word : out.toString().split(" ")) {
            if (!word.contains("://")) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString().replace("()", "");
    }

    private static int[] next(String text, char wanted) {
        int[] next = new int[text.length() + 1];
        next[text.length()] = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            next[i] = text.charAt(i) == wanted ? i : next[i + 1];
        }
        return next;
    }

    /** Alerts and symptoms are lists written on one line; every other value is one item. */
    static List<String> items(String key, String value) {
        List<String> items = new ArrayList<>();
        if (value.isEmpty()) {
            return items;
        }
        if (!key.equals(MetadataKeys.ALERTS) && !key.equals(MetadataKeys.SYMPTOMS)) {
            items.add(value);
            return items;
        }
        for (String part : value.replace(" / ", ",").split(",")) {
            String item = part.replace("`", "").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static Set<String> knownKeys() {
        Set<String> keys = new HashSet<>(MetadataKeys.RUNBOOK_FIELDS);
        keys.addAll(MetadataKeys.DATE_FIELDS);
        keys.add(MetadataKeys.REVIEWED_BY);
        return Set.copyOf(keys);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
