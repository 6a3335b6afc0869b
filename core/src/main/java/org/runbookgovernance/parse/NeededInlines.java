package org.runbookgovernance.parse;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Inline parsing only where a reading uses it: headings (their text is read) and blocks that can hold a
 * link or an image. Without extensions a link or image needs a {@code [} and an autolink a {@code <}, so a
 * paragraph with neither keeps no children; link reference definitions are read by the block parser, before
 * this. Two thirds of what commonmark allocates for a runbook is inline parsing of plain prose.
 * {@code ParserShortcutsTest} compares documents read this way with documents read with every inline parsed.
 */
final class NeededInlines implements InlineParserFactory {

    @Override
    public InlineParser create(InlineParserContext context) {
        return new InlineParser() {
            private InlineParser full; // made on first use: setting one up costs more than a short paragraph

            @Override
            public void parse(SourceLines lines, Node block) {
                if (block instanceof Heading && plainHeading(lines, block)) {
                    return;
                }
                if (block instanceof Heading || mayHoldLink(lines)) {
                    if (full == null) {
                        // commonmark's own inline parser; the builder offers no public way to wrap the default.
                        full = new InlineParserImpl(context);
                    }
                    full.parse(lines, block);
                }
            }
        };
    }

    /**
     * A one-line heading with no character inline parsing acts on reads as one text node, as the full parser
     * would make it (trailing blanks trimmed, the line's source span); most section headings are like that,
     * and the full parser sets up its inline parsers afresh for every block.
     */
    private static boolean plainHeading(SourceLines lines, Node heading) {
        if (lines.getLines().size() != 1) {
            return false;
        }
        String content = lines.getLines().get(0).getContent().toString();
        if (content.isEmpty() || content.charAt(0) == ' ' || content.charAt(0) == '\t') {
            return false;
        }
        for (int i = 0, n = content.length(); i < n; i++) {
            switch (content.charAt(i)) {
                case '\n', '`', '[', ']', '\\', '!', '<', '&', '*', '_':
                    return false;
                default:
                    break;
            }
        }
        int end = content.length();
        while (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t') {
            end--;
        }
        Text text = new Text(content.substring(0, end));
        text.setSourceSpans(lines.getSourceSpans());
        heading.appendChild(text);
        return true;
    }

    static boolean mayHoldLink(SourceLines lines) {
        for (SourceLine line : lines.getLines()) {
            String content = line.getContent().toString(); // a String already: toString() copies nothing
            if (content.indexOf('[') >= 0 || content.indexOf('<') >= 0) {
                return true;
            }
        }
        return false;
    }
}
