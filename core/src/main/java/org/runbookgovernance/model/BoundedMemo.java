package org.runbookgovernance.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's answers for short keys that repeat across thousands of runbooks, shared by
 * every thread. Bounded for long-lived processes (a Jenkins agent): when full it starts afresh, which only
 * costs speed, since every answer can be computed again.
 *
 * @param <V> the answer; never null
 */
public final class BoundedMemo<V> {

    private final int maxEntries;
    private final int maxKeyLength;
    private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();

    /** Keys longer than {@code maxKeyLength} are computed every time and not kept. */
    public BoundedMemo(int maxEntries, int maxKeyLength) {
        this.maxEntries = maxEntries;
        this.maxKeyLength = maxKeyLength;
    }

    /** The remembered answer for {@code key}, else {@code compute}'s, kept when the key is short. */
    public V get(String key, Function<String, V> compute) {
        if (key.length() > maxKeyLength) {
            return compute.apply(key);
        }
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V answer = compute.apply(key);
        if (answers.size() >= maxEntries) {
            answers.clear();
        }
        known = answers.putIfAbsent(key, answer);
        return known == null ? answer : known;
    }
}
