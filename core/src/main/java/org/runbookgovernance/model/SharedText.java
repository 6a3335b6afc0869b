package org.runbookgovernance.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One String instance per distinct short text a check keeps: 10,000 runbooks repeat the same metadata
 * labels, section headings, severities and owners, and every live copy is an object the garbage collector
 * moves again and again (on a large check that copying was a fifth of the wall time). Only sharing, never a
 * different value: {@code of(t).equals(t)} always.
 */
public final class SharedText {

    /** Longer texts rarely repeat; they are kept as they come. */
    static final int MAX_LENGTH = 64;

    /** A bound on what a long-lived process (a Jenkins agent) keeps: when full, it starts afresh. */
    static final int MAX_ENTRIES = 1 << 16;

    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedText() {
    }

    /** The shared instance equal to {@code text}; {@code text} itself when it is long, new or null. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        String known = TEXTS.get(text);
        if (known != null) {
            return known;
        }
        if (TEXTS.size() >= MAX_ENTRIES) {
            TEXTS.clear();
        }
        known = TEXTS.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}
