package org.runbookgovernance.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.BoundedMemo;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The fast path for runbook front matter: a line reader for the block-style subset front matter is
 * written in — top-level {@code key: value} lines with plain keys and plain one-line values,
 * {@code key:} followed by {@code - item} lines of plain one-line values, full-line comments and blank
 * lines. It returns exactly what {@link org.runbookgovernance.yaml.SafeYaml#load} would (a
 * {@link LinkedHashMap} of strings and {@link ArrayList}s of strings). Whether a plain scalar stays a
 * string is asked of snakeyaml's own {@link Resolver}; only strings and timestamps (which SafeYaml keeps
 * as strings) are accepted. Anything else — numbers, booleans, nulls, empty values, quotes, flow
 * collections, anchors, tags, block scalars, trailing comments, continued scalars, nested mappings,
 * duplicate keys, tabs, unusual characters, odd indentation — makes it give up, and the caller loads the
 * text with snakeyaml, so errors and their lines stay exactly snakeyaml's.
 */
final class PlainFrontMatter {

    /** Stateless after construction, so one is shared by every thread. */
    private static final Resolver RESOLVER = new Resolver();

    /**
     * The resolver's regular expressions were most of the fast path's cost, and keys, statuses, owners and
     * dates repeat across thousands of runbooks: short scalars' verdicts are remembered, within a bound.
     */
    private static final BoundedMemo<Boolean> REMEMBERED = new BoundedMemo<>(4096, 40);

    /** Far under YamlLimits.SMALL's code point limit, so the fast path never reads what snakeyaml would refuse. */
    private static final int MAX_CHARS = 256 * 1024;

    /** snakeyaml refuses simple keys longer than 1024 characters; real keys are short. */
    private static final int MAX_KEY_CHARS = 128;

    /** Characters that may not start a plain scalar here ('-' may when a non-space follows). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private PlainFrontMatter() {
    }

    /**
     * The front matter lines (between the fences, without line ends) as the mapping snakeyaml would load,
     * or empty when they leave the subset: then load them with SafeYaml.
     */
    static Optional<Map<String, Object>> read(List<String> lines) {
        Map<String, Object> map = new LinkedHashMap<>();
        String pendingKey = null; // a "key:" line waiting for its "- item" lines
        List<String> items = null;
        int itemColumn = -1;
        long chars = 0;
        for (int li = 0, n = lines.size(); li < n; li++) {
            String l = lines.get(li);
            chars += l.length() + 1;
            if (chars > MAX_CHARS || !printable(l)) {
                return Optional.empty();
            }
            int ind = indent(l);
            if (ind == l.length() || l.charAt(ind) == '#') {
                continue; // blank line or full-line comment
            }
            if (pendingKey != null) {
                if (items == null) {
                    if (!isItem(l, ind)) {
                        return Optional.empty(); // "key:" with an empty value, or a nested mapping
                    }
                    items = new ArrayList<>();
                    itemColumn = ind;
                }
                if (ind == itemColumn && isItem(l, ind)) {
                    String item = plain(l, skipSpaces(l, ind + 1));
                    if (item == null) {
                        return Optional.empty();
                    }
                    items.add(item);
                    continue;
                }
                map.put(pendingKey, items);
                pendingKey = null;
                items = null;
            }
            if (ind != 0) {
                return Optional.empty(); // a continued scalar, an indented mapping, a misplaced item
            }
            int colon = keyEnd(l);
            if (colon < 0) {
                return Optional.empty();
            }
            String key = l.substring(0, colon);
            if (!staysString(key) || map.containsKey(key)) {
                return Optional.empty(); // a key that is not a string; a duplicate is snakeyaml's error
            }
            int at = skipSpaces(l, colon + 1);
            if (at == l.length()) {
                pendingKey = key;
                continue;
            }
            String value = plain(l, at);
            if (value == null) {
                return Optional.empty();
            }
            map.put(key, value);
        }
        if (pendingKey != null) {
            if (items == null) {
                return Optional.empty();
            }
            map.put(pendingKey, items);
        }
        return map.isEmpty() ? Optional.empty() : Optional.of(map);
    }

    /**
     * Printable for snakeyaml and no line break of its own: no tab, control character, DEL, C1 control
     * (NEL is a YAML line break), line or paragraph separator, BOM, lone surrogate or non-character.
     */
    private static boolean printable(String l) {
        for (int i = 0, n = l.length(); i < n; i++) {
            char c = l.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(l.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Leading spaces; only ' ' counts, as for YAML (tabs never get here). */
    private static int indent(String l) {
        return skipSpaces(l, 0);
    }

    private static int skipSpaces(String l, int from) {
        int i = from;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "- item" (or a bare "-") at column {@code at}. */
    private static boolean isItem(String l, int at) {
        return l.charAt(at) == '-' && (l.length() == at + 1 || l.charAt(at + 1) == ' ');
    }

    /**
     * The index of the ':' ending a plain key that starts the line: letters, digits, '_' first, then also
     * '-', '.', '/' and inner spaces; the ':' followed by a space or the line end. -1 otherwise.
     */
    private static int keyEnd(String l) {
        int n = Math.min(l.length(), MAX_KEY_CHARS + 1);
        int i = 0;
        while (i < n) {
            char c = l.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && (i == 0 || (c != '-' && c != '.' && c != '/' && c != ' '))) {
                break;
            }
            i++;
        }
        if (i == 0 || i > MAX_KEY_CHARS || i >= l.length() || l.charAt(i) != ':' || l.charAt(i - 1) == ' ') {
            return -1;
        }
        return i + 1 == l.length() || l.charAt(i + 1) == ' ' ? i : -1;
    }

    /**
     * The one-line plain scalar starting at {@code at} and running to the line end (trailing spaces are
     * not part of it), or null when it is empty, would be read differently (an indicator first, a
     * {@code " #"} comment, a {@code ": "} or final ':' making a mapping) or would not stay a string.
     */
    private static String plain(String l, int at) {
        int end = l.length();
        while (end > at && l.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == at) {
            return null; // an empty value is a null
        }
        char c = l.charAt(at);
        if (INDICATORS.indexOf(c) >= 0 && (c != '-' || at + 1 >= end || l.charAt(at + 1) == ' ')) {
            return null;
        }
        String value = l.substring(at, end);
        if (value.indexOf(" #") >= 0 || value.indexOf(": ") >= 0 || value.charAt(value.length() - 1) == ':') {
            return null;
        }
        return staysString(value) ? value : null;
    }

    /** What snakeyaml resolves the plain scalar to: a string, or a timestamp that SafeYaml keeps as text. */
    private static boolean staysString(String plain) {
        return REMEMBERED.get(plain, PlainFrontMatter::resolvesToString);
    }

    private static boolean resolvesToString(String plain) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, plain, true);
        return Tag.STR.equals(tag) || Tag.TIMESTAMP.equals(tag);
    }
}
