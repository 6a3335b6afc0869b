package org.runbookgovernance.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the headings, links and code lines of a Markdown body without building commonmark's tree. It follows
 * commonmark-java's block algorithm line by line (block quotes, lists, paragraphs with lazy lines, ATX and
 * setext headings, fenced and indented code, thematic breaks, the seven kinds of HTML block, tabs), and
 * scans only paragraphs and headings that can hold a link, for links, images, autolinks, code spans, inline
 * HTML, escapes and entities; heading and link text lose the delimiters emphasis takes, as in commonmark.
 * It answers {@code null}, and commonmark reads the document, on what it leaves alone: link reference
 * definitions, character references in link or heading text or a destination, and link or heading text with a
 * nested link, a hard line break, a tab or many emphasis runs.
 * {@code PlainMarkdownTest} holds it to commonmark on the spec's examples and generated documents.
 */
final class PlainMarkdown {

    /** A heading: level 1-6, its plain text, and its line (an index into the lines). */
    record Heading(int level, String text, int line) {
    }

    /** A link or image: destination as written (escapes and entities resolved), plain text, line index. */
    record Link(String destination, String text, int line) {
    }

    /**
     * What a reading found; {@code codeLines[i]} is true for lines inside fenced or indented code, and
     * {@code thematicBreaks} holds the line index of every thematic break, in order.
     */
    record Blocks(List<Heading> headings, List<Link> links, boolean[] codeLines, List<Integer> thematicBreaks) {
    }

    private PlainMarkdown() {
    }

    /**
     * Reads {@code lines[from..]}, the Markdown body; null when it uses Markdown left to commonmark. The lines
     * hold no NUL: {@link Content} refuses such files, and commonmark would replace it.
     */
    static Blocks read(Lines lines, int from) {
        Reader reader = new Reader(lines);
        try {
            for (int i = from; i < lines.size(); i++) {
                reader.line(i);
            }
            reader.closeAbove(0);
        } catch (Defer e) {
            return null;
        }
        return new Blocks(reader.headings, reader.links, reader.codeLines, reader.thematicBreaks);
    }

    /** Thrown where the reading leaves the document to commonmark; no stack trace, it is not an error. */
    static final class Defer extends RuntimeException {
        static final Defer INSTANCE = new Defer();

        private Defer() {
            super(null, null, false, false);
        }
    }

    static Defer defer() {
        return Defer.INSTANCE;
    }

    /** commonmark-java's default limit: with more blocks open, no block starts (nesting costs every line). */
    private static final int MAX_OPEN_BLOCKS = 100;

    // Open block kinds. Containers first: they can hold other blocks.
    private static final int DOCUMENT = 0;
    private static final int QUOTE = 1;
    private static final int LIST = 2;
    private static final int ITEM = 3;
    private static final int PARAGRAPH = 4;
    private static final int FENCE = 5;
    private static final int INDENTED_CODE = 6;
    private static final int HTML = 7;

    /** One open block. Mutable, but never leaves its reading. */
    private static final class Block {
        final int kind;
        char marker; // list: bullet character or ordered delimiter; fence: fence character
        int width; // item: content indent; fence: fence length
        boolean ended; // HTML block: its end marker was seen
        int firstLine = -1; // paragraph: its first line; its lines follow one another, lazy ones too
        int[] starts; // paragraph: where each line's content starts
        int count;
        boolean mayHoldLink; // paragraph: has a '[' or '<'; without one no link can start
        boolean hasChild; // item: holds a block; a blank line ends an item that does not
        Pattern htmlEnd; // HTML block: what ends it; null for the kinds a blank line ends

        Block(int kind) {
            this.kind = kind;
        }

        /** Adds line {@code lineIndex}, its content starting at offset {@code from}. */
        void addLine(int from, int lineIndex) {
            if (firstLine < 0) {
                firstLine = lineIndex;
                starts = new int[4];
            } else if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = from;
        }

        boolean container() {
            return kind <= ITEM;
        }
    }

    /** The state of one reading. */
    private static final class Reader {
        final Lines lines;
        final boolean[] codeLines;
        final List<Heading> headings = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Integer> thematicBreaks = new ArrayList<>();
        final List<Block> open = new ArrayList<>();

        // The whole text, read in place: the current line is source[its start, lineEnd). Position in it:
        // index and column (tabs go to the next multiple of 4).
        final String source;
        int lineEnd;
        int index;
        int column;
        int nextNonSpace;
        int nextNonSpaceColumn;
        int indent;
        boolean blank;

        Reader(Lines lines) {
            this.lines = lines;
            this.source = lines.text();
            this.codeLines = new boolean[lines.size()];
            open.add(new Block(DOCUMENT));
        }

        private void findNextNonSpace() {
            int i = index;
            int cols = column;
            blank = true;
            while (i < lineEnd) {
                char c = source.charAt(i);
                if (c == ' ') {
                    cols++;
                } else if (c == '\t') {
                    cols += 4 - (cols % 4);
                } else {
                    blank = false;
                    break;
                }
                i++;
            }
            nextNonSpace = i;
            nextNonSpaceColumn = cols;
            indent = cols - column;
        }

        /**
         * Moves on to a column. A tab that reaches past it is only partly consumed, as in commonmark: the
         * position stays on the tab, and the next step counts the columns it has left.
         */
        private void advanceToColumn(int target) {
            while (column < target && index < lineEnd) {
                char c = source.charAt(index);
                if (c == '\t') {
                    int next = column + 4 - (column % 4);
                    if (next > target) {
                        column = target;
                        return;
                    }
                    column = next;
                } else {
                    column++;
                }
                index++;
            }
        }

        private void advanceToNextNonSpace() {
            index = nextNonSpace;
            column = nextNonSpaceColumn;
        }

        /** Reads one line: the open blocks it continues, the blocks it starts, and where its text goes. */
        void line(int lineIndex) {
            index = lines.start(lineIndex);
            lineEnd = lines.end(lineIndex);
            column = 0;
            int matched = continueOpenBlocks(lineIndex);
            if (matched < 0) {
                return;
            }
            boolean allClosed = matched == open.size();
            Block last = open.get(matched - 1);
            Block tip = open.get(open.size() - 1);
            Block current = last;
            boolean tryStarts = last.kind == PARAGRAPH || last.container();
            while (tryStarts) {
                findNextNonSpace();
                if (blank || open.size() > MAX_OPEN_BLOCKS) {
                    advanceToNextNonSpace(); // beyond commonmark's nesting limit, what would start a block is text
                    break;
                }
                char c = source.charAt(nextNonSpace);
                if (indent >= 4) {
                    if (open.get(open.size() - 1).kind == PARAGRAPH) {
                        advanceToNextNonSpace(); // indented code cannot interrupt a paragraph, even a lazy one
                        break;
                    }
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    advanceToColumn(column + 4);
                    current = addChild(new Block(INDENTED_CODE));
                    break;
                }
                if (c == '>') {
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    quoteMarker();
                    current = addChild(new Block(QUOTE));
                    continue;
                }
                if (c == '#' && atxHeading(lineIndex, allClosed, matched)) {
                    allClosed = true;
                    current = null;
                    break;
                }
                if (last.kind == PARAGRAPH && current == last && setextUnderline()) {
                    // the paragraph becomes a heading; the underline only ends it
                    open.remove(open.size() - 1);
                    addHeading(source.charAt(nextNonSpace) == '=' ? 1 : 2, inlineOf(last));
                    return;
                }
                if ((c == '`' || c == '~') && fenceOpening(c)) {
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    Block fence = new Block(FENCE);
                    fence.marker = c;
                    fence.width = fenceLength;
                    current = addChild(fence);
                    break;
                }
                if (c == '<') {
                    boolean mayInterrupt = current.kind != PARAGRAPH && open.get(open.size() - 1).kind != PARAGRAPH;
                    int kind = RawHtml.blockKind(source, nextNonSpace, lineEnd, mayInterrupt);
                    if (kind >= 0) {
                        closeAbove(allClosed ? open.size() : matched);
                        allClosed = true;
                        Block html = new Block(HTML);
                        html.htmlEnd = RawHtml.blockEnd(kind);
                        current = addChild(html);
                        break;
                    }
                }
                if ((c == '-' || c == '_' || c == '*') && thematicBreak()) {
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    closeUntilHeld(PARAGRAPH); // a thematic break: a leaf that takes no more lines
                    thematicBreaks.add(lineIndex);
                    current = null;
                    break;
                }
                Block item = listItem(c, current.kind == PARAGRAPH && current == last);
                if (item != null) {
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    Block top = open.get(open.size() - 1);
                    if (top.kind == PARAGRAPH) {
                        closeAbove(open.size() - 1);
                        top = open.get(open.size() - 1);
                    }
                    if (top.kind != LIST || top.marker != item.marker) {
                        Block list = new Block(LIST);
                        list.marker = item.marker;
                        addChild(list);
                    }
                    open.add(item);
                    current = item;
                    continue;
                }
                advanceToNextNonSpace();
                break;
            }

            if (current == null) {
                return; // a heading or a thematic break took the line
            }
            if (!allClosed && !blank && tip.kind == PARAGRAPH) {
                addParagraphLine(tip, lineIndex); // lazy continuation
                return;
            }
            if (!allClosed) {
                closeAbove(matched);
            }
            if (!current.container()) {
                addLine(current, lineIndex);
            } else if (!blank) {
                addParagraphLine(addChild(new Block(PARAGRAPH)), lineIndex);
            }
        }

        /**
         * How many open blocks, the document first, this line continues, consuming their markers and indents;
         * -1 when a closing fence took the whole line.
         */
        private int continueOpenBlocks(int lineIndex) {
            int matched = 1;
            for (; matched < open.size(); matched++) {
                Block block = open.get(matched);
                findNextNonSpace();
                if (block.kind == QUOTE) {
                    if (indent >= 4 || blank || source.charAt(nextNonSpace) != '>') {
                        break;
                    }
                    quoteMarker();
                } else if (block.kind == ITEM) {
                    if (blank) {
                        if (!block.hasChild) {
                            break;
                        }
                        advanceToNextNonSpace();
                    } else if (indent >= block.width) {
                        advanceToColumn(column + block.width);
                    } else {
                        break;
                    }
                } else if (block.kind == PARAGRAPH) {
                    if (blank) {
                        break;
                    }
                } else if (block.kind == FENCE) {
                    if (indent < 4 && !blank && closesFence(block)) {
                        codeLines[lineIndex] = true;
                        closeAbove(matched); // the closing fence ends the block and the line
                        return -1;
                    }
                } else if (block.kind == INDENTED_CODE) {
                    if (indent >= 4) {
                        advanceToColumn(column + 4);
                    } else if (blank) {
                        advanceToNextNonSpace();
                    } else {
                        break;
                    }
                } else if (block.kind == HTML && (block.ended || blank && block.htmlEnd == null)) {
                    break; // an HTML block ends at its end marker, or without one (kinds 6 and 7) at a blank line
                }
                // lists always go on; blocks that cannot hold what comes are closed when it comes
            }
            return matched;
        }

        private void addLine(Block block, int lineIndex) {
            switch (block.kind) {
                case PARAGRAPH -> addParagraphLine(block, lineIndex);
                case FENCE, INDENTED_CODE -> codeLines[lineIndex] = true;
                case HTML -> block.ended |= block.htmlEnd != null && RawHtml.ends(block.htmlEnd, source, index, lineEnd);
                default -> throw new IllegalStateException("no lines in block " + block.kind);
            }
        }

        /** Consumes {@code >} and one optional blank after it (one column of a tab). */
        private void quoteMarker() {
            advanceToNextNonSpace();
            index++;
            column++;
            if (index < lineEnd && (source.charAt(index) == ' ' || source.charAt(index) == '\t')) {
                advanceToColumn(column + 1);
            }
        }

        /** Adds the rest of the current line to a paragraph, noting whether it may hold a link. */
        private void addParagraphLine(Block paragraph, int lineIndex) {
            paragraph.addLine(index, lineIndex);
            if (!paragraph.mayHoldLink && (next('[', index) < lineEnd || next('<', index) < lineEnd)) {
                paragraph.mayHoldLink = true;
            }
        }

        /** Per looked-for character ('[', '<', '`'): none of it in {@code line[foundFrom, foundAt)}. */
        private final int[] foundFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        private final int[] foundAt = new int[3];

        /**
         * The first {@code c} in the text at or after {@code from}, or the text's length. The text has no
         * line ends to stop a search at, so the last answer per character is remembered: lines are read in
         * order, and a search for what is lines away is made once, not once per line.
         */
        private int next(char c, int from) {
            int k = c == '[' ? 0 : c == '<' ? 1 : 2;
            if (foundFrom[k] <= from && from <= foundAt[k]) {
                return foundAt[k];
            }
            int at = source.indexOf(c, from);
            foundFrom[k] = from;
            foundAt[k] = at < 0 ? source.length() : at;
            return foundAt[k];
        }

        /** Closes every open block from {@code from} on, innermost first. */
        void closeAbove(int from) {
            for (int i = open.size() - 1; i >= from; i--) {
                close(open.remove(i));
            }
        }

        private void close(Block block) {
            if (block.kind == PARAGRAPH && block.mayHoldLink) {
                paragraphLinks(block);
            }
        }

        /** Adds a block to the innermost open block that can hold it, closing the ones that cannot. */
        private Block addChild(Block child) {
            closeUntilHeld(child.kind);
            open.add(child);
            return child;
        }

        /**
         * Closes open blocks until the innermost can hold a block of this kind, and gives it one. A heading or a
         * thematic break comes through here too: it closes what any block closes, and no line goes on it.
         */
        private void closeUntilHeld(int kind) {
            while (true) {
                Block top = open.get(open.size() - 1);
                if (top.container() && (top.kind != LIST || kind == ITEM)) {
                    top.hasChild = true;
                    return;
                }
                close(open.remove(open.size() - 1));
            }
        }

        // ---- block starts, each read at nextNonSpace with indent < 4 ----

        private int fenceLength;

        private boolean fenceOpening(char c) {
            int run = 0;
            while (nextNonSpace + run < lineEnd && source.charAt(nextNonSpace + run) == c) {
                run++;
            }
            if (run < 3 || c == '`' && next('`', nextNonSpace + run) < lineEnd) {
                return false; // a backtick fence's info string holds no backtick; a tilde fence's may
            }
            fenceLength = run;
            return true;
        }

        private boolean closesFence(Block fence) {
            int i = nextNonSpace;
            while (i < lineEnd && source.charAt(i) == fence.marker) {
                i++;
            }
            if (i - nextNonSpace < fence.width) {
                return false;
            }
            while (i < lineEnd && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            return i == lineEnd;
        }

        private boolean thematicBreak() {
            int dashes = 0;
            int underscores = 0;
            int stars = 0;
            for (int i = nextNonSpace; i < lineEnd; i++) {
                switch (source.charAt(i)) {
                    case '-' -> dashes++;
                    case '_' -> underscores++;
                    case '*' -> stars++;
                    case ' ', '\t' -> {
                    }
                    default -> {
                        return false;
                    }
                }
            }
            return dashes >= 3 && underscores == 0 && stars == 0 || underscores >= 3 && dashes == 0 && stars == 0
                    || stars >= 3 && dashes == 0 && underscores == 0;
        }

        private boolean setextUnderline() {
            char c = source.charAt(nextNonSpace);
            if (c != '=' && c != '-') {
                return false;
            }
            int i = nextNonSpace;
            while (i < lineEnd && source.charAt(i) == c) {
                i++;
            }
            while (i < lineEnd && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            return i == lineEnd;
        }

        /** A list item starting here, or null; the position moves to its content only when there is one. */
        private Block listItem(char c, boolean inParagraph) {
            int i = nextNonSpace;
            char marker;
            boolean startsAtOne = true;
            if (c == '-' || c == '+' || c == '*') {
                marker = c;
                i++;
            } else if (c >= '0' && c <= '9') {
                int digits = 0;
                long start = 0;
                while (i < lineEnd && source.charAt(i) >= '0' && source.charAt(i) <= '9' && digits < 10) {
                    start = start * 10 + (source.charAt(i) - '0');
                    digits++;
                    i++;
                }
                if (digits > 9 || i >= lineEnd || (source.charAt(i) != '.' && source.charAt(i) != ')')) {
                    return null;
                }
                marker = source.charAt(i) == '.' ? '.' : ')';
                startsAtOne = start == 1;
                i++;
            } else {
                return null;
            }
            if (i < lineEnd && source.charAt(i) != ' ' && source.charAt(i) != '\t') {
                return null;
            }
            int columnAfterMarker = nextNonSpaceColumn + (i - nextNonSpace);
            int contentColumn = columnAfterMarker;
            boolean hasContent = false;
            for (int j = i; j < lineEnd; j++) {
                char ch = source.charAt(j);
                if (ch == '\t') {
                    contentColumn += 4 - (contentColumn % 4);
                } else if (ch == ' ') {
                    contentColumn++;
                } else {
                    hasContent = true;
                    break;
                }
            }
            if (inParagraph && (!startsAtOne || !hasContent)) {
                return null; // cannot interrupt a paragraph
            }
            if (!hasContent || contentColumn - columnAfterMarker > 4) {
                contentColumn = columnAfterMarker + 1; // empty, or opening with indented code: one column on
            }
            Block item = new Block(ITEM);
            item.marker = marker;
            item.width = contentColumn - column;
            index = i;
            column = columnAfterMarker;
            advanceToColumn(contentColumn);
            return item;
        }

        private static boolean scannerBlank(char c) {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
        }

        /** An ATX heading, recorded with its links; false if the line is not one. */
        private boolean atxHeading(int lineIndex, boolean allClosed, int matched) {
            int i = nextNonSpace;
            int level = 0;
            while (i < lineEnd && source.charAt(i) == '#') {
                level++;
                i++;
            }
            if (level > 6 || i < lineEnd && source.charAt(i) != ' ' && source.charAt(i) != '\t') {
                return false;
            }
            closeAbove(allClosed ? open.size() : matched);
            closeUntilHeld(PARAGRAPH); // a heading: a leaf that takes no more lines
            // commonmark's content: after the blanks, without a closing run of '#' and trailing blanks (its
            // scanner's blanks here include form feed and vertical tab)
            while (i < lineEnd && scannerBlank(source.charAt(i))) {
                i++;
            }
            int start = i;
            int end = start;
            boolean hashCanEnd = true;
            while (i < lineEnd) {
                char c = source.charAt(i);
                if (c == '#') {
                    if (hashCanEnd) {
                        while (i < lineEnd && source.charAt(i) == '#') {
                            i++;
                        }
                        int blanks = 0;
                        while (i < lineEnd && scannerBlank(source.charAt(i))) {
                            i++;
                            blanks++;
                        }
                        if (i < lineEnd) {
                            end = i;
                        }
                        hashCanEnd = blanks > 0;
                    } else {
                        i++;
                        end = i;
                    }
                } else if (c == ' ' || c == '\t') {
                    hashCanEnd = true;
                    i++;
                } else {
                    hashCanEnd = false;
                    i++;
                    end = i;
                }
            }
            addHeading(level, new Inline(source.substring(start, end), new int[] {0}, new int[] {lineIndex}));
            return true;
        }

        /** A heading with its text as DocumentParser takes it from commonmark's nodes, and its links. */
        private void addHeading(int level, Inline inline) {
            String content = inline.text();
            List<PlainInlines.Found> found = new ArrayList<>(0);
            if (content.indexOf('[') >= 0 || content.indexOf('<') >= 0) {
                PlainInlines.scan(content, inline.starts(), inline.lineIndexes(), found);
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
            headings.add(new Heading(level, PlainInlines.emphasisRemoved(text, runs).strip(), inline.lineIndexes()[0]));
            for (PlainInlines.Found f : found) {
                links.add(new Link(f.destination(), f.plain().strip(), f.line()));
            }
        }

        private void paragraphLinks(Block paragraph) {
            Inline inline = inlineOf(paragraph);
            List<PlainInlines.Found> found = new ArrayList<>();
            PlainInlines.scan(inline.text(), inline.starts(), inline.lineIndexes(), found);
            for (PlainInlines.Found f : found) {
                links.add(new Link(f.destination(), f.plain().strip(), f.line()));
            }
        }

        /** A paragraph's inline content: its lines' content joined with '\n'. */
        private Inline inlineOf(Block paragraph) {
            StringBuilder joined = new StringBuilder();
            int[] starts = new int[paragraph.count];
            int[] lineIndexes = new int[paragraph.count];
            for (int k = 0; k < paragraph.count; k++) {
                if (k > 0) {
                    joined.append('\n');
                }
                starts[k] = joined.length();
                lineIndexes[k] = paragraph.firstLine + k;
                joined.append(source, paragraph.starts[k], lines.end(paragraph.firstLine + k));
            }
            String content = joined.toString();
            if (content.startsWith("[") && content.contains("]:")) {
                throw defer(); // may be a link reference definition
            }
            return new Inline(content, starts, lineIndexes);
        }
    }

    /** Inline content: its text, where each of its lines starts in it, and those lines' indexes. */
    private record Inline(String text, int[] starts, int[] lineIndexes) {
    }
}
