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
 * scalars, comments, {@code ---} documents), on offsets into the text rather than a String per line. It
 * reads of each rule what {@link RuleFileReader#emitRule} reads of the event-stream reader's rule mapping
 * (name, labels in order, runbook annotations) into reused arrays and hands it to the same
 * {@link RuleFileReader#emitAlert}, sharing texts and label sets the same way. Anything it cannot be sure of
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
    /** The runbook annotation keys in order of preference; an array, so loops make no iterator. */
    private final String[] annotationKeys;
    /** The keys ("*" for an item) leading to the collection being read; deeper than MAX_DEPTH + 1 gives up first. */
    private final String[] path = new String[MAX_DEPTH + 2];
    private int depth;
    private final List<Alert> alerts = new ArrayList<>();
    /** Made once, not per rule. */
    private final java.util.function.Consumer<Alert> sink = alerts::add;
    /** The keys of every mapping being read, innermost last: one array for duplicate checks, not one per mapping. */
    private String[] openKeys = new String[16];
    private int openKeyCount;
    private BufferedReader in;
    /** The whole file, when it was read at once as plain ASCII; else null and lines come from {@code in}. */
    private String text;
    private int textAt;
    /** False when the whole text has no tab, so no line needs looking for one. */
    private boolean textHasTab = true;
    /**
     * The current line is {@code buf[ls, le)}: {@code buf} is the whole text, or the line read from {@code in}.
     * Offsets, not a String per line: 1.1 million lines on a large check were a fifth of the reading's garbage.
     */
    private String buf;
    private int ls;
    private int le;
    /** True past the last line (where {@code readLine} returns null). */
    private boolean atEnd;
    private int rawNo;
    private long chars;
    /** Per looked-for character (see {@link #slot}): no such character in {@code buf[foundFrom, foundAt)}. */
    private final int[] foundFrom = new int[5];
    private final int[] foundAt = new int[5];

    PlainRuleFileReader(RuleFileReader rules, List<String> runbookAnnotations) {
        this.rules = rules;
        this.annotationKeys = List.copyOf(runbookAnnotations).toArray(new String[0]);
        this.draft = new RuleDraft();
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
            if (!atEnd && le > ls && buf.charAt(ls) == '\uFEFF') {
                ls++;
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
        buf = plainAscii;
        textHasTab = hasTab;
        forgetFound();
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

    /** Per byte value: {@code NOT_PLAIN_BYTE} for controls other than tab and line feed, DEL and bytes >= 0x80. */
    private static final byte[] BYTE_KIND = new byte[256];
    private static final int NOT_PLAIN_BYTE = 1;
    private static final int TAB_BYTE = 2;

    static {
        for (int i = 0; i < 256; i++) {
            BYTE_KIND[i] = (byte) (i == '\t' ? TAB_BYTE : i == '\n' || (i >= 0x20 && i < 0x7F) ? 0 : NOT_PLAIN_BYTE);
        }
    }

    /**
     * {@link #isPlainAscii}, and whether there is a tab, in one pass over the bytes: a table lookup or-ed
     * together four bytes at a time, without a branch per byte (a third faster under C1 on 36 MB of rule
     * files), stopping at the end of the first 4 KiB block that is not plain.
     */
    static int asciiShape(byte[] bytes) {
        byte[] kind = BYTE_KIND;
        int seen = 0;
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            int blockEnd = Math.min(n, i + 4096);
            for (; i + 4 <= blockEnd; i += 4) {
                seen |= kind[bytes[i] & 0xFF] | kind[bytes[i + 1] & 0xFF] | kind[bytes[i + 2] & 0xFF] | kind[bytes[i + 3] & 0xFF];
            }
            for (; i < blockEnd; i++) {
                seen |= kind[bytes[i] & 0xFF];
            }
            if ((seen & NOT_PLAIN_BYTE) != 0) {
                return NOT_PLAIN;
            }
        }
        return (seen & TAB_BYTE) != 0 ? PLAIN_WITH_TABS : PLAIN;
    }

    // ---- lines ----

    private void nextRaw() throws IOException, GiveUp {
        if (text != null) {
            nextLineOfText();
            return;
        }
        String raw = in.readLine();
        rawNo++;
        if (raw == null) {
            atEnd = true;
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
        buf = raw;
        ls = 0;
        le = raw.length();
        forgetFound();
    }

    /** As {@code BufferedReader.readLine} on text with line feeds only; the text was checked as a whole. */
    private void nextLineOfText() throws GiveUp {
        rawNo++;
        if (textAt >= text.length()) {
            atEnd = true;
            return;
        }
        int end = text.indexOf('\n', textAt);
        if (end < 0) {
            end = text.length();
        }
        ls = textAt;
        le = end;
        textAt = end + 1;
        chars += end - ls + 1;
        if (chars > MAX_CHARS) {
            throw GIVE_UP;
        }
    }

    private void forgetFound() {
        java.util.Arrays.fill(foundFrom, Integer.MAX_VALUE);
    }

    private static int slot(char c) {
        return switch (c) {
            case '#' -> 0;
            case ':' -> 1;
            case '"' -> 2;
            case '\\' -> 3;
            default -> 4; // the tab
        };
    }

    /**
     * The first {@code c} in {@code buf} at or after {@code from}, or {@code buf.length()}. Remembers the last
     * answer per character, so looking on a line for what stands only lines later costs one search, not one
     * per line: the whole text is searched, and a line has no end a search could stop at.
     */
    private int find(char c, int from) {
        int k = slot(c);
        if (foundFrom[k] <= from && from <= foundAt[k]) {
            return foundAt[k];
        }
        int at = buf.indexOf(c, from);
        if (at < 0) {
            at = buf.length();
        }
        foundFrom[k] = from;
        foundAt[k] = at;
        return at;
    }

    /** The next line that is not blank or a comment, made current; false at the end. */
    private boolean significant() throws IOException, GiveUp {
        while (!atEnd) {
            if (textHasTab && find('\t', ls) < le) {
                throw GIVE_UP; // tabs around structure: snakeyaml's rules for them are subtle
            }
            int i = indent();
            if (i == le - ls || buf.charAt(ls + i) == '#') {
                nextRaw();
                continue;
            }
            significantNo = rawNo;
            significantIndent = i;
            return true;
        }
        return false;
    }

    /** The current line's indentation: its leading spaces. */
    private int indent() {
        int i = ls;
        while (i < le && buf.charAt(i) == ' ') {
            i++;
        }
        return i - ls;
    }

    /** The line {@link #significant} made current last, and its indentation, so it is not counted again. */
    private int significantNo;
    private int significantIndent;

    /** The indentation of the current (significant) line; -1 for a document marker, which closes every collection. */
    private int structuralIndent() throws GiveUp {
        char first = buf.charAt(ls); // significant lines are never empty
        if (first != '-' && first != '.' && first != '%') {
            return rawNo == significantNo ? significantIndent : indent();
        }
        boolean marker = buf.startsWith("---", ls);
        if (marker || buf.startsWith("...", ls) || first == '%') {
            if (marker && isBlank(ls + 3)) {
                return -1;
            }
            if (marker && le - ls > 3 && buf.charAt(ls + 3) != ' ') {
                return 0; // "----x": plain text, rejected where it stands
            }
            throw GIVE_UP; // "--- value", "...", directives
        }
        return indent();
    }

    /** As {@code String.isBlank} on the rest of the current line from {@code from}. */
    private boolean isBlank(int from) {
        for (int i = from; i < le; i++) {
            if (!Character.isWhitespace(buf.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- structure ----

    private void readStream() throws IOException, GiveUp {
        while (true) {
            if (!significant()) {
                return;
            }
            int ind = structuralIndent();
            if (ind == -1) {
                nextRaw();
                continue;
            }
            if (ind != 0 || keyEnd(ls) < 0) {
                throw GIVE_UP; // only mappings at the left margin are rule files
            }
            readMapping(0, 0, false, OTHER);
            if (significant() && structuralIndent() != -1) {
                throw GIVE_UP;
            }
        }
    }

    /** Whether the current line has a "-" item indicator at {@code at} (an offset in {@code buf}). */
    private boolean isSequenceLine(int at) {
        return le > at && buf.charAt(at) == '-' && (le == at + 1 || buf.charAt(at + 1) == ' ');
    }

    /** Letters, digits, '_', '.', '/' and '-' (not first): the characters of a plain key the fast path reads. */
    private static final boolean[] KEY_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            KEY_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '/' || c == '-';
        }
    }

    /** The offset of the ':' ending a plain key at offset {@code at} of the current line, or -1 when there is none. */
    private int keyEnd(int at) {
        int i = at;
        int n = le;
        String s = buf;
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
     * A block mapping whose keys stand at column {@code n}; the current line holds its first key at column
     * {@code firstAt} (after a "- " when {@code inItem}). Returns the mapping when it is (part of) a rule: a
     * rule itself, its labels and its annotations go into {@link #draft} instead of maps.
     */
    private Mapping readMapping(int n, int firstAt, boolean inItem, int role) throws IOException, GiveUp {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        // Most mappings are not rules: look at the last key before the full path comparison.
        boolean rule = depth >= 4 && path[depth - 1].equals("*") && RuleFileReader.isRule(path, depth);
        boolean build = rule || building;
        boolean outer = building;
        building = build;
        boolean drafted = rule || role != OTHER;
        if (rule) {
            draft.clear();
        }
        Map<String, YNode> entries = build && !drafted ? new LinkedHashMap<>(4) : null;
        int keysFrom = openKeyCount;
        int line = rawNo;
        boolean first = true;
        while (true) {
            boolean more = significant();
            int at;
            if (first) {
                at = ls + firstAt;
            } else {
                if (!continuesAt(more, n) || isSequenceLine(ls + n)) {
                    break; // a sequence line: the parent decides whether an item may stand here
                }
                at = n + ls;
            }
            first = false;
            int colon = keyEnd(at);
            if (colon < 0) {
                throw GIVE_UP;
            }
            String key = key(at, colon);
            for (int k = keysFrom; k < openKeyCount; k++) {
                if (openKeys[k].equals(key)) {
                    throw GIVE_UP; // duplicate keys: leave the verdict to snakeyaml
                }
            }
            if (openKeyCount == openKeys.length) {
                openKeys = java.util.Arrays.copyOf(openKeys, openKeyCount * 2);
            }
            openKeys[openKeyCount++] = key;
            path[depth++] = key;
            int childRole = OTHER;
            boolean want;
            int annotation = -1;
            if (rule) {
                want = key.equals("alert");
                childRole = key.equals("labels") ? LABELS : key.equals("annotations") ? ANNOTATIONS : OTHER;
            } else if (role == ANNOTATIONS) {
                annotation = annotationIndex(key);
                want = annotation >= 0;
            } else {
                want = build; // labels, and (to be safe) any other mapping inside a rule
            }
            YNode value = readValue(colon + 1, n, true, childRole, want, role == LABELS);
            depth--;
            if (rule) {
                if (want) {
                    draft.name = value;
                } else if (childRole == LABELS) {
                    draft.labelsRead = value == DRAFTED;
                } else if (childRole == ANNOTATIONS) {
                    draft.annotationsRead = value == DRAFTED;
                }
            } else if (role == LABELS) {
                draft.addLabel(key, value);
            } else if (role == ANNOTATIONS) {
                if (annotation >= 0) {
                    draft.annotations[annotation] = value;
                }
            } else if (build && value != SKIPPED) {
                entries.put(key, value); // a skipped value is never looked up: leaving it out saves a map entry
            }
        }
        openKeyCount = keysFrom; // the keys left above stay referenced until overwritten: a dozen short strings
        building = outer;
        if (rule) {
            emitDraft();
            return null;
        }
        if (drafted) {
            return DRAFTED; // the labels or annotations of the rule being read: in the draft
        }
        return build ? new Mapping(entries, line, 1) : null;
    }

    /** The index of {@code key} among the runbook annotations, or -1. */
    private int annotationIndex(String key) {
        for (int i = 0; i < annotationKeys.length; i++) {
            if (annotationKeys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Stands for a rule's labels or annotations mapping, read into {@link #draft}. */
    private static final Mapping DRAFTED = new Mapping(Map.of(), 0, 1);

    /**
     * What {@link RuleFileReader#emitRule} reads of the rule being read (rules never nest): its name node, its
     * labels in order and its runbook annotations, kept in arrays reused for every rule instead of three maps.
     */
    private final class RuleDraft {
        YNode name;
        boolean labelsRead;
        boolean annotationsRead;
        String[] labelKeys = new String[8];
        YNode[] labelValues = new YNode[8];
        int labelCount;
        final YNode[] annotations = new YNode[annotationKeys.length];

        void clear() {
            name = null;
            labelsRead = false;
            annotationsRead = false;
            labelCount = 0;
            java.util.Arrays.fill(annotations, null);
        }

        void addLabel(String key, YNode value) {
            if (labelCount == labelKeys.length) {
                labelKeys = java.util.Arrays.copyOf(labelKeys, labelCount * 2);
                labelValues = java.util.Arrays.copyOf(labelValues, labelCount * 2);
            }
            labelKeys[labelCount] = key;
            labelValues[labelCount] = value;
            labelCount++;
        }
    }

    private final RuleDraft draft;

    /**
     * As {@link RuleFileReader#emitRule} on the rule mapping the draft stands for, after the checks of a rule
     * whose name, labels or runbook annotation sit in a skipped block scalar (left to snakeyaml).
     */
    private void emitDraft() throws GiveUp {
        RuleDraft d = draft;
        if (d.name == UNREAD) {
            throw GIVE_UP;
        }
        if (d.labelsRead) {
            for (int i = 0; i < d.labelCount; i++) {
                if (d.labelValues[i] == UNREAD) {
                    throw GIVE_UP;
                }
            }
        }
        String ref = null;
        if (d.annotationsRead) {
            for (YNode a : d.annotations) {
                if (a == UNREAD) {
                    throw GIVE_UP;
                }
            }
            for (YNode a : d.annotations) {
                if (a instanceof Scalar sc && !sc.value().isBlank()) {
                    ref = sc.value();
                    break;
                }
            }
        }
        if (!(d.name instanceof Scalar name) || name.value().isBlank()) {
            return; // a recording rule
        }
        Map<String, String> labels = d.labelsRead ? labelSet(d) : Map.of();
        rules.emitAlert(name, labels, ref, sink);
    }

    /**
     * Label sets met in this file, by the shared instances of their texts in order (key, value, ...): most
     * rules repeat one of a few dozen. Open addressing on the texts' hash codes, which shared strings cache.
     */
    private static final int LABEL_SET_SLOTS = 256;
    private final String[][] labelSetTexts = new String[LABEL_SET_SLOTS][];
    private final Map<String, String>[] labelSetMaps = newMaps(LABEL_SET_SLOTS);
    private int labelSetCount;
    /** The texts of the draft's labels, shared instances, key then value, reused for every rule. */
    private String[] labelTexts = new String[16];

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] newMaps(int n) {
        return (Map<String, String>[]) new Map<?, ?>[n];
    }

    /**
     * The shared label map of the draft's scalar labels, as {@link RuleFileReader#emitRule} makes it: a set met
     * before in this file is found by comparing references, without a map made and hashed per rule.
     */
    private Map<String, String> labelSet(RuleDraft d) {
        int n = 0;
        if (labelTexts.length < 2 * d.labelCount) {
            labelTexts = new String[4 * d.labelCount];
        }
        String[] texts = labelTexts;
        int hash = 0;
        for (int i = 0; i < d.labelCount; i++) {
            if (d.labelValues[i] instanceof Scalar sc) {
                String key = rules.sharedText(d.labelKeys[i]);
                String value = rules.sharedText(sc.value());
                texts[n++] = key;
                texts[n++] = value;
                hash = (hash * 31 + key.hashCode()) * 31 + value.hashCode();
            }
        }
        if (n == 0) {
            return Map.of();
        }
        int slot = (hash ^ (hash >>> 16)) & (LABEL_SET_SLOTS - 1);
        search:
        for (String[] known; (known = labelSetTexts[slot]) != null; slot = (slot + 1) & (LABEL_SET_SLOTS - 1)) {
            if (known.length != n) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (known[i] != texts[i]) {
                    continue search;
                }
            }
            return labelSetMaps[slot];
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (int i = 0; i < n; i += 2) {
            read.put(texts[i], texts[i + 1]);
        }
        Map<String, String> made = rules.sharedLabels(read);
        if (labelSetCount < LABEL_SET_SLOTS / 2) { // slot is the free one the search ended on
            labelSetTexts[slot] = java.util.Arrays.copyOf(texts, n);
            labelSetMaps[slot] = made;
            labelSetCount++;
        }
        return made;
    }

    private boolean building;

    /**
     * Keys met so far: rule files repeat a dozen keys on every rule, so most keys are found here, not cut out.
     */
    private final String[] knownKeys = new String[64];
    private int knownKeyCount;

    /** The key {@code buf[at, end)}, the same instance for every line that writes it. */
    private String key(int at, int end) {
        int len = end - at;
        for (int k = 0; k < knownKeyCount; k++) {
            String known = knownKeys[k];
            if (known.length() == len && buf.startsWith(known, at)) {
                return known;
            }
        }
        String key = buf.substring(at, end);
        if (knownKeyCount < knownKeys.length) {
            knownKeys[knownKeyCount++] = key;
        }
        return key;
    }

    /**
     * Whether the current line, when there is one ({@code more}), stands at column {@code n}, so the block
     * there goes on; a shallower line ends it, a deeper one is left to snakeyaml.
     */
    private boolean continuesAt(boolean more, int n) throws GiveUp {
        if (!more) {
            return false;
        }
        int ind = structuralIndent();
        if (ind > n) {
            throw GIVE_UP;
        }
        return ind == n;
    }

    /** A block sequence whose "- " stand at column {@code n}; the current line is its first item. */
    private Sequence readSequence(int n) throws IOException, GiveUp {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        List<YNode> items = building ? new ArrayList<>() : null;
        int line = rawNo;
        while (true) {
            boolean more = significant();
            if (!continuesAt(more, n) || !isSequenceLine(ls + n)) {
                break;
            }
            int c = ls + n + 1;
            while (c < le && buf.charAt(c) == ' ') {
                c++;
            }
            path[depth++] = "*";
            YNode item;
            if (c < le && buf.charAt(c) != '#' && keyEnd(c) >= 0) {
                item = readMapping(c - ls, c - ls, true, OTHER);
            } else if (c < le && isSequenceLine(c)) {
                throw GIVE_UP; // "- - x"
            } else {
                item = readValue(ls + n + 1, n, false, OTHER, items != null, false);
            }
            depth--;
            if (items != null) {
                items.add(item == null ? new Scalar("", line) : item);
            }
        }
        return items == null ? null : new Sequence(items, line, 1);
    }

    /**
     * The value after a key's ':' or an item's '-' at offset {@code from} of the current line; {@code n} is
     * the column of the key or the dash; {@code label} when it is a label's value, whose text is shared.
     * Consumes the value's lines.
     */
    private YNode readValue(int from, int n, boolean ofKey, int role, boolean want, boolean label)
            throws IOException, GiveUp {
        int p = from;
        while (p < le && buf.charAt(p) == ' ') {
            p++;
        }
        int line = rawNo;
        if (p >= le || buf.charAt(p) == '#') {
            if (p < le && p == from) {
                throw GIVE_UP;
            }
            nextRaw();
            if (significant()) {
                int ti = structuralIndent();
                if (ti > n) {
                    return isSequenceLine(ls + ti) ? readSequence(ti) : nested(ti, role);
                }
                if (ti == n && ofKey && isSequenceLine(ls + n)) {
                    return readSequence(n); // "rules:" with its items at the key's column
                }
            }
            return new Scalar("", line);
        }
        char c = buf.charAt(p);
        if (p == from) {
            throw GIVE_UP; // "key:x" never reaches here; "-x" neither
        }
        String value;
        if (c == '|' || c == '>') {
            if (!ofKey) {
                throw GIVE_UP;
            }
            blockHeader(p + 1);
            skipBlock(n);
            return UNREAD;
        } else if (c == '"') {
            value = doubleQuoted(p + 1, want, label);
        } else if (c == '\'') {
            value = singleQuoted(p + 1);
        } else {
            value = plain(p, want, label);
        }
        nextRaw();
        if (significant() && structuralIndent() > n) {
            throw GIVE_UP; // a continued scalar, or text snakeyaml would reject
        }
        return want ? new Scalar(value, line) : SKIPPED;
    }

    private YNode nested(int ti, int role) throws IOException, GiveUp {
        if (keyEnd(ls + ti) < 0) {
            throw GIVE_UP;
        }
        return readMapping(ti, ti, false, role);
    }

    /** A plain scalar from offset {@code p}, or null when it is valid but not wanted (then nothing is cut out). */
    private String plain(int p, boolean want, boolean label) throws GiveUp {
        String s = buf;
        char c = s.charAt(p);
        boolean nextBlank = p + 1 >= le || s.charAt(p + 1) == ' ';
        if (c == '-' ? nextBlank : "?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            throw GIVE_UP;
        }
        // Where " #" starts a comment, as indexOf(" #", p) on the line would find it.
        int end = le;
        for (int h = find('#', p + 1); h < le; h = find('#', h + 1)) {
            if (s.charAt(h - 1) == ' ') {
                end = h - 1;
                break;
            }
        }
        // Trailing spaces only (tabs gave up already): snakeyaml keeps other Unicode spaces as text, where
        // stripTrailing() used to drop them. Then contains(": ") and endsWith(":"), without the copies.
        while (end > p && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > p && s.charAt(end - 1) == ':') {
            throw GIVE_UP;
        }
        for (int colon = find(':', p); colon + 2 <= end; colon = find(':', colon + 1)) {
            if (s.charAt(colon + 1) == ' ') {
                throw GIVE_UP;
            }
        }
        return !want ? null : label ? labelText(p, end) : s.substring(p, end);
    }

    /**
     * Label values met so far in this file, shared instances: 100,000 rules repeat a few dozen, so most are
     * found here by comparing in place, with no copy cut out and no hash computed.
     */
    private final String[] knownLabelTexts = new String[64];
    private int knownLabelTextCount;
    /** Misses once the table is full: a file of unique label values stops looking after a while. */
    private int labelTextMisses;

    /** The label value {@code buf[at, end)}, the shared instance. */
    private String labelText(int at, int end) {
        int len = end - at;
        if (labelTextMisses < 256) {
            for (int k = 0; k < knownLabelTextCount; k++) {
                String known = knownLabelTexts[k];
                if (known.length() == len && buf.startsWith(known, at)) {
                    return known;
                }
            }
        }
        String text = rules.sharedText(buf.substring(at, end));
        if (knownLabelTextCount < knownLabelTexts.length) {
            knownLabelTexts[knownLabelTextCount++] = text;
        } else {
            labelTextMisses++;
        }
        return text;
    }

    private void trailer(int i) throws GiveUp {
        int j = i;
        while (j < le && buf.charAt(j) == ' ') {
            j++;
        }
        if (j < le && (buf.charAt(j) != '#' || j == i)) {
            throw GIVE_UP;
        }
    }

    private String singleQuoted(int i) throws GiveUp {
        StringBuilder b = new StringBuilder();
        String s = buf;
        int n = le;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i += 2;
                    continue;
                }
                trailer(i + 1);
                return b.toString();
            }
            b.append(c);
            i++;
        }
        throw GIVE_UP; // continues on the next line
    }

    /** A double-quoted scalar from after its quote, or null when it is valid but not wanted. */
    private String doubleQuoted(int i, boolean want, boolean label) throws GiveUp {
        String s = buf;
        int close = find('"', i);
        if (close < le) {
            int escape = find('\\', i);
            if (escape > close) {
                // No escapes: the text up to the closing quote, as the loop below would copy it.
                trailer(close + 1);
                return !want ? null : label ? labelText(i, close) : s.substring(i, close);
            }
        }
        StringBuilder b = new StringBuilder();
        int n = le;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                trailer(i + 1);
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
    private void blockHeader(int i) throws GiveUp {
        if (i < le && (buf.charAt(i) == '-' || buf.charAt(i) == '+')) {
            i++;
        }
        trailerOrEnd(i);
    }

    private void trailerOrEnd(int i) throws GiveUp {
        if (i == le) {
            return;
        }
        if (buf.charAt(i) != ' ') {
            throw GIVE_UP;
        }
        trailer(i);
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
        while (!atEnd) {
            int ind = indent();
            if (ind == le - ls) {
                if (m < 0) {
                    lead = Math.max(lead, ind);
                }
                nextRaw();
                continue;
            }
            if (buf.charAt(ls + ind) == '\t' && (m < 0 || ind < m)) {
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
     * As {@link #skipBlock} on the whole-file text, without the per-line bookkeeping of {@link #nextLineOfText}
     * in the loop; the line after the block is left current, as {@link #nextLineOfText} leaves it.
     */
    private void skipBlockInText(int n) throws GiveUp {
        int lead = 0;
        int m = -1;
        String t = text;
        int length = t.length();
        while (true) {
            rawNo++;
            if (textAt >= length) {
                atEnd = true;
                return;
            }
            int start = textAt;
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            chars += end - start + 1;
            if (chars > MAX_CHARS) {
                throw GIVE_UP;
            }
            int at = start;
            while (at < end && t.charAt(at) == ' ') {
                at++;
            }
            int ind = at - start;
            boolean stop = false;
            if (at == end) {
                if (m < 0) {
                    lead = Math.max(lead, ind);
                }
            } else {
                if (t.charAt(at) == '\t' && (m < 0 || ind < m)) {
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
                ls = start;
                le = end;
                return;
            }
        }
    }
}
