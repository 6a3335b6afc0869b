package org.runbookgovernance.parse;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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
