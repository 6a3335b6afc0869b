package org.runbookgovernance.alerts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One instance per distinct label text, label set, severity and runbook reference across the rule files
 * one task reads: 100,000 alerts repeat {@code severity: critical}, {@code team: ...} and a few dozen label
 * sets, and every copy would stay alive (and be copied by every young garbage collection) to the end of
 * the check. Not thread-safe: one per reading task. Only sharing, never a different value.
 */
final class SharedAlertParts {

    /** Longer texts rarely repeat; past the bound new values are simply not shared. */
    private static final int MAX_TEXT_LENGTH = 256;
    private static final int MAX_ENTRIES = 1 << 16;

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Optional<String>> present = new HashMap<>();
    private final Map<Map<String, String>, Map<String, String>> labelSets = new HashMap<>();
    /** Texts met by {@link #text(String, int, int)}, by a hash of their characters; a power of two long. */
    private final String[] recent = new String[1024];

    /** The shared instance equal to {@code text}. */
    String text(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return text;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < MAX_ENTRIES) {
            texts.put(text, text);
        }
        return text;
    }

    /** The shared instance equal to {@code source[from, to)}, cut out of the source only when not met lately. */
    String text(String source, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + source.charAt(i);
        }
        int slot = (h ^ h >>> 16) & (recent.length - 1);
        String known = recent[slot];
        if (known == null || known.length() != to - from || !source.startsWith(known, from)) {
            known = text(source.substring(from, to));
            recent[slot] = known;
        }
        return known;
    }

    /** {@code Optional.of(text)} of the shared text, shared per distinct text: one lookup when known. */
    Optional<String> optional(String text) {
        Optional<String> known = present.get(text);
        if (known != null) {
            return known;
        }
        Optional<String> made = Optional.of(text(text));
        if (text.length() <= MAX_TEXT_LENGTH && present.size() < MAX_ENTRIES) {
            present.put(text, made);
        }
        return made;
    }

    /** An immutable copy of {@code labels}, shared per distinct label set. */
    Map<String, String> labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return Map.of();
        }
        Map<String, String> known = labelSets.get(labels);
        if (known != null) {
            return known;
        }
        Map<String, String> copy = Map.copyOf(labels);
        if (labelSets.size() < MAX_ENTRIES) {
            labelSets.put(copy, copy);
        }
        return copy;
    }
}
