package org.runbookgovernance.model;

/**
 * One String instance per distinct short text a check keeps: 10,000 runbooks repeat the same metadata
 * labels, section headings, severities and owners, and every live copy is an object the garbage collector
 * copies (13 MiB less live data on the bench corpus). Only sharing, never a different value:
 * {@code of(t).equals(t)} always.
 */
public final class SharedText {

    /** Longer texts rarely repeat; a long-lived process (a Jenkins agent) keeps at most 65,536. */
    private static final BoundedMemo<String> TEXTS = new BoundedMemo<>(1 << 16, 64);

    private SharedText() {
    }

    /** The shared instance equal to {@code text}; {@code text} itself when it is long, new or null. */
    public static String of(String text) {
        return text == null ? null : TEXTS.get(text, t -> t);
    }
}
