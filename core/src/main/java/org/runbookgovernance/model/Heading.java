package org.runbookgovernance.model;

/** A Markdown heading: its level (1-6), plain text, GitHub anchor slug and line. */
public record Heading(int level, String text, String anchor, int line) {

    public Heading {
        text = SharedText.of(text);
        anchor = SharedText.of(anchor);
    }
}
