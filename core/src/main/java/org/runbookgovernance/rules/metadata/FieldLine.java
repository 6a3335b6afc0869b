package org.runbookgovernance.rules.metadata;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.MetadataSource;

/** How to write a metadata line in the style a document already uses, so fix hints can be pasted as they are. */
final class FieldLine {

    private FieldLine() {
    }

    /** True when the document keeps its metadata in YAML front matter rather than bold label lines. */
    static boolean usesFrontMatter(Document doc) {
        return doc.metadata().stream().anyMatch(e -> e.source() == MetadataSource.FRONT_MATTER);
    }

    /** {@code last_review: 2026-01-01} or {@code **Last Review:** 2026-01-01}. */
    static String format(Document doc, String key, String value) {
        return usesFrontMatter(doc) ? key + ": " + value : "**" + label(key) + ":** " + value;
    }

    /** Where the line goes, to finish the fix sentence. */
    static String where(Document doc) {
        return usesFrontMatter(doc) ? "to its front matter" : "below its title";
    }

    /** {@code last_review} → "Last Review", {@code id} → "ID". */
    static String label(String key) {
        if (key.equals("id")) {
            return "ID";
        }
        return Arrays.stream(key.split("_")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
