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
        items = List.copyOf(items);
        note = note == null ? "" : note;
        value = value == null ? "" : value;
    }
}
