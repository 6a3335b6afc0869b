package org.runbookgovernance.report.render;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a renderer needs beyond the report.
 *
 * @param colour         ANSI colours in the text format; never used by other formats
 * @param ruleSummaries  rule id to its one-line summary, for SARIF rule metadata and JUnit test cases;
 *                       also the rules that count as "checked" when they found nothing
 * @param docsBaseUrl    where rule docs live, e.g. {@code docs/rules/} or an https URL; a rule's page is
 *                       {@code docsBaseUrl + ruleId + ".md"}. Empty (or null) means no links.
 * @param grouping       how the text format sections findings; never used by other formats
 */
public record RenderOptions(boolean colour, Map<String, String> ruleSummaries, String docsBaseUrl,
                            TextGrouping grouping) {

    public RenderOptions {
        // sorted copy so that every renderer iterates rules in the same order
        ruleSummaries = Collections.unmodifiableMap(new TreeMap<>(ruleSummaries == null ? Map.of() : ruleSummaries));
        docsBaseUrl = docsBaseUrl == null ? "" : docsBaseUrl.strip();
        grouping = grouping == null ? TextGrouping.FILE : grouping;
    }

    /** Grouped by file. */
    public RenderOptions(boolean colour, Map<String, String> ruleSummaries, String docsBaseUrl) {
        this(colour, ruleSummaries, docsBaseUrl, TextGrouping.FILE);
    }

    /** No colour, no rule summaries, no links. */
    public static RenderOptions plain() {
        return new RenderOptions(false, Map.of(), "");
    }

    public RenderOptions withColour(boolean newColour) {
        return new RenderOptions(newColour, ruleSummaries, docsBaseUrl, grouping);
    }

    public RenderOptions withGrouping(TextGrouping newGrouping) {
        return new RenderOptions(colour, ruleSummaries, docsBaseUrl, newGrouping);
    }

    /** The docs page of {@code ruleId}, or empty when no docs base is set. */
    public Optional<String> docsLink(String ruleId) {
        return docsBaseUrl.isEmpty() ? Optional.empty() : Optional.of(docsBaseUrl + ruleId + ".md");
    }

    /** True when the docs base is an absolute http(s) URL, so links work outside the repository (SARIF). */
    boolean docsAreAbsolute() {
        String lower = docsBaseUrl.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
