package org.runbookgovernance.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The Markdown fast path: commonmark's block parser, with {@link PlainInlines} in place of its inline parser.
 * The check reads only headings' text and links from inline content, so a heading gets one text node, a
 * paragraph that can hold a link (it has a {@code [} or a {@code <}) gets a {@link FoundLink} per link or image,
 * and other paragraphs get nothing. Where the scan leaves Markdown to commonmark (link reference definitions,
 * named or numeric character references, link or heading text with a nested link, a hard line break, a tab or
 * many emphasis runs) it throws {@link Defer}, and commonmark reads the whole document.
 */
final class PlainMarkdown implements InlineParserFactory {

    /** Block source spans: the lines of headings, code blocks and thematic breaks, as the library path has them. */
    static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(new PlainMarkdown()).build();

    /** A link or image the fast path found: destination as written (escapes resolved), plain text. */
    static final class FoundLink extends CustomNode {
        final String destination;
        final String text;

        FoundLink(String destination, String text, SourceSpan span) {
            this.destination = destination;
            this.text = text;
            setSourceSpans(List.of(span));
        }
    }

    /** Thrown where the fast path leaves the document to commonmark; no stack trace, it is not an error. */
    static final class Defer extends RuntimeException {
        static final Defer INSTANCE = new Defer();

        private Defer() {
            super(null, null, false, false);
        }
    }

    static Defer defer() {
        return Defer.INSTANCE;
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        return PlainMarkdown::inlines;
    }

    private static void inlines(SourceLines lines, Node block) {
        if (block instanceof Heading) {
            heading(lines, block);
        } else if (mayHoldLink(lines)) {
            Scanned s = scanned(lines, block);
            List<PlainInlines.Found> found = new ArrayList<>();
            PlainInlines.scan(s.content, s.starts, s.lineIndexes, found);
            for (PlainInlines.Found f : found) {
                block.appendChild(link(f));
            }
        }
    }

    /** The heading's text as the library path takes it from commonmark's nodes, then its links. */
    private static void heading(SourceLines lines, Node heading) {
        Scanned s = scanned(lines, heading);
        String content = s.content;
        List<PlainInlines.Found> found = new ArrayList<>(0);
        if (content.indexOf('[') >= 0 || content.indexOf('<') >= 0) {
            PlainInlines.scan(content, s.starts, s.lineIndexes, found);
        }
        StringBuilder text = new StringBuilder(content.length());
        PlainInlines.Misses misses = new PlainInlines.Misses();
        List<PlainInlines.Run> runs = new ArrayList<>(0);
        int at = 0;
        for (PlainInlines.Found f : found) {
            PlainInlines.plainText(content, at, f.start(), true, text, misses, runs);
            text.append(f.plain()); // unstripped; its own emphasis is resolved, around it a link is one piece
            at = f.end();
        }
        PlainInlines.plainText(content, at, content.length(), true, text, misses, runs);
        heading.appendChild(new Text(PlainInlines.emphasisRemoved(text, runs).strip()));
        for (PlainInlines.Found f : found) {
            heading.appendChild(link(f));
        }
    }

    private static FoundLink link(PlainInlines.Found f) {
        return new FoundLink(f.destination(), f.plain().strip(), SourceSpan.of(f.line(), 0, 0, 0));
    }

    private static boolean mayHoldLink(SourceLines lines) {
        for (SourceLine line : lines.getLines()) {
            String content = line.getContent().toString(); // a String already: toString() copies nothing
            if (content.indexOf('[') >= 0 || content.indexOf('<') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Inline content: the lines joined with '\n', where each starts in it, and their line indexes. */
    private record Scanned(String content, int[] starts, int[] lineIndexes) {
    }

    /** The block's source spans are its lines', in order: with block spans only, its content lines have none. */
    private static Scanned scanned(SourceLines lines, Node block) {
        List<SourceLine> list = lines.getLines();
        int[] starts = new int[list.size()];
        int[] lineIndexes = new int[list.size()];
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < list.size(); k++) {
            if (k > 0) {
                joined.append('\n');
            }
            starts[k] = joined.length();
            lineIndexes[k] = block.getSourceSpans().get(k).getLineIndex();
            joined.append(list.get(k).getContent());
        }
        return new Scanned(joined.toString(), starts, lineIndexes);
    }
}
