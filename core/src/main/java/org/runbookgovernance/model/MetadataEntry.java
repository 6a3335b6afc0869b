package org.runbookgovernance.model;

import java.util.List;

/**
 * One metadata value as written. {@code key} is normalised (lower case, words joined by '_', aliases
 * folded: "Last Reviewed" becomes {@code last_review}); {@code label} is the key as written. {@code value}
 * is the text without a trailing parenthesised note, which goes to {@code note} ("monthly review").
 * List values (YAML sequences, comma-separated label values) are in {@code items}.
 */
public record MetadataEntry(String key, String label, String value, String note, List<String> items,
                            MetadataSource source, int line) {

    public MetadataEntry {
        key = SharedText.of(key);
        label = SharedText.of(label);
        String[] shared = new String[items.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = SharedText.of(items.get(i));
        }
        items = List.of(shared);
        note = note == null ? "" : SharedText.of(note);
        value = value == null ? "" : SharedText.of(value);
    }
}
