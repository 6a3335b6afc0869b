package org.runbookgovernance.model;

/**
 * One String instance per distinct short text a check keeps, as far as a fixed table allows: 10,000
 * runbooks repeat the same metadata labels, section headings, severities and owners, and every live copy is
 * an object the garbage collector copies. Only sharing, never a
 * different value: {@code of(t).equals(t)} always.
 *
 * <p>The table is direct-mapped: a text goes in the slot its hash picks, and a different text with the same
 * slot replaces it: a concurrent map did the same sharing with a lookup costing several cache misses
 * (bench/README.md, "Memos"). The slots are written without locks, which
 * is safe: a String is immutable and fully built before any thread can see it.
 */
public final class SharedText {

    /** Longer texts rarely repeat. */
    private static final int MAX_LENGTH = 64;

    /** 65,536 slots: 256 KiB with compressed pointers, bounded for a long-lived process (a Jenkins agent). */
    private static final int SLOTS = 1 << 16;

    private static final String[] TABLE = new String[SLOTS];

    private SharedText() {
    }

    /** The shared instance equal to {@code text}; {@code text} itself when it is long, new or null. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        int h = text.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String known = TABLE[slot];
        if (known != null && known.equals(text)) {
            return known;
        }
        TABLE[slot] = text;
        return text;
    }
}
