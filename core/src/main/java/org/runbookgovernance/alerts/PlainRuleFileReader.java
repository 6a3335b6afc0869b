package org.runbookgovernance.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
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
 * The fast path for rule files: a line-by-line reader for the block-style YAML that rule files are
 * nearly always written in (keys, {@code - } items, one-line plain or quoted scalars, skipped block
 * scalars, comments, {@code ---} documents). It builds the same rule mappings the event-stream reader
 * builds and hands them to the same {@link RuleFileReader#emitRule}. Anything it cannot be sure of
 * (anchors, aliases, tags, flow collections, multi-line scalars, tabs, duplicate keys, odd indentation,
 * directives, undecodable text) makes it give up, and the caller reads the file with snakeyaml, so
 * problems and limits stay exactly those of {@link RuleFileReader}.
 */
final class PlainRuleFileReader {

    /** Deeper files are read by snakeyaml, which owns the depth limit and its message. */
    private static final int MAX_DEPTH = 48;

    /** Well under the code point limit snakeyaml enforces, so the fast path never reads what it would refuse. */
    private static final long MAX_CHARS = 128L << 20;

    /** Stands for a block scalar the fast path skipped without reading its text. */
    private static final Scalar UNREAD = new Scalar("\u0000unread", 0);

    /**
     * Stands for a one-line scalar that was checked but not cut out of its line: no rule reads it (a rule's
     * {@code expr}, {@code for}, summary, group names). Only the alert name, labels and the runbook
     * annotations are read, see {@link RuleFileReader#emitRule}.
     */
    private static final Scalar SKIPPED = new Scalar("\u0000skipped", 0);

    /** What a mapping is to the rule it is part of, deciding which of its values are read. */
    private static final int OTHER = 0;
    private static final int LABELS = 1;
    private static final int ANNOTATIONS = 2;

    /** Thrown, without a stack trace, when the file leaves the subset. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final RuleFileReader rules;
    private final List<String> runbookAnnotations;
    private final List<String> path = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    /** Made once, not per rule. */
    private final java.util.function.Consumer<Alert> sink = alerts::add;
    /** The keys of every mapping being read, innermost last: one list for duplicate checks, not one per mapping. */
    private final List<String> openKeys = new ArrayList<>();
    private BufferedReader in;
    /** The whole file, when it was read at once as plain ASCII; else null and lines come from {@code in}. */
    private String text;
    private int textAt;
    /** False when the whole text has no tab, so no line needs looking for one. */
    private boolean textHasTab = true;
    private String raw;
    private int rawNo;
    private long chars;

    PlainRuleFileReader(RuleFileReader rules, List<String> runbookAnnotations) {
        this.rules = rules;
        this.runbookAnnotations = List.copyOf(runbookAnnotations);
    }

    /**
     * The file's alerting rules in file order, or empty when the file is outside the subset (including
     * text that is not UTF-8): then read it with {@link RuleFileReader}. Reads {@code reader} to the end
     * or until it gives up; the caller closes it.
     */
    Optional<List<Alert>> read(Reader reader) throws IOException {
        in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        try {
            nextRaw();
            if (raw != null && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                raw = raw.substring(1);
            }
            readStream();
            return Optional.of(alerts);
        } catch (GiveUp | java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * As {@link #read(Reader)}, for a whole file already in memory whose bytes are all printable ASCII, tabs
     * and line feeds ({@link #isPlainAscii}): lines are cut with {@code indexOf}, and no character needs the
     * per-line check, so a large generated file costs a fraction of the decoding reader.
     */
    Optional<List<Alert>> read(String plainAscii) throws IOException {
        return read(plainAscii, plainAscii.indexOf('\t') >= 0);
    }

    /** As {@link #read(String)}, told whether the text has a tab ({@link #asciiShape} found out already). */
    Optional<List<Alert>> read(String plainAscii, boolean hasTab) throws IOException {
        text = plainAscii;
        textHasTab = hasTab;
        try {
            nextRaw();
            readStream();
            return Optional.of(alerts);
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /** True when every byte is printable ASCII, a tab or a line feed: no decoding, no carriage returns. */
    static boolean isPlainAscii(byte[] bytes) {
        return asciiShape(bytes) != NOT_PLAIN;
    }

    static final int NOT_PLAIN = 0;
    static final int PLAIN = 1;
    static final int PLAIN_WITH_TABS = 2;

    /** {@link #isPlainAscii}, and whether there is a tab, in one pass over the bytes. */
    static int asciiShape(byte[] bytes) {
        boolean tabs = false;
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7F) { // also every byte >= 0x80, negative as a Java byte
                if (b == '\t') {
                    tabs = true;
                } else if (b != '\n') {
                    return NOT_PLAIN;
                }
            }
        }
        return tabs ? PLAIN_WITH_TABS : PLAIN;
    }

    // ---- lines ----

    private void nextRaw() throws IOException, GiveUp {
        if (text != null) {
            nextLineOfText();
            return;
        }
        raw = in.readLine();
        rawNo++;
        if (raw == null) {
            return;
        }
        chars += raw.length() + 1;
        if (chars > MAX_CHARS) {
            throw GIVE_UP;
        }
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            // Control characters, NEL and the Unicode line separators, BOMs inside the text, non-characters.
            if (c == '\t' || (c >= 0xA0 && c != 0x2028 && c != 0x2029 && (c != 0xFEFF || rawNo == 1 && i == 0) && c != 0xFFFE && c != 0xFFFF)) {
                continue;
            }
            throw GIVE_UP;
        }
    }

    /** As {@code BufferedReader.readLine} on text with line feeds only; the text was checked as a whole. */
    private void nextLineOfText() throws GiveUp {
        rawNo++;
        if (textAt >= text.length()) {
            raw = null;
            return;
        }
        int end = text.indexOf('\n', textAt);
        if (end < 0) {
            end = text.length();
        }
        raw = text.substring(textAt, end);
        textAt = end + 1;
        chars += raw.length() + 1;
        if (chars > MAX_CHARS) {
            throw GIVE_UP;
        }
    }

    /** The next line that is not blank or a comment, left in {@code raw}; null at the end. */
    private String significant() throws IOException, GiveUp {
        while (raw != null) {
            if (textHasTab && raw.indexOf('\t') >= 0) {
                throw GIVE_UP; // tabs around structure: snakeyaml's rules for them are subtle
            }
            int i = indent(raw);
            if (i == raw.length() || raw.charAt(i) == '#') {
                nextRaw();
                continue;
            }
            significantLine = raw;
            significantIndent = i;
            return raw;
        }
        return null;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The last line {@link #significant} returned, and its indentation, so it is not counted again. */
    private String significantLine;
    private int significantIndent;

    /** The indentation of a significant line; -1 for a document marker, which closes every collection. */
    private int structuralIndent(String s) throws GiveUp {
        char first = s.charAt(0); // significant lines are never empty
        if (first != '-' && first != '.' && first != '%') {
            return s == significantLine ? significantIndent : indent(s);
        }
        if (s.startsWith("---") || s.startsWith("...") || s.startsWith("%")) {
            if (s.startsWith("---") && s.substring(3).isBlank()) {
                return -1;
            }
            if (s.startsWith("---") && s.length() > 3 && s.charAt(3) != ' ') {
                return 0; // "----x": plain text, rejected where it stands
            }
            throw GIVE_UP; // "--- value", "...", directives
        }
        return indent(s);
    }

    // ---- structure ----

    private void readStream() throws IOException, GiveUp {
        while (true) {
            String s = significant();
            if (s == null) {
                return;
            }
            int ind = structuralIndent(s);
            if (ind == -1) {
                nextRaw();
                continue;
            }
            if (ind != 0 || keyEnd(s, 0) < 0) {
                throw GIVE_UP; // only mappings at the left margin are rule files
            }
            readMapping(0, 0, false, OTHER);
            String after = significant();
            if (after != null && structuralIndent(after) != -1) {
                throw GIVE_UP;
            }
        }
    }

    private static boolean isSequenceLine(String s, int at) {
        return s.length() > at && s.charAt(at) == '-' && (s.length() == at + 1 || s.charAt(at + 1) == ' ');
    }

    /** Letters, digits, '_', '.', '/' and '-' (not first): the characters of a plain key the fast path reads. */
    private static final boolean[] KEY_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            KEY_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '/' || c == '-';
        }
    }

    /** The index of the ':' ending a plain key at {@code at}, or -1 when the line has no such key there. */
    private static int keyEnd(String s, int at) {
        int i = at;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || !KEY_CHAR[c] || (c == '-' && i == at)) {
                break;
            }
            i++;
        }
        if (i == at || i >= n || s.charAt(i) != ':' || (i + 1 < n && s.charAt(i + 1) != ' ')) {
            return -1;
        }
        return i;
    }

    /**
     * A block mapping whose keys stand at column {@code n}; the current line holds its first key at
     * {@code n} (after a "- " when {@code inItem}). Returns the mapping when it is (part of) a rule.
     */
    private Mapping readMapping(int n, int firstAt, boolean inItem, int role) throws IOException, GiveUp {
        if (path.size() > MAX_DEPTH) {
            throw GIVE_UP;
        }
        // Most mappings are not rules: look at the last key before the full path comparison.
        boolean rule = path.size() >= 4 && path.get(path.size() - 1).equals("*") && RuleFileReader.isRule(path);
        boolean build = rule || building;
        boolean outer = building;
        building = build;
        // Rule mappings keep three entries (alert, labels, annotations), labels and annotations fewer.
        Map<String, YNode> entries = build ? new LinkedHashMap<>(4) : null;
        int keysFrom = openKeys.size();
        int line = rawNo;
        boolean first = true;
        while (true) {
            String s = significant();
            int at;
            if (first) {
                at = firstAt;
            } else {
                if (!continuesAt(s, n) || isSequenceLine(s, n)) {
                    break; // a sequence line: the parent decides whether an item may stand here
                }
                at = n;
            }
            first = false;
            int colon = keyEnd(s, at);
            if (colon < 0) {
                throw GIVE_UP;
            }
            String key = key(s, at, colon);
            for (int k = keysFrom, size = openKeys.size(); k < size; k++) {
                if (openKeys.get(k).equals(key)) {
                    throw GIVE_UP; // duplicate keys: leave the verdict to snakeyaml
                }
            }
            openKeys.add(key);
            path.add(key);
            int childRole = OTHER;
            boolean want;
            if (rule) {
                want = key.equals("alert");
                childRole = key.equals("labels") ? LABELS : key.equals("annotations") ? ANNOTATIONS : OTHER;
            } else if (role == ANNOTATIONS) {
                want = runbookAnnotations.contains(key);
            } else {
                want = build; // labels, and (to be safe) any other mapping inside a rule
            }
            YNode value = readValue(s, colon + 1, n, true, childRole, want);
            path.remove(path.size() - 1);
            if (build && value != SKIPPED) {
                entries.put(key, value); // a skipped value is never looked up: leaving it out saves a map entry
            }
        }
        while (openKeys.size() > keysFrom) {
            openKeys.remove(openKeys.size() - 1);
        }
        building = outer;
        if (!build) {
            return null;
        }
        Mapping m = new Mapping(entries, line, 1);
        if (rule) {
            checkRead(m);
            rules.emitRule(m, sink);
            return null;
        }
        return m;
    }

    private boolean building;

    /** Keys met so far: rule files repeat a dozen keys on every rule, so most keys are found here, not cut out. */
    private final String[] knownKeys = new String[64];
    private int knownKeyCount;

    /** The key {@code s[at, end)}, the same instance for every line that writes it. */
    private String key(String s, int at, int end) {
        int len = end - at;
        for (int k = 0; k < knownKeyCount; k++) {
            String known = knownKeys[k];
            if (known.length() == len && s.startsWith(known, at)) {
                return known;
            }
        }
        String key = s.substring(at, end);
        if (knownKeyCount < knownKeys.length) {
            knownKeys[knownKeyCount++] = key;
        }
        return key;
    }

    /** A rule whose name, labels or runbook annotation sit in a skipped block scalar is left to snakeyaml. */
    private void checkRead(Mapping rule) throws GiveUp {
        if (rule.entries().get("alert") == UNREAD) {
            throw GIVE_UP;
        }
        if (rule.entries().get("labels") instanceof Mapping labels && labels.entries().containsValue(UNREAD)) {
            throw GIVE_UP;
        }
        if (rule.entries().get("annotations") instanceof Mapping annotations) {
            for (String key : runbookAnnotations) {
                if (annotations.entries().get(key) == UNREAD) {
                    throw GIVE_UP;
                }
            }
        }
    }

    /**
     * Whether the significant line {@code s} (null at the end) stands at column {@code n}, so the block there
     * goes on; a shallower line ends it, a deeper one is left to snakeyaml.
     */
    private boolean continuesAt(String s, int n) throws GiveUp {
        if (s == null) {
            return false;
        }
        int ind = structuralIndent(s);
        if (ind > n) {
            throw GIVE_UP;
        }
        return ind == n;
    }

    /** A block sequence whose "- " stand at column {@code n}; the current line is its first item. */
    private Sequence readSequence(int n) throws IOException, GiveUp {
        if (path.size() > MAX_DEPTH) {
            throw GIVE_UP;
        }
        List<YNode> items = building ? new ArrayList<>() : null;
        int line = rawNo;
        while (true) {
            String s = significant();
            if (!continuesAt(s, n) || !isSequenceLine(s, n)) {
                break;
            }
            int c = n + 1;
            while (c < s.length() && s.charAt(c) == ' ') {
                c++;
            }
            path.add("*");
            YNode item;
            if (c < s.length() && s.charAt(c) != '#' && keyEnd(s, c) >= 0) {
                item = readMapping(c, c, true, OTHER);
            } else if (c < s.length() && isSequenceLine(s, c)) {
                throw GIVE_UP; // "- - x"
            } else {
                item = readValue(s, n + 1, n, false, OTHER, items != null);
            }
            path.remove(path.size() - 1);
            if (items != null) {
                items.add(item == null ? new Scalar("", line) : item);
            }
        }
        return items == null ? null : new Sequence(items, line, 1);
    }

    /**
     * The value after a key's ':' or an item's '-' at {@code from} on the current line; {@code n} is the
     * column of the key or the dash. Consumes the value's lines.
     */
    private YNode readValue(String s, int from, int n, boolean ofKey, int role, boolean want) throws IOException, GiveUp {
        int p = from;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        int line = rawNo;
        if (p >= s.length() || s.charAt(p) == '#') {
            if (p < s.length() && p == from) {
                throw GIVE_UP;
            }
            nextRaw();
            String t = significant();
            if (t != null) {
                int ti = structuralIndent(t);
                if (ti > n) {
                    return isSequenceLine(t, ti) ? readSequence(ti) : nested(t, ti, role);
                }
                if (ti == n && ofKey && isSequenceLine(t, n)) {
                    return readSequence(n); // "rules:" with its items at the key's column
                }
            }
            return new Scalar("", line);
        }
        char c = s.charAt(p);
        if (p == from) {
            throw GIVE_UP; // "key:x" never reaches here; "-x" neither
        }
        String value;
        if (c == '|' || c == '>') {
            if (!ofKey) {
                throw GIVE_UP;
            }
            blockHeader(s, p + 1);
            skipBlock(n);
            return UNREAD;
        } else if (c == '"') {
            value = doubleQuoted(s, p + 1, want);
        } else if (c == '\'') {
            value = singleQuoted(s, p + 1);
        } else {
            value = plain(s, p, want);
        }
        nextRaw();
        String t = significant();
        if (t != null && structuralIndent(t) > n) {
            throw GIVE_UP; // a continued scalar, or text snakeyaml would reject
        }
        return want ? new Scalar(value, line) : SKIPPED;
    }

    private YNode nested(String t, int ti, int role) throws IOException, GiveUp {
        if (keyEnd(t, ti) < 0) {
            throw GIVE_UP;
        }
        return readMapping(ti, ti, false, role);
    }

    /** A plain scalar from {@code p}, or null when it is valid but not wanted (then nothing is cut out). */
    private static String plain(String s, int p, boolean want) throws GiveUp {
        char c = s.charAt(p);
        boolean nextBlank = p + 1 >= s.length() || s.charAt(p + 1) == ' ';
        if (c == '-' ? nextBlank : "?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            throw GIVE_UP;
        }
        int end = s.indexOf(" #", p);
        if (end < 0) {
            end = s.length();
        }
        // Trailing spaces only (tabs gave up already): snakeyaml keeps other Unicode spaces as text, where
        // stripTrailing() used to drop them. Then contains(": ") and endsWith(":"), without the copies.
        while (end > p && s.charAt(end - 1) == ' ') {
            end--;
        }
        int colon = s.indexOf(": ", p);
        if ((colon >= 0 && colon + 2 <= end) || (end > p && s.charAt(end - 1) == ':')) {
            throw GIVE_UP;
        }
        return want ? s.substring(p, end) : null;
    }

    private static void trailer(String s, int i) throws GiveUp {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && (s.charAt(j) != '#' || j == i)) {
            throw GIVE_UP;
        }
    }

    private static String singleQuoted(String s, int i) throws GiveUp {
        StringBuilder b = new StringBuilder();
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i += 2;
                    continue;
                }
                trailer(s, i + 1);
                return b.toString();
            }
            b.append(c);
            i++;
        }
        throw GIVE_UP; // continues on the next line
    }

    /** A double-quoted scalar from after its quote, or null when it is valid but not wanted. */
    private static String doubleQuoted(String s, int i, boolean want) throws GiveUp {
        int close = s.indexOf('"', i);
        if (close >= 0) {
            int escape = s.indexOf('\\', i);
            if (escape < 0 || escape > close) {
                // No escapes: the text up to the closing quote, as the loop below would copy it.
                trailer(s, close + 1);
                return want ? s.substring(i, close) : null;
            }
        }
        StringBuilder b = new StringBuilder();
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                trailer(s, i + 1);
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw GIVE_UP; // an escaped line break
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '0' -> b.append('\u0000');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'v' -> b.append('\u000B');
                case 'f' -> b.append('\f');
                case 'r' -> b.append('\r');
                case 'e' -> b.append('\u001B');
                case ' ' -> b.append(' ');
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case 'N' -> b.append('\u0085');
                case '_' -> b.append('\u00A0');
                case 'L' -> b.append('\u2028');
                case 'P' -> b.append('\u2029');
                case 'x', 'u' -> {
                    int len = e == 'x' ? 2 : 4;
                    if (i + len > n) {
                        throw GIVE_UP;
                    }
                    int code = 0;
                    for (int k = 0; k < len; k++) {
                        int d = Character.digit(s.charAt(i + k), 16);
                        if (d < 0) {
                            throw GIVE_UP;
                        }
                        code = code * 16 + d;
                    }
                    if (code >= 0xD800 && code <= 0xDFFF) {
                        throw GIVE_UP;
                    }
                    b.append((char) code);
                    i += len;
                }
                default -> throw GIVE_UP; // \U, unknown escapes
            }
        }
        throw GIVE_UP;
    }

    /** Accepts "|", "|-", "|+", ">", ... followed by nothing or a comment; explicit indentation gives up. */
    private static void blockHeader(String s, int i) throws GiveUp {
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        trailerOrEnd(s, i);
    }

    private static void trailerOrEnd(String s, int i) throws GiveUp {
        if (i == s.length()) {
            return;
        }
        if (s.charAt(i) != ' ') {
            throw GIVE_UP;
        }
        trailer(s, i);
    }

    /** Skips a block scalar's lines: all that are blank or indented at least as far as its first line. */
    private void skipBlock(int n) throws IOException, GiveUp {
        if (text != null) {
            skipBlockInText(n);
            return;
        }
        nextRaw();
        int lead = 0;
        int m = -1;
        while (raw != null) {
            int ind = indent(raw);
            if (ind == raw.length()) {
                if (m < 0) {
                    lead = Math.max(lead, ind);
                }
                nextRaw();
                continue;
            }
            if (raw.charAt(ind) == '\t' && (m < 0 || ind < m)) {
                throw GIVE_UP;
            }
            if (m < 0) {
                if (ind <= n) {
                    break;
                }
                if (lead > ind) {
                    throw GIVE_UP;
                }
                m = ind;
            }
            if (ind < m) {
                break;
            }
            nextRaw();
        }
    }

    /**
     * As {@link #skipBlock} on the whole-file text: the skipped lines are looked at where they stand, and only
     * the line after the block is cut out into {@code raw}, as {@link #nextLineOfText} leaves it.
     */
    private void skipBlockInText(int n) throws GiveUp {
        int lead = 0;
        int m = -1;
        int length = text.length();
        while (true) {
            rawNo++;
            if (textAt >= length) {
                raw = null;
                return;
            }
            int start = textAt;
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            chars += end - start + 1;
            if (chars > MAX_CHARS) {
                throw GIVE_UP;
            }
            int at = start;
            while (at < end && text.charAt(at) == ' ') {
                at++;
            }
            int ind = at - start;
            boolean stop = false;
            if (at == end) {
                if (m < 0) {
                    lead = Math.max(lead, ind);
                }
            } else {
                if (text.charAt(at) == '\t' && (m < 0 || ind < m)) {
                    throw GIVE_UP;
                }
                if (m < 0) {
                    if (ind <= n) {
                        stop = true;
                    } else if (lead > ind) {
                        throw GIVE_UP;
                    } else {
                        m = ind;
                    }
                }
                stop = stop || ind < m;
            }
            textAt = end + 1;
            if (stop) {
                raw = text.substring(start, end);
                return;
            }
        }
    }
}
