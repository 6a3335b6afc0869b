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
 * mappings and sequences, plain keys, one-line plain scalars and quoted ones without escapes, block scalars
 * skipped unread, comments, {@code ---} between documents). Of each rule it builds only what
 * {@link RuleFileReader#emitRule} reads (the name, the labels, the runbook annotations) and hands it to that
 * method. On anything else (anchors, aliases, tags, flow collections, escapes, multi-line plain or quoted
 * scalars, tabs, BOMs, odd indentation) it gives up on the whole file, and the caller reads it with snakeyaml,
 * so every problem and its message is snakeyaml's.
 */
final class PlainRuleFileReader {

    /** Deeper files are left to snakeyaml, which owns the depth limit and its message. */
    private static final int MAX_DEPTH = 48;

    /** Characters that cannot start a plain scalar here ({@code -}, {@code ?}, {@code :} only sometimes can). */
    private static final String NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";

    /** A value no rule reads: checked, never cut out of the text. */
    private static final Scalar SKIPPED = new Scalar("", 0);

    /** A nested mapping or sequence no rule reads. */
    private static final Sequence COLLECTION = new Sequence(List.of(), 0, 1);

    /** Thrown, without a stack trace, when the file leaves the subset. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** What a mapping is to the rule it is part of, which decides the values that are read. */
    private enum Role { OTHER, RULE, LABELS, ANNOTATIONS }

    private final RuleFileReader rules;
    private final List<String> runbookAnnotations;
    private final List<Alert> alerts = new ArrayList<>();
    /** The keys ("*" for an item) leading to the collection being read. */
    private final String[] path = new String[MAX_DEPTH + 1];
    private int depth;
    private String text;
    /** The current line is {@code text[ls, le)}, the next starts at {@code next}; its number, from 1. */
    private int ls;
    private int le;
    private int next;
    private int line;
    private boolean atEnd;
    /** The indentation of the current line, once {@link #significant} has stopped on it. */
    private int indent;
    /**
     * Per character looked for ('#', ':'), the last search: none in {@code text[searchedFrom, foundAt)}. A value
     * searches on past its line, so without this a file with few of them would be searched to its end per line.
     */
    private final int[] searchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] foundAt = new int[2];

    PlainRuleFileReader(RuleFileReader rules, List<String> runbookAnnotations) {
        this.rules = rules;
        this.runbookAnnotations = List.copyOf(runbookAnnotations);
    }

    /** The file's alerting rules in file order, or empty when the file is outside the subset: then ask snakeyaml. */
    Optional<List<Alert>> read(byte[] bytes) {
        text = plainAscii(bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : utf8Text(bytes);
        if (text == null) {
            return Optional.empty();
        }
        try {
            advance();
            while (significant()) {
                if (marker()) {
                    if (le - ls != 3 || text.charAt(ls) != '-') {
                        throw GIVE_UP; // "--- value", "...", "---" with a comment
                    }
                    advance();
                } else if (indent == 0 && keyEnd(ls) >= 0) {
                    mapping(0, Role.OTHER);
                } else {
                    throw GIVE_UP; // only mappings at the left margin are rule files
                }
            }
            return Optional.of(alerts);
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /** True when every byte is printable ASCII or a line feed, the text of nearly every rule file. */
    private static boolean plainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 && b != '\n' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The text, or null when it is not UTF-8 or has characters snakeyaml would reject or take as line breaks. */
    private static String utf8Text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // snakeyaml's reader reports the encoding
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && c != '\n' && !(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')
                    && (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)) {
                return null;
            }
        }
        return text;
    }

    // ---- lines ----

    private void advance() {
        line++;
        if (next >= text.length()) {
            atEnd = true;
            ls = le = text.length();
            return;
        }
        ls = next;
        int nl = text.indexOf('\n', ls);
        le = nl < 0 ? text.length() : nl;
        next = le + 1;
        if (le > ls && text.charAt(le - 1) == '\r') {
            le--;
        }
    }

    /** Makes the next line that is not blank or a comment current, with its {@link #indent}; false at the end. */
    private boolean significant() {
        for (; !atEnd; advance()) {
            int i = ls;
            while (i < le && text.charAt(i) == ' ') {
                i++;
            }
            if (i < le && text.charAt(i) != '#') {
                indent = i - ls;
                return true;
            }
        }
        return false;
    }

    /** Whether the current line starts with a document marker ({@code ---} or {@code ...}). */
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

    /** The first {@code c} ('#' or ':') at or after {@code from}, or the text's length. */
    private int find(char c, int from) {
        int k = c == '#' ? 0 : 1;
        if (from < searchedFrom[k] || from > foundAt[k]) {
            int at = text.indexOf(c, from);
            foundAt[k] = at < 0 ? text.length() : at;
            searchedFrom[k] = from;
        }
        return foundAt[k];
    }

    // ---- structure ----

    /**
     * A block mapping whose keys stand at column {@code col}; the current line holds its first key there. Returns
     * what a rule reads of it when {@code role} or its place makes it part of a rule, else null.
     */
    private Mapping mapping(int col, Role role) throws GiveUp {
        if (depth >= MAX_DEPTH) {
            throw GIVE_UP;
        }
        boolean rule = RuleFileReader.isRule(path, depth);
        Role self = rule ? Role.RULE : role;
        Map<String, YNode> read = self == Role.OTHER ? null : new LinkedHashMap<>();
        int first = line;
        while (true) {
            int colon = keyEnd(ls + col);
            if (colon < 0) {
                throw GIVE_UP;
            }
            String key = text.substring(ls + col, colon);
            Role child = self == Role.RULE && key.equals("labels") ? Role.LABELS
                    : self == Role.RULE && key.equals("annotations") ? Role.ANNOTATIONS : Role.OTHER;
            boolean want = self == Role.LABELS || self == Role.RULE && key.equals("alert")
                    || self == Role.ANNOTATIONS && runbookAnnotations.contains(key);
            path[depth++] = key;
            YNode value = value(colon + 1, col, true, child, want);
            depth--;
            if (read != null && (self != Role.ANNOTATIONS || want)) {
                read.put(key, value);
            }
            if (!significant() || indent < col || marker()) {
                break;
            }
            if (indent > col) {
                throw GIVE_UP;
            }
        }
        Mapping m = read == null ? null : new Mapping(read, first, 1);
        if (rule) {
            rules.emitRule(m, alerts::add);
        }
        return m;
    }

    /** A block sequence whose "-" stand at column {@code col}; the current line is its first item. */
    private YNode sequence(int col) throws GiveUp {
        if (depth >= MAX_DEPTH) {
            throw GIVE_UP;
        }
        while (true) {
            int c = ls + col + 1;
            while (c < le && text.charAt(c) == ' ') {
                c++;
            }
            if (c == le || text.charAt(c) == '#' || isDash(c)) {
                throw GIVE_UP; // an item on the following lines, an empty one, "- - x"
            }
            path[depth++] = "*";
            if (keyEnd(c) >= 0) {
                mapping(c - ls, Role.OTHER);
            } else {
                value(ls + col + 1, col, false, Role.OTHER, false);
            }
            depth--;
            if (!significant() || indent < col) {
                return COLLECTION;
            }
            if (indent > col) {
                throw GIVE_UP;
            }
            if (!isDash(ls + col)) {
                return COLLECTION; // the mapping holding the sequence goes on at the same column
            }
        }
    }

    /**
     * The value after a key's ':' or an item's '-' at offset {@code from} of the current line, {@code col} being the
     * key's or the dash's column; its text only when {@code want}. Leaves the line after it current.
     */
    private YNode value(int from, int col, boolean ofKey, Role role, boolean want) throws GiveUp {
        int p = from;
        while (p < le && text.charAt(p) == ' ') {
            p++;
        }
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
                return m == null ? COLLECTION : m;
            }
            return want ? new Scalar("", at) : SKIPPED;
        }
        char c = text.charAt(p);
        int start = p;
        int end;
        if (c == '|' || c == '>') {
            if (want || !ofKey) {
                throw GIVE_UP;
            }
            skipBlock(p + 1, col);
            return SKIPPED;
        } else if (c == '"' || c == '\'') {
            start = p + 1;
            end = quotedEnd(c, start, want);
            int t = end + 1;
            while (t < le && text.charAt(t) == ' ') {
                t++;
            }
            if (t < le && (t == end + 1 || text.charAt(t) != '#')) {
                throw GIVE_UP;
            }
        } else {
            end = plainEnd(p);
        }
        String value = !want ? null : c == '\'' ? text.substring(start, end).replace("''", "'") : text.substring(start, end);
        advance();
        if (significant() && indent > col) {
            throw GIVE_UP; // a continued scalar, or text snakeyaml would reject
        }
        return want ? new Scalar(value, at) : SKIPPED;
    }

    /**
     * The closing quote of a one-line quoted scalar whose text starts at {@code start}. Escapes are checked in
     * a value that is not read, and make the reader give up in one that is.
     */
    private int quotedEnd(char quote, int start, boolean want) throws GiveUp {
        for (int i = start; i < le; i++) {
            char c = text.charAt(i);
            if (c == quote && quote == '\'' && i + 1 < le && text.charAt(i + 1) == '\'') {
                i++; // a quote written twice
            } else if (c == quote) {
                return i;
            } else if (c == '\\' && quote == '"' && (want || i + 1 == le || "0abtnvfre \"\\N_LP".indexOf(text.charAt(++i)) < 0)) {
                throw GIVE_UP; // an escape to decode, in hexadecimal, or of the line break
            }
        }
        throw GIVE_UP; // text on the following lines
    }

    /** The end of a one-line plain scalar starting at {@code p}: before a comment and trailing spaces. */
    private int plainEnd(int p) throws GiveUp {
        if (NOT_PLAIN_START.indexOf(text.charAt(p)) >= 0) {
            throw GIVE_UP;
        }
        int end = le;
        for (int h = find('#', p); h < le; h = find('#', h + 1)) {
            if (text.charAt(h - 1) == ' ') {
                end = h;
                break;
            }
        }
        for (int colon = find(':', p); colon < end; colon = find(':', colon + 1)) {
            if (colon + 1 == le || text.charAt(colon + 1) == ' ') {
                throw GIVE_UP; // "a: b" in a value, or a trailing ':'
            }
        }
        while (text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** Checks a block scalar's header from {@code at} ("|", "|-", ">+", then a comment at most) and skips its lines. */
    private void skipBlock(int at, int col) throws GiveUp {
        int i = at < le && (text.charAt(at) == '-' || text.charAt(at) == '+') ? at + 1 : at;
        int j = i;
        while (j < le && text.charAt(j) == ' ') {
            j++;
        }
        if (j < le && (j == i || text.charAt(j) != '#')) {
            throw GIVE_UP; // explicit indentation, or text after the header
        }
        int lead = 0;
        int content = -1;
        for (advance(); !atEnd; advance()) {
            int k = ls;
            while (k < le && text.charAt(k) == ' ') {
                k++;
            }
            int n = k - ls;
            if (k == le) {
                lead = content < 0 ? Math.max(lead, n) : lead;
            } else if (content < 0) {
                if (n <= col) {
                    return;
                }
                if (lead > n) {
                    throw GIVE_UP;
                }
                content = n;
            } else if (n < content) {
                return;
            }
        }
    }
}
