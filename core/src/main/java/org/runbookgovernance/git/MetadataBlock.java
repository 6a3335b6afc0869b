package org.runbookgovernance.git;

import java.nio.ByteBuffer;
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
 * {@code **Last Updated:** 2025-11-19} in the header or footer, as {@code DocumentParser} reads them) and the
 * few values a change set compares: Last Updated and title.
 * Read from a blob of history, so it cannot use the parsed {@code Document} of the work tree. Lazy: the
 * history walk asks only about the lines a diff touched.
 */
final class MetadataBlock {

    /** {@code **Last Updated:** x}, {@code **Last Review**: x}, {@code - **Owner:** x}. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "\\s*(?:[-*+]\\s+)?\\*\\*([^*]{1,60}?)(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)");
    private static final Pattern YAML_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_ -]*):\\s*(.*)");
    private static final Pattern H1 = Pattern.compile("#\\s+(.*?)\\s*#*\\s*");
    /** An ATX heading, or a line of three or more '-', '*' or '_': a thematic break or a setext underline. */
    private static final Pattern SECTION_START = Pattern.compile(" {0,3}(?:#{1,6}(?:[ \\t].*)?|([-*_])(?:[ \\t]*\\1){2,}[ \\t]*)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final int HEAD_LINES = 60;
    private static final int FOOT_LINES = 30;

    private final RawText text;
    /** Index of the closing front matter line; -1 without front matter. */
    private final int frontMatterEnd;
    private Map<String, String> values;
    private Optional<String> heading;
    /** Label lines count before headerEnd and from footerStart on; -1 until {@link #bounds} read them. */
    private int headerEnd = -1;
    private int footerStart;

    private MetadataBlock(RawText text, int frontMatterEnd) {
        this.text = text;
        this.frontMatterEnd = frontMatterEnd;
    }

    static MetadataBlock of(RawText text) {
        int n = text.size();
        int end = -1;
        if (n > 0 && isFence(text.getRawString(0), false)) {
            for (int i = 1; i < n; i++) {
                if (isFence(text.getRawString(i), true)) {
                    end = i;
                    break;
                }
            }
        }
        return new MetadataBlock(text, end);
    }

    /** {@code ---} (or, closing, {@code ...}) with only blanks around, read from bytes: no decoding in the walk. */
    private static boolean isFence(ByteBuffer line, boolean closing) {
        int from = line.position();
        int to = line.limit();
        while (from < to && isBlank(line.get(from))) {
            from++;
        }
        while (to > from && isBlank(line.get(to - 1))) {
            to--;
        }
        if (to - from != 3) {
            return false;
        }
        byte c = line.get(from);
        return (c == '-' || (closing && c == '.')) && line.get(from + 1) == c && line.get(from + 2) == c;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean mayStartSection(ByteBuffer line) {
        for (int i = line.position(); i < line.limit(); i++) {
            byte b = line.get(i);
            if (b != ' ' && b != '\t') {
                return b == '#' || b == '-' || b == '*' || b == '_' || b == '`' || b == '~';
            }
        }
        return false;
    }

    private static boolean hasDoubleStar(ByteBuffer line) {
        for (int i = line.position(); i + 1 < line.limit(); i++) {
            if (line.get(i) == '*' && line.get(i + 1) == '*') {
                return true;
            }
        }
        return false;
    }

    boolean isMetadata(int line) {
        if (line < 0 || line >= text.size()) {
            return false;
        }
        if (line <= frontMatterEnd) {
            return true;
        }
        return hasDoubleStar(text.getRawString(line)) && inHeaderOrFooter(line)
                && LABEL_LINE.matcher(text.getString(line)).matches();
    }

    private boolean inHeaderOrFooter(int line) {
        bounds();
        return line < headerEnd || line >= footerStart;
    }

    /**
     * The header ends at the first heading after a leading H1, or the first thematic break (or setext
     * underline); the footer is what follows the last thematic break when no heading follows it. Lines in
     * fenced code are neither.
     */
    private void bounds() {
        if (headerEnd >= 0) {
            return;
        }
        int n = text.size();
        int start = frontMatterEnd + 1;
        headerEnd = Math.min(n, start + HEAD_LINES);
        footerStart = n;
        boolean headerOpen = true;
        boolean sawHeading = false;
        boolean inFence = false;
        for (int i = start; i < n; i++) {
            if (!mayStartSection(text.getRawString(i))) {
                continue; // most lines: prose, read from bytes without decoding
            }
            String line = text.getString(i);
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence || !SECTION_START.matcher(line).matches()) {
                continue;
            }
            boolean atx = line.strip().startsWith("#");
            boolean title = atx && !sawHeading && line.strip().startsWith("# ");
            sawHeading |= atx;
            if (title) {
                continue;
            }
            if (headerOpen) {
                headerEnd = Math.min(headerEnd, i);
                headerOpen = false;
            }
            boolean underline = !atx && i > start && !text.getString(i - 1).isBlank();
            footerStart = atx || underline ? n : Math.max(i + 1, n - FOOT_LINES);
        }
    }

    /** The Last Updated value, as a date when it parses (so "2025-11-19 (minor)" equals "2025-11-19"). */
    Optional<String> lastUpdated() {
        return Optional.ofNullable(values().get(MetadataKeys.LAST_UPDATED))
                .map(v -> Dates.parse(v).map(Object::toString).orElse(v.strip()));
    }

    /** The metadata title, else the first H1. */
    Optional<String> title() {
        return Optional.ofNullable(values().get(MetadataKeys.TITLE)).or(() -> heading);
    }

    private Map<String, String> values() {
        if (values != null) {
            return values;
        }
        values = new HashMap<>();
        heading = Optional.empty();
        for (int i = 1; i < frontMatterEnd; i++) {
            Matcher m = YAML_KEY.matcher(text.getString(i));
            if (m.matches()) {
                values.putIfAbsent(MetadataKeys.normalise(m.group(1)), unquote(m.group(2)));
            }
        }
        for (int i = frontMatterEnd + 1; i < text.size(); i++) {
            String line = text.getString(i);
            Matcher label = LABEL_LINE.matcher(line);
            if (line.contains("**") && inHeaderOrFooter(i) && label.matches()) {
                values.putIfAbsent(MetadataKeys.normalise(label.group(1)), label.group(2).strip());
            } else if (heading.isEmpty()) {
                Matcher h1 = H1.matcher(line);
                if (h1.matches()) {
                    heading = Optional.of(h1.group(1));
                }
            }
        }
        return values;
    }

    private static String unquote(String value) {
        return value.strip().replaceAll("^[\"']|[\"']$", "");
    }
}
