package org.runbookgovernance.alerts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.runbookgovernance.model.Alert;

/**
 * The fast path for rule files: a reader of the block-style YAML they are nearly always written in (block
 * mappings and sequences, plain keys, one-line plain and quoted scalars, block scalars skipped unread, comments,
 * {@code ---} between documents). Of each rule it keeps what {@link RuleFileReader#emitRule} reads (the name,
 * labels, runbook annotations) in fields reused from rule to rule and hands it to {@link RuleFileReader#emitAlert}
 * as that method does. On anything else (anchors, aliases, tags, flow collections, escapes in what it reads,
 * multi-line scalars, tabs, BOMs, odd indentation) it gives up on the file, and the caller reads it with
 * snakeyaml, so every problem and its message is snakeyaml's.
 */
final class PlainRuleFileReader {

    /** Deeper files are left to snakeyaml, which owns the depth limit and its message. */
    private static final int MAX_DEPTH = 48;
    /** Characters that cannot start a plain scalar here ({@code -}, {@code ?}, {@code :} only sometimes can). */
    private static final String NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";
    /** What may follow a backslash in a double-quoted scalar, as snakeyaml reads it, hexadecimal escapes aside. */
    private static final String ESCAPED = "0abtnvfre \"\\N_LP";
    /** Keys {@link RuleFileReader#isRule} or a rule looks for; any other key stands in the path as "". */
    private static final String[] KEYS = {"groups", "rules", "spec", "items", "alert", "labels", "annotations"};

    /** Thrown, without a stack trace, when the file leaves the subset; any other exception is a bug. */
    private static final RuntimeException GIVE_UP = new RuntimeException("outside the subset", null, false, false) { };

    /** What a mapping is to the rule it is part of, which decides the values that are read. */
    private enum Role { OTHER, RULE, LABELS, ANNOTATIONS }

    private final RuleFileReader rules;
    private final String[] runbookAnnotations;
    private final List<Alert> alerts = new ArrayList<>();
    private final Consumer<Alert> sink = alerts::add;
    /** The rule being read: its name (null when none, or nested), its line, its labels, its runbook annotations. */
    private String name;
    private int nameLine;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String[] references;
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
        this.runbookAnnotations = runbookAnnotations.toArray(new String[0]);
        this.references = new String[this.runbookAnnotations.length];
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

    /** The block mapping with its keys at column {@code col}, from the current line; a rule is handed over. */
    private void mapping(int col, Role role) {
        boolean rule = RuleFileReader.isRule(path, depth);
        Role self = rule ? Role.RULE : role;
        do {
            int at = ls + col;
            int colon = keyEnd(at);
            if (colon < 0 || indent > col || depth == MAX_DEPTH) {
                throw GIVE_UP;
            }
            int known = self == Role.LABELS ? -1 : indexOf(KEYS, at, colon);
            String key = self == Role.LABELS ? rules.shared().text(text, at, colon) : known < 0 ? "" : KEYS[known];
            Role child = self != Role.RULE ? Role.OTHER : key.equals("labels") ? Role.LABELS
                    : key.equals("annotations") ? Role.ANNOTATIONS : Role.OTHER;
            int reference = self == Role.ANNOTATIONS ? indexOf(runbookAnnotations, at, colon) : -1;
            boolean alert = self == Role.RULE && key.equals("alert");
            if (child == Role.LABELS) {
                labels.clear(); // a key written twice: the last one counts, as in snakeyaml's mapping
            } else if (child == Role.ANNOTATIONS) {
                Arrays.fill(references, null);
            }
            int keyLine = line;
            path[depth++] = key;
            String value = value(colon + 1, col, true, child, alert || reference >= 0 || self == Role.LABELS,
                    self == Role.LABELS);
            depth--;
            if (self == Role.LABELS && value != null) {
                labels.put(key, value);
            } else if (self == Role.LABELS) {
                labels.remove(key); // a nested value, which no rule reads
            } else if (alert) {
                name = value;
                nameLine = keyLine;
            } else if (reference >= 0) {
                references[reference] = value;
            }
        } while (significant() && indent >= col && !marker());
        if (rule) {
            rules.emitAlert(name, nameLine, labels, references, sink);
            name = null; // what the next rule does not write is not there
            labels.clear();
            Arrays.fill(references, null);
        }
    }

    /** The index in {@code keys} of the first equal to {@code text[from, to)}, or -1. */
    private int indexOf(String[] keys, int from, int to) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].length() == to - from && text.startsWith(keys[i], from)) {
                return i;
            }
        }
        return -1;
    }

    /** A block sequence whose "-" stand at column {@code col}; the current line is its first item. */
    private void sequence(int col) {
        do {
            int c = spaces(ls + col + 1);
            if (c == le || text.charAt(c) == '#' || isDash(c) || indent > col || depth == MAX_DEPTH) {
                throw GIVE_UP; // an item on the following lines, an empty one, "- - x", a deeper line
            }
            path[depth++] = "*";
            if (keyEnd(c) >= 0) {
                mapping(c - ls, Role.OTHER);
            } else {
                value(c, col, false, Role.OTHER, false, false);
            }
            depth--;
            // A line at the column without a dash: the mapping holding the sequence goes on.
        } while (significant() && indent >= col && (indent > col || isDash(ls + col)));
    }

    /**
     * The value from {@code from} after the key or dash at column {@code col}, consumed: its text when {@code want}
     * and it is a scalar, {@linkplain SharedAlertParts shared} when {@code label}; else null.
     */
    private String value(int from, int col, boolean ofKey, Role role, boolean want, boolean label) {
        int p = spaces(from);
        if (p == le || text.charAt(p) == '#') {
            advance();
            if (significant() && (indent > col || indent == col && ofKey && isDash(ls + col))) {
                if (isDash(ls + indent)) {
                    sequence(indent);
                } else if (keyEnd(ls + indent) >= 0) {
                    mapping(indent, role);
                } else {
                    throw GIVE_UP; // a scalar on the next line
                }
                return null;
            }
            return want ? "" : null;
        }
        char c = text.charAt(p);
        int end;
        if (c == '|' || c == '>') {
            if (want || !ofKey) {
                throw GIVE_UP;
            }
            skipBlock(p + 1, col);
            return null;
        } else if (c == '"' || c == '\'') {
            end = quotedEnd(c, p + 1, want);
            int t = spaces(end + 1);
            if (t < le && (t == end + 1 || text.charAt(t) != '#')) {
                throw GIVE_UP; // text after the closing quote
            }
        } else {
            end = plainEnd(p);
        }
        int start = c == '"' || c == '\'' ? p + 1 : p;
        boolean twice = c == '\'' && text.indexOf('\'', start) < end; // a quote before the closing one
        String value = !want ? null : twice ? text.substring(start, end).replace("''", "'")
                : label ? rules.shared().text(text, start, end) : text.substring(start, end);
        advance();
        if (significant() && indent > col) {
            throw GIVE_UP; // a continued scalar, or text snakeyaml would reject
        }
        return label && twice ? rules.shared().text(value) : value;
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
