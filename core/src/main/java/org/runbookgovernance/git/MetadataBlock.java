package org.runbookgovernance.git;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.RawText;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.MetadataKeys;

/**
 * Which lines of one version of a Markdown file are metadata (the front matter and bold label lines such as
 * {@code **Last Updated:** 2025-11-19}) and the few values a change set compares: Last Updated and title.
 * Read from a blob of history, so it cannot use the parsed {@code Document} of the work tree.
 */
final class MetadataBlock {

    /** {@code **Last Updated:** x}, {@code **Last Review**: x}, {@code - **Owner:** x}. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "\\s*(?:[-*+]\\s+)?\\*\\*([^*]{1,60}?)(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)");
    private static final Pattern YAML_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_ -]*):\\s*(.*)");
    private static final Pattern H1 = Pattern.compile("#\\s+(.*?)\\s*#*\\s*");

    private final boolean[] metadata;
    private final Map<String, String> values;
    private final Optional<String> heading;

    private MetadataBlock(boolean[] metadata, Map<String, String> values, Optional<String> heading) {
        this.metadata = metadata;
        this.values = values;
        this.heading = heading;
    }

    static MetadataBlock of(RawText text) {
        int n = text.size();
        boolean[] meta = new boolean[n];
        Map<String, String> values = new HashMap<>();
        Optional<String> heading = Optional.empty();
        int first = 0;
        if (n > 0 && text.getString(0).strip().equals("---")) {
            int end = 1;
            while (end < n && !text.getString(end).strip().equals("---") && !text.getString(end).strip().equals("...")) {
                end++;
            }
            if (end < n) {
                for (int i = 0; i <= end; i++) {
                    meta[i] = true;
                    Matcher m = YAML_KEY.matcher(text.getString(i));
                    if (i > 0 && i < end && m.matches()) {
                        values.putIfAbsent(MetadataKeys.normalise(m.group(1)), unquote(m.group(2)));
                    }
                }
                first = end + 1;
            }
        }
        for (int i = first; i < n; i++) {
            String line = text.getString(i);
            Matcher label = LABEL_LINE.matcher(line);
            if (label.matches()) {
                meta[i] = true;
                values.putIfAbsent(MetadataKeys.normalise(label.group(1)), label.group(2).strip());
            } else if (heading.isEmpty()) {
                Matcher h1 = H1.matcher(line);
                if (h1.matches()) {
                    heading = Optional.of(h1.group(1));
                }
            }
        }
        return new MetadataBlock(meta, values, heading);
    }

    static MetadataBlock empty() {
        return new MetadataBlock(new boolean[0], Map.of(), Optional.empty());
    }

    boolean isMetadata(int line) {
        return line >= 0 && line < metadata.length && metadata[line];
    }

    /** The Last Updated value, as a date when it parses (so "2025-11-19 (minor)" equals "2025-11-19"). */
    Optional<String> lastUpdated() {
        return Optional.ofNullable(values.get(MetadataKeys.LAST_UPDATED))
                .map(v -> Dates.parse(v).map(Object::toString).orElse(v.strip()));
    }

    Optional<String> title() {
        return Optional.ofNullable(values.get(MetadataKeys.TITLE)).or(() -> heading);
    }

    private static String unquote(String value) {
        return value.strip().replaceAll("^[\"']|[\"']$", "");
    }
}
