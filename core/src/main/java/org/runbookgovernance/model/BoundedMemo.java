package org.runbookgovernance.model;

import java.util.function.Function;

/**
 * Remembers a pure function's answers for short keys that repeat across thousands of runbooks, shared by
 * every thread. A fixed, direct-mapped table: a key goes in the slot its hash picks, and another key with
 * the same slot replaces it, which only costs speed, since every answer can be computed again. So it stays
 * bounded in a long-lived process (a Jenkins agent), and a lookup is one slot, not a concurrent map's chain
 * of cache misses. Slots are written without locks: an entry is immutable, so a thread sees it whole or not.
 *
 * @param <V> the answer; never null
 */
public final class BoundedMemo<V> {

    /** A key and its answer, published together. */
    private record Entry<V>(String key, V value) {
    }

    private final int maxKeyLength;
    private final Entry<V>[] slots;

    /**
     * @param maxEntries   slots, rounded up to a power of two
     * @param maxKeyLength keys longer than this are computed every time and not kept
     */
    @SuppressWarnings("unchecked")
    public BoundedMemo(int maxEntries, int maxKeyLength) {
        this.maxKeyLength = maxKeyLength;
        this.slots = (Entry<V>[]) new Entry<?>[Integer.highestOneBit(Math.max(1, maxEntries - 1)) << 1];
    }

    /** The remembered answer for {@code key}, else {@code compute}'s, kept when the key is short. */
    public V get(String key, Function<String, V> compute) {
        if (key.length() > maxKeyLength) {
            return compute.apply(key);
        }
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & (slots.length - 1);
        Entry<V> known = slots[slot];
        if (known != null && known.key().equals(key)) {
            return known.value();
        }
        V answer = compute.apply(key);
        slots[slot] = new Entry<>(key, answer);
        return answer;
    }
}
