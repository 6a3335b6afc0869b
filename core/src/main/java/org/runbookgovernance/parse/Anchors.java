package org.runbookgovernance.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.BoundedMemo;

/**
 * Heading anchors as GitHub renders them, so links like {@code RB-001.md#diagnosis} can be checked, and the
 * anchors written in HTML ({@code <a name="pre-requisites"></a>}, {@code <span id="x">}).
 */
public final class Anchors {

    /** An opening tag's name and an {@code id} or {@code name} attribute in it, with its value quoted or not. */
    private static final Pattern HTML_ANCHOR = Pattern.compile(
            "<([A-Za-z][A-Za-z0-9-]*)\\s[^<>]*?(?<=\\s)(id|name)\\s*=\\s*(?:\"([^\"<>]*)\"|'([^'<>]*)'|([^\\s\"'=<>`]+))",
            Pattern.CASE_INSENSITIVE);

    private Anchors() {
    }

    /**
     * GitHub's slug (github-slugger): lower case, drop every character that is not a letter, mark, number,
     * space, '-' or '_' (so emoji and punctuation go), then each space becomes '-'.
     * "📋 Overview" → "-overview"; "RB-001: Service Down" → "rb-001-service-down".
     */
    public static String slug(String headingText) {
        return SLUGS.get(headingText, Anchors::slugAfresh);
    }

    /** Section headings repeat across thousands of runbooks ("Diagnosis", "Rollback"): each is slugged once. */
    private static final BoundedMemo<String> SLUGS = new BoundedMemo<>(1 << 14, 64);

    private static String slugAfresh(String headingText) {
        String lower = headingText.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)
                    || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Adds the HTML anchors of one Markdown line to {@code out}: every element's {@code id}, and an {@code <a>}'s
     * {@code name}. A tag inside a code span ({@code `<a name="x">`}) is text, not an anchor.
     */
    static void html(String line, List<String> out) {
        Matcher m = HTML_ANCHOR.matcher(line);
        while (m.find()) {
            boolean isName = m.group(2).equalsIgnoreCase("name");
            if (isName && !m.group(1).equalsIgnoreCase("a") || insideCodeSpan(line, m.start())) {
                continue;
            }
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            if (!value.isBlank()) {
                out.add(value.strip());
            }
        }
    }

    /** True when an odd number of backticks precede {@code at} on the line: a code span is open there. */
    static boolean insideCodeSpan(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** One document's anchors: a repeated heading gets {@code -1}, {@code -2}... as on GitHub. */
    static final class Registry {
        private final Map<String, Integer> occurrences = new HashMap<>();

        String anchorFor(String headingText) {
            String original = slug(headingText);
            String result = original;
            while (occurrences.containsKey(result)) {
                int n = occurrences.merge(original, 1, Integer::sum);
                result = original + "-" + n;
            }
            occurrences.put(result, 0);
            return result;
        }
    }
}
