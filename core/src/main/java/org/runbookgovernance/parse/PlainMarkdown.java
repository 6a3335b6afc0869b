package org.runbookgovernance.parse;

import java.util.List;

/**
 * Reads the headings, links and code lines of plain Markdown without building commonmark's tree: the
 * blocks and inlines runbooks are written in. Anything else makes it answer {@code null}, and the
 * document is read with commonmark instead.
 */
final class PlainMarkdown {

    /** A heading: level 1-6, its plain text, and its line (an index into the lines). */
    record Heading(int level, String text, int line) {
    }

    /** A link or image: destination as written (escapes and entities resolved), plain text, line index. */
    record Link(String destination, String text, int line) {
    }

    /** What a reading found; {@code codeLines[i]} is true for lines inside fenced or indented code. */
    record Blocks(List<Heading> headings, List<Link> links, boolean[] codeLines) {
    }

    private PlainMarkdown() {
    }

    /** Reads {@code lines[from..]}, the Markdown body; null when it uses Markdown left to commonmark. */
    static Blocks read(List<String> lines, int from) {
        return null;
    }
}
