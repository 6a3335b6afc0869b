package org.runbookgovernance.alerts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.alerts.RuleFileReader.Mapping;
import org.runbookgovernance.alerts.RuleFileReader.Scalar;
import org.runbookgovernance.alerts.RuleFileReader.Sequence;
import org.runbookgovernance.alerts.RuleFileReader.YNode;
import org.runbookgovernance.model.Alert;

/**
 * The fast path for rule files: a reader of the block-style YAML they are nearly always written in (block
 * mappings and sequences, plain keys, one-line plain and quoted scalars, block scalars skipped unread, comments,
 * {@code ---} between documents). Of each rule it builds only what {@link RuleFileReader#emitRule} reads (the
 * name, the labels, the runbook annotations) and hands it to that method. On anything else (anchors, aliases,
 * tags, flow collections, escapes in what it reads, multi-line scalars, tabs, BOMs, odd indentation) it gives up
 * on the file, and the caller reads it with snakeyaml, so every problem and its message is snakeyaml's.
 */
final class PlainRuleFileReader {

    /** Deeper files are left to snakeyaml, which owns the depth limit and its message. */
    private static final int MAX_DEPTH = 48;
    /** Characters that cannot start a plain scalar here ({@code -}, {@code ?}, {@code :} only sometimes can). */
    private static final String NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";
    /** What may follow a backslash in a double-quoted scalar, as snakeyaml reads it, hexadecimal escapes aside. */
    private static final String ESCAPED = "0abtnvfre \"\\N_LP";
    /** A value no rule reads (checked, never cut out of the text), or a nested one: no scalar to {@code emitRule}. */
    private static final Sequence UNREAD = new Sequence(List.of(), 0, 1);

    /** Thrown, without a stack trace, when the file leaves the subset; any other exception is a bug. */
    private static final RuntimeException GIVE_UP = new RuntimeException("outside the subset", null, false, false) { };

    /** What a mapping is to the rule it is part of, which decides the values that are read. */
    private enum Role { OTHER, RULE, LABELS, ANNOTATIONS }

    private final RuleFileReader rules;
    private final List<String> runbookAnnotations;
    private final List<Alert> alerts = new ArrayList<>();
    /** The keys ("*" for an item) leading to the value being read. */
    private final String[] path = new String[MAX_DEPTH];
    private int depth;
    private String text;
    /** The current line is {@code text[ls, le)} and has number {@code line}; the next starts at {@code next}. */
    private int ls;
    private int le;
    private int next;
    private int line;
    private boolean atEnd;
    /** The indentation of the current line, once {@link #significant} has stopped on it. */
    private int indent;

    PlainRuleFileReader(RuleFileReader rules, List<String> runbookAnnotations) {
        this.rules = rules;
        this.runbookAnnotations = List.copyOf(runbookAnnotations);
    }

    /** The file's alerting rules in file order, or empty when the file is outside the subset: then ask snakeyaml. */
    Optional<List<Alert>> read(byte[] bytes) {
        text = text(bytes);
        try {
            if (text == null) {
                throw GIVE_UP;
            }
            advance();
            while (significant()) {
                if (marker() && le - ls == 3 && text.charAt(ls) == '-') {
                    advance(); // "---" alone; "--- value", "..." and the like give up below
                } else if (indent == 0 && !marker() && keyEnd(ls) >= 0) {
                    mapping(0, Role.OTHER);
                } else {
                    throw GIVE_UP; // only mappings at the left margin are rule files
                }
            }
            return Optional.of(alerts);
        } catch (RuntimeException e) {
            if (e != GIVE_UP) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** The text, or null when it is not UTF-8 or has characters snakeyaml would reject or take as line breaks. */
    private static String text(byte[] bytes) {
        boolean ascii = true; // printable ASCII and line feeds, as nearly every rule file: no decoding
        for (int i = 0; i < bytes.length && ascii; i++) {
            ascii = bytes[i] >= 0x20 && bytes[i] != 0x7F || bytes[i] == '\n';
        }
        String text;
        try {
            text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // snakeyaml's reader reports the encoding
        }
        for (int i = 0, n = ascii ? 0 : text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && c != '\n' && !(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')
                    && (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)) {
                return null;
            }
        }
        return text;
    }

    private void advance() {
        line++;
        atEnd = next >= text.length();
        ls = Math.min(next, text.length());
        int nl = atEnd ? -1 : text.indexOf('\n', ls);
        le = nl < 0 ? text.length() : nl;
        next = le + 1;
        if (le > ls && text.charAt(le - 1) == '\r') {
            le--;
        }
    }

    /** The first offset at or after {@code from} on the current line that is not a space, or its end. */
    private int spaces(int from) {
        int i = from;
        while (i < le && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Makes the next line that is not blank or a comment current, with its {@link #indent}; false at the end. */
    private boolean significant() {
        for (; !atEnd; advance()) {
            int i = spaces(ls);
            if (i < le && text.charAt(i) != '#') {
                indent = i - ls;
                return true;
            }
        }
        return false;
    }

    /** Whether the current line starts with {@code ---} or {@code ...}, a document marker. */
    private boolean marker() {
        return indent == 0 && (text.startsWith("---", ls) || text.startsWith("...", ls))
                && (le - ls == 3 || text.charAt(ls + 3) == ' ');
    }

    /** Whether the current line has a "-" item indicator at offset {@code at}. */
    private boolean isDash(int at) {
        return at < le && text.charAt(at) == '-' && (at + 1 == le || text.charAt(at + 1) == ' ');
    }

    /** The offset of the ':' ending a plain key ([A-Za-z0-9_./-], not starting with '-') at {@code at}, or -1. */
    private int keyEnd(int at) {
        int i = at;
        for (char c; i < le && ((c = text.charAt(i)) >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '.' || c == '/' || c == '-' && i > at); i++) {
            // a key character
        }
        return i > at && i < le && text.charAt(i) == ':' && (i + 1 == le || text.charAt(i + 1) == ' ') ? i : -1;
    }

    /** The block mapping with its keys at column {@code col}, from the current line; what a rule reads of it, or null. */
    private Mapping mapping(int col, Role role) {
        boolean rule = RuleFileReader.isRule(path, depth);
        Role self = rule ? Role.RULE : role;
        Map<String, YNode> read = self == Role.OTHER ? null : new LinkedHashMap<>();
        int first = line;
        do {
            int colon = keyEnd(ls + col);
            if (colon < 0 || indent > col || depth == MAX_DEPTH) {
                throw GIVE_UP;
            }
            String key = text.substring(ls + col, colon);
            Role child = self != Role.RULE ? Role.OTHER : key.equals("labels") ? Role.LABELS
                    : key.equals("annotations") ? Role.ANNOTATIONS : Role.OTHER;
            boolean want = self == Role.LABELS || self == Role.RULE && key.equals("alert")
                    || self == Role.ANNOTATIONS && runbookAnnotations.contains(key);
            path[depth++] = key;
            YNode value = value(colon + 1, col, true, child, want);
            depth--;
            if (read != null && (self != Role.ANNOTATIONS || want)) {
                read.put(key, value);
            }
        } while (significant() && indent >= col && !marker());
        Mapping m = read == null ? null : new Mapping(read, first, 1);
        if (rule) {
            rules.emitRule(m, alerts::add);
        }
        return m;
    }

    /** A block sequence whose "-" stand at column {@code col}; the current line is its first item. */
    private YNode sequence(int col) {
        do {
            int c = spaces(ls + col + 1);
            if (c == le || text.charAt(c) == '#' || isDash(c) || indent > col || depth == MAX_DEPTH) {
                throw GIVE_UP; // an item on the following lines, an empty one, "- - x", a deeper line
            }
            path[depth++] = "*";
            if (keyEnd(c) >= 0) {
                mapping(c - ls, Role.OTHER);
            } else {
                value(c, col, false, Role.OTHER, false);
            }
            depth--;
            // A line at the column without a dash: the mapping holding the sequence goes on.
        } while (significant() && indent >= col && (indent > col || isDash(ls + col)));
        return UNREAD;
    }

    /** The value from {@code from} after the key or dash at column {@code col}, its text when {@code want}; consumed. */
    private YNode value(int from, int col, boolean ofKey, Role role, boolean want) {
        int p = spaces(from);
        int at = line;
        if (p == le || text.charAt(p) == '#') {
            advance();
            if (significant() && (indent > col || indent == col && ofKey && isDash(ls + col))) {
                if (isDash(ls + indent)) {
                    return sequence(indent);
                }
                if (keyEnd(ls + indent) < 0) {
                    throw GIVE_UP; // a scalar on the next line
                }
                Mapping m = mapping(indent, role);
                return m == null ? UNREAD : m;
            }
            return want ? new Scalar("", at) : UNREAD;
        }
        char c = text.charAt(p);
        int end;
        if (c == '|' || c == '>') {
            if (want || !ofKey) {
                throw GIVE_UP;
            }
            skipBlock(p + 1, col);
            return UNREAD;
        } else if (c == '"' || c == '\'') {
            end = quotedEnd(c, p + 1, want);
            int t = spaces(end + 1);
            if (t < le && (t == end + 1 || text.charAt(t) != '#')) {
                throw GIVE_UP; // text after the closing quote
            }
        } else {
            end = plainEnd(p);
        }
        String value = !want ? null : c == '\'' ? text.substring(p + 1, end).replace("''", "'")
                : text.substring(c == '"' ? p + 1 : p, end);
        advance();
        if (significant() && indent > col) {
            throw GIVE_UP; // a continued scalar, or text snakeyaml would reject
        }
        return want ? new Scalar(value, at) : UNREAD;
    }

    /** The closing quote of a one-line quoted scalar from {@code start}; escapes only where the text is not read. */
    private int quotedEnd(char quote, int start, boolean want) {
        for (int i = start; i < le; i++) {
            char c = text.charAt(i);
            if (c == quote && quote == '\'' && i + 1 < le && text.charAt(i + 1) == '\'') {
                i++; // a quote written twice
            } else if (c == quote) {
                return i;
            } else if (c == '\\' && quote == '"' && (want || i + 1 == le || ESCAPED.indexOf(text.charAt(++i)) < 0)) {
                throw GIVE_UP;
            }
        }
        throw GIVE_UP; // text on the following lines
    }

    /** The end of a one-line plain scalar starting at {@code p}: before a comment and trailing spaces. */
    private int plainEnd(int p) {
        if (NOT_PLAIN_START.indexOf(text.charAt(p)) >= 0) {
            throw GIVE_UP;
        }
        int end = le;
        for (int i = p + 1; i < le && end == le; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == le || text.charAt(i + 1) == ' ')) {
                throw GIVE_UP; // "a: b" in a value, or a trailing ':'
            }
            end = c == '#' && text.charAt(i - 1) == ' ' ? i : le;
        }
        while (text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** Checks a block scalar's header from {@code at} ("|", "|-", ">+", then a comment at most) and skips its lines. */
    private void skipBlock(int at, int col) {
        int i = at < le && (text.charAt(at) == '-' || text.charAt(at) == '+') ? at + 1 : at;
        int j = spaces(i);
        if (j < le && (j == i || text.charAt(j) != '#')) {
            throw GIVE_UP; // explicit indentation, or text after the header
        }
        int lead = 0;
        int content = -1;
        for (advance(); !atEnd; advance()) {
            int n = spaces(ls) - ls;
            if (ls + n == le) {
                lead = content < 0 ? Math.max(lead, n) : lead;
            } else if (content < 0 && n <= col || content >= 0 && n < content) {
                return;
            } else if (content < 0) {
                if (lead > n) {
                    throw GIVE_UP; // leading blank lines deeper than the text: snakeyaml rejects them
                }
                content = n;
            }
        }
    }
}
