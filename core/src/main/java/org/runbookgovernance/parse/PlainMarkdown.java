package org.runbookgovernance.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.internal.util.Escaping;
import org.commonmark.internal.util.Html5Entities;
import org.commonmark.text.Characters;

/**
 * Reads the headings, links and code lines of a Markdown body without building commonmark's tree. It follows
 * commonmark-java's block algorithm line by line (block quotes, lists, paragraphs with lazy lines, ATX and
 * setext headings, fenced and indented code, thematic breaks, the seven kinds of HTML block, tabs), and
 * scans only paragraphs and headings that can hold a link, for links, images, autolinks, code spans, inline
 * HTML, escapes and entities; heading and link text lose the delimiters emphasis takes, as in commonmark.
 * It answers {@code null}, and commonmark reads the document, on what it leaves alone: link reference
 * definitions, and link or heading text with a nested link, a hard line break, a tab or many emphasis runs.
 * {@code PlainMarkdownTest} holds it to commonmark on the spec's examples and generated documents.
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

    private static final Pattern URI_AUTOLINK = Pattern.compile("[a-zA-Z][a-zA-Z0-9.+-]{1,31}:[^<>\\x00-\\x20]*");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private PlainMarkdown() {
    }

    /**
     * Reads {@code lines[from..]}, the Markdown body; null when it uses Markdown left to commonmark. The lines
     * hold no NUL: {@link Content} refuses such files, and commonmark would replace it.
     */
    static Blocks read(List<String> lines, int from) {
        Reader reader = new Reader(lines);
        try {
            for (int i = from; i < lines.size(); i++) {
                reader.line(i);
            }
            reader.closeAbove(0);
        } catch (Defer e) {
            return null;
        }
        return new Blocks(reader.headings, reader.links, reader.codeLines);
    }

    /** Thrown where the reading leaves the document to commonmark; no stack trace, it is not an error. */
    private static final class Defer extends RuntimeException {
        static final Defer INSTANCE = new Defer();

        private Defer() {
            super(null, null, false, false);
        }
    }

    private static Defer defer() {
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

        void addLine(String line, int from, int lineIndex) {
            if (firstLine < 0) {
                firstLine = lineIndex;
                starts = new int[4];
            } else if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = from;
            if (!mayHoldLink && (line.indexOf('[', from) >= 0 || line.indexOf('<', from) >= 0)) {
                mayHoldLink = true;
            }
        }

        boolean container() {
            return kind <= ITEM;
        }
    }

    /** The state of one reading. */
    private static final class Reader {
        final List<String> lines;
        final boolean[] codeLines;
        final List<Heading> headings = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Block> open = new ArrayList<>();

        // Position in the current line: index and column (tabs go to the next multiple of 4).
        String line;
        int index;
        int column;
        int nextNonSpace;
        int nextNonSpaceColumn;
        int indent;
        boolean blank;

        Reader(List<String> lines) {
            this.lines = lines;
            this.codeLines = new boolean[lines.size()];
            open.add(new Block(DOCUMENT));
        }

        private void findNextNonSpace() {
            int i = index;
            int cols = column;
            blank = true;
            while (i < line.length()) {
                char c = line.charAt(i);
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
            while (column < target && index < line.length()) {
                char c = line.charAt(index);
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
            line = lines.get(lineIndex);
            index = 0;
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
                char c = line.charAt(nextNonSpace);
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
                    addHeading(line.charAt(nextNonSpace) == '=' ? 1 : 2, inlineOf(last));
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
                    Block html = Html.block(line, nextNonSpace, mayInterrupt);
                    if (html != null) {
                        closeAbove(allClosed ? open.size() : matched);
                        allClosed = true;
                        current = addChild(html);
                        break;
                    }
                }
                if ((c == '-' || c == '_' || c == '*') && thematicBreak()) {
                    closeAbove(allClosed ? open.size() : matched);
                    allClosed = true;
                    closeUntilHeld(PARAGRAPH); // a thematic break: a leaf that takes no more lines
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
                tip.addLine(line, index, lineIndex); // lazy continuation
                return;
            }
            if (!allClosed) {
                closeAbove(matched);
            }
            if (!current.container()) {
                addLine(current, lineIndex);
            } else if (!blank) {
                addChild(new Block(PARAGRAPH)).addLine(line, index, lineIndex);
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
                    if (indent >= 4 || blank || line.charAt(nextNonSpace) != '>') {
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
                case PARAGRAPH -> block.addLine(line, index, lineIndex);
                case FENCE, INDENTED_CODE -> codeLines[lineIndex] = true;
                case HTML -> block.ended |= block.htmlEnd != null && Html.ends(block.htmlEnd, line, index);
                default -> throw new IllegalStateException("no lines in block " + block.kind);
            }
        }

        /** Consumes {@code >} and one optional blank after it (one column of a tab). */
        private void quoteMarker() {
            advanceToNextNonSpace();
            index++;
            column++;
            if (index < line.length() && (line.charAt(index) == ' ' || line.charAt(index) == '\t')) {
                advanceToColumn(column + 1);
            }
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
            while (nextNonSpace + run < line.length() && line.charAt(nextNonSpace + run) == c) {
                run++;
            }
            if (run < 3 || c == '`' && line.indexOf('`', nextNonSpace + run) >= 0) {
                return false; // a backtick fence's info string holds no backtick; a tilde fence's may
            }
            fenceLength = run;
            return true;
        }

        private boolean closesFence(Block fence) {
            int i = nextNonSpace;
            while (i < line.length() && line.charAt(i) == fence.marker) {
                i++;
            }
            if (i - nextNonSpace < fence.width) {
                return false;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i == line.length();
        }

        private boolean thematicBreak() {
            int dashes = 0;
            int underscores = 0;
            int stars = 0;
            for (int i = nextNonSpace; i < line.length(); i++) {
                switch (line.charAt(i)) {
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
            char c = line.charAt(nextNonSpace);
            if (c != '=' && c != '-') {
                return false;
            }
            int i = nextNonSpace;
            while (i < line.length() && line.charAt(i) == c) {
                i++;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i == line.length();
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
                while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9' && digits < 10) {
                    start = start * 10 + (line.charAt(i) - '0');
                    digits++;
                    i++;
                }
                if (digits > 9 || i >= line.length() || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
                    return null;
                }
                marker = line.charAt(i) == '.' ? '.' : ')';
                startsAtOne = start == 1;
                i++;
            } else {
                return null;
            }
            if (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return null;
            }
            int columnAfterMarker = nextNonSpaceColumn + (i - nextNonSpace);
            int contentColumn = columnAfterMarker;
            boolean hasContent = false;
            for (int j = i; j < line.length(); j++) {
                char ch = line.charAt(j);
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

        /** An ATX heading, recorded with its links; false if the line is not one. */
        private boolean atxHeading(int lineIndex, boolean allClosed, int matched) {
            int i = nextNonSpace;
            int level = 0;
            while (i < line.length() && line.charAt(i) == '#') {
                level++;
                i++;
            }
            if (level > 6 || i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
            closeAbove(allClosed ? open.size() : matched);
            closeUntilHeld(PARAGRAPH); // a heading: a leaf that takes no more lines
            // commonmark's content: after the blanks, without a closing run of '#' and trailing blanks
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            int end = start;
            boolean hashCanEnd = true;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '#') {
                    if (hashCanEnd) {
                        while (i < line.length() && line.charAt(i) == '#') {
                            i++;
                        }
                        int blanks = 0;
                        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                            i++;
                            blanks++;
                        }
                        if (i < line.length()) {
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
            addHeading(level, new Inline(line.substring(start, end), new int[] {0}, new int[] {lineIndex}));
            return true;
        }

        /** A heading with its text as DocumentParser takes it from commonmark's nodes, and its links. */
        private void addHeading(int level, Inline inline) {
            String content = inline.text();
            List<Found> found = new ArrayList<>(0);
            if (content.indexOf('[') >= 0 || content.indexOf('<') >= 0) {
                Inlines.scan(content, inline.starts(), inline.lineIndexes(), found);
            }
            StringBuilder text = new StringBuilder(content.length());
            Inlines.Misses misses = new Inlines.Misses();
            List<Inlines.Run> runs = new ArrayList<>(0);
            int at = 0;
            for (Found f : found) {
                Inlines.plainText(content, at, f.start, true, text, misses, runs);
                text.append(f.link.text()); // its own emphasis is resolved; around it, a link is one piece
                at = f.end;
            }
            Inlines.plainText(content, at, content.length(), true, text, misses, runs);
            headings.add(new Heading(level, Inlines.emphasisRemoved(text, runs).strip(), inline.lineIndexes()[0]));
            for (Found f : found) {
                links.add(f.link);
            }
        }

        private void paragraphLinks(Block paragraph) {
            Inline inline = inlineOf(paragraph);
            List<Found> found = new ArrayList<>();
            Inlines.scan(inline.text(), inline.starts(), inline.lineIndexes(), found);
            for (Found f : found) {
                links.add(f.link);
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
                String source = lines.get(paragraph.firstLine + k);
                joined.append(source, paragraph.starts[k], source.length());
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

    /** A link found in a text, with where its source starts and ends. */
    private record Found(Link link, int start, int end) {
    }

    /** Raw HTML as the CommonMark spec defines it: the seven kinds of HTML block, and inline HTML. */
    private static final class Html {

        private static final String TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
        private static final String ATTRIBUTE = "(?:\\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*"
                + "(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)";
        private static final String OPEN_TAG = "<" + TAG_NAME + ATTRIBUTE + "*+\\s*/?>";
        private static final String CLOSING_TAG = "</" + TAG_NAME + "\\s*>";
        private static final String BLOCK_NAMES = "address|article|aside|base|basefont|blockquote|body|caption|center|"
                + "col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|"
                + "frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
                + "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|"
                + "tr|track|ul";

        /** Block kinds 1-7: how each starts, and what ends it (null: a blank line). */
        private static final Pattern[] STARTS = {
            Pattern.compile("<(?:script|pre|style|textarea)(?:\\s|>|$)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<!--"),
            Pattern.compile("<\\?"),
            Pattern.compile("<![A-Za-z]"),
            Pattern.compile("<!\\[CDATA\\["),
            Pattern.compile("</?(?:" + BLOCK_NAMES + ")(?:\\s|/?>|$)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:" + OPEN_TAG + "|" + CLOSING_TAG + ")\\s*$"),
        };
        private static final Pattern[] ENDS = {
            Pattern.compile("</(?:script|pre|style|textarea)>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("-->"),
            Pattern.compile("\\?>"),
            Pattern.compile(">"),
            Pattern.compile("\\]\\]>"),
            null,
            null,
        };
        private static final Pattern TAG = Pattern.compile(OPEN_TAG + "|" + CLOSING_TAG);

        private Html() {
        }

        /** The HTML block starting at {@code at}, or null; kind 7 cannot interrupt a paragraph, not even lazily. */
        static Block block(String line, int at, boolean mayInterrupt) {
            for (int kind = 0; kind < STARTS.length; kind++) {
                if (kind == 6 && !mayInterrupt) {
                    break;
                }
                if (STARTS[kind].matcher(line).region(at, line.length()).lookingAt()) {
                    Block block = new Block(HTML);
                    block.htmlEnd = ENDS[kind];
                    return block;
                }
            }
            return null;
        }

        static boolean ends(Pattern end, String line, int from) {
            return end.matcher(line).region(from, line.length()).find();
        }

        /** Where inline HTML starting at {@code at} ends, or -1 if none starts there. */
        static int inlineEnd(String s, int at, Inlines.Misses misses) {
            if (s.startsWith("<!--", at)) {
                if (s.startsWith("<!-->", at) || s.startsWith("<!--->", at)) {
                    return s.startsWith("<!-->", at) ? at + 5 : at + 6;
                }
                return after(misses.find(s, "-->", at + 4, Inlines.Misses.COMMENT_END), 3);
            }
            if (s.startsWith("<?", at)) {
                return after(misses.find(s, "?>", at + 2, Inlines.Misses.PROCESSING_END), 2);
            }
            if (s.startsWith("<![CDATA[", at)) {
                return after(misses.find(s, "]]>", at + 9, Inlines.Misses.CDATA_END), 3);
            }
            int close = misses.find(s, ">", at + 1, Inlines.Misses.TAG_END);
            if (close < 0) {
                return -1; // no tag or declaration ends without a '>'
            }
            if (s.startsWith("<!", at)) {
                return at + 2 < s.length() && isAsciiLetter(s.charAt(at + 2)) ? close + 1 : -1; // a declaration
            }
            Matcher m = TAG.matcher(s).region(at, s.length());
            return m.lookingAt() ? m.end() : -1;
        }

        private static int after(int found, int length) {
            return found < 0 ? -1 : found + length;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }

    /** Inline scanning: where links start and end, and the plain text commonmark would give them. */
    private static final class Inlines {

        private Inlines() {
        }

        /**
         * Searches that found nothing, so a paragraph of many unclosed backticks, quotes or comments stays
         * linear: a search from a later position cannot find what one from an earlier position did not.
         */
        static final class Misses {
            private static final int KINDS = 40; // 0-31: code span closers by run length; then the others
            static final int COMMENT_END = 32;
            static final int PROCESSING_END = 33;
            static final int CDATA_END = 34;
            static final int TAG_END = 35;
            static final int DOUBLE_QUOTE = 36;
            static final int SINGLE_QUOTE = 37;
            static final int PARENTHESIS = 38;
            private int[] from; // made on the first miss: most texts have none

            /** Whether a search of this kind from {@code at} is known to find nothing. */
            boolean known(int kind, int at) {
                return from != null && kind < KINDS && at >= from[kind];
            }

            void miss(int kind, int at) {
                if (kind < KINDS) {
                    if (from == null) {
                        from = new int[KINDS];
                        java.util.Arrays.fill(from, Integer.MAX_VALUE);
                    }
                    from[kind] = Math.min(from[kind], at);
                }
            }

            /** {@code s.indexOf(needle, at)}, remembering a miss. */
            int find(String s, String needle, int at, int kind) {
                if (known(kind, at)) {
                    return -1;
                }
                int found = s.indexOf(needle, at);
                if (found < 0) {
                    miss(kind, at);
                }
                return found;
            }
        }

        /** One open bracket: {@code [} or {@code ![}. */
        private static final class Bracket {
            final int position;
            final boolean image;
            final int linksBefore; // links found before it opened: any found since lie inside its text
            boolean active = true;

            Bracket(int position, boolean image, int linksBefore) {
                this.position = position;
                this.image = image;
                this.linksBefore = linksBefore;
            }
        }

        /**
         * Finds the links in {@code s} (lines joined with '\n', {@code starts[k]} where line k starts, line
         * indexes alongside) in document order, as commonmark's inline parser would make them.
         */
        static void scan(String s, int[] starts, int[] lineIndexes, List<Found> found) {
            List<Bracket> brackets = new ArrayList<>();
            Misses misses = new Misses();
            int n = s.length();
            int i = 0;
            int sortFrom = found.size();
            while (i < n) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> i += i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
                    case '`' -> i = afterCodeSpan(s, i, misses);
                    case '<' -> {
                        int end = autolinkEnd(s, i);
                        if (end > 0) {
                            // inside what becomes link text, plainText defers on it
                            String inside = s.substring(i + 1, end - 1);
                            boolean uri = URI_AUTOLINK.matcher(inside).matches();
                            found.add(new Found(new Link(uri ? inside : "mailto:" + inside, inside,
                                    lineOf(i, starts, lineIndexes)), i, end));
                            i = end;
                        } else {
                            int html = Html.inlineEnd(s, i, misses);
                            i = html < 0 ? i + 1 : html; // inline HTML is opaque: no link starts inside it
                        }
                    }
                    case '!' -> {
                        if (i + 1 < n && s.charAt(i + 1) == '[') {
                            brackets.add(new Bracket(i, true, found.size()));
                            i += 2;
                        } else {
                            i++;
                        }
                    }
                    case '[' -> {
                        brackets.add(new Bracket(i, false, found.size()));
                        i++;
                    }
                    case ']' -> i = closeBracket(s, i, brackets, starts, lineIndexes, found, misses);
                    default -> i++;
                }
            }
            // Nested links close inside out; commonmark's tree lists them outside in, by where they start.
            found.subList(sortFrom, found.size()).sort((a, b) -> Integer.compare(a.start, b.start));
        }

        private static int closeBracket(String s, int i, List<Bracket> brackets, int[] starts, int[] lineIndexes,
                                        List<Found> found, Misses misses) {
            if (brackets.isEmpty()) {
                return i + 1;
            }
            Bracket opener = brackets.remove(brackets.size() - 1);
            if (!opener.active || i + 1 >= s.length() || s.charAt(i + 1) != '(') {
                return i + 1; // no reference definitions here, so only inline links are links
            }
            int j = whitespace(s, i + 2);
            int destStart = j;
            int destEnd = destinationEnd(s, j);
            if (destEnd < 0) {
                return i + 1;
            }
            boolean angled = j < s.length() && s.charAt(j) == '<';
            j = destEnd;
            int afterBlanks = whitespace(s, j);
            if (afterBlanks > j) {
                j = whitespace(s, titleEnd(s, afterBlanks, misses));
            }
            if (j >= s.length() || s.charAt(j) != ')') {
                return i + 1;
            }
            String destination = angled ? s.substring(destStart + 1, destEnd - 1) : s.substring(destStart, destEnd);
            if (destination.indexOf('\\') >= 0 || destination.indexOf('&') >= 0) {
                destination = Escaping.unescapeString(destination); // commonmark's own unescaping
            }
            int textStart = opener.position + (opener.image ? 2 : 1);
            boolean linkInside = found.size() > opener.linksBefore;
            StringBuilder text = new StringBuilder(i - textStart);
            List<Run> runs = new ArrayList<>(0);
            plainText(s, textStart, i, !linkInside, text, misses, runs);
            found.add(new Found(new Link(destination, emphasisRemoved(text, runs).strip(),
                    lineOf(opener.position, starts, lineIndexes)), opener.position, j + 1));
            if (!opener.image) {
                // no links inside links; below an opener already turned off, all are off (a large table is one paragraph)
                for (int k = brackets.size() - 1; k >= 0; k--) {
                    Bracket earlier = brackets.get(k);
                    if (!earlier.image) {
                        if (!earlier.active) {
                            break;
                        }
                        earlier.active = false;
                    }
                }
            }
            return j + 1;
        }

        /** After the blanks and line breaks at {@code i}, as commonmark's scanner skips them. */
        private static int whitespace(String s, int i) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        /** The end of a link destination at {@code i}, {@code <...>} or balanced parentheses; -1 if none. */
        private static int destinationEnd(String s, int i) {
            int n = s.length();
            if (i >= n) {
                return -1;
            }
            if (s.charAt(i) == '<') {
                for (int j = i + 1; j < n; j++) {
                    char c = s.charAt(j);
                    if (c == '\\' && j + 1 < n && isAsciiPunctuation(s.charAt(j + 1))) {
                        j++;
                    } else if (c == '\n' || c == '<') {
                        return -1;
                    } else if (c == '>') {
                        return j + 1;
                    }
                }
                return -1;
            }
            int parens = 0;
            int j = i;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j += j + 1 < n && isAsciiPunctuation(s.charAt(j + 1)) ? 2 : 1;
                    continue;
                }
                if (c == '(') {
                    if (++parens > 32) {
                        return -1;
                    }
                } else if (c == ')') {
                    if (parens == 0) {
                        break;
                    }
                    parens--;
                } else if (c == ' ' || Character.isISOControl(c)) {
                    break;
                }
                j++;
            }
            return j;
        }

        /** After a link title at {@code i} ("...", '...' or (...)), or {@code i} when there is none. */
        private static int titleEnd(String s, int i, Misses misses) {
            if (i >= s.length()) {
                return i;
            }
            char open = s.charAt(i);
            int kind = open == '"' ? Misses.DOUBLE_QUOTE : open == '\'' ? Misses.SINGLE_QUOTE : Misses.PARENTHESIS;
            if (open != '"' && open != '\'' && open != '(') {
                return i;
            }
            if (misses.known(kind, i + 1)) {
                return s.length();
            }
            char close = open == '(' ? ')' : open;
            for (int j = i + 1; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < s.length() && isAsciiPunctuation(s.charAt(j + 1))) {
                    j++;
                } else if (c == close) {
                    return j + 1;
                } else if (open == '(' && c == '(') {
                    return j; // not a title: the ')' this needs is missing, so no link
                }
            }
            misses.miss(kind, i + 1);
            return s.length();
        }

        /** Where an autolink ({@code <scheme:...>} or {@code <name@host>}) at {@code i} ends, or -1. */
        private static int autolinkEnd(String s, int i) {
            int close = i + 1;
            while (close < s.length() && s.charAt(close) > ' ' && s.charAt(close) != '<' && s.charAt(close) != '>') {
                close++; // neither kind holds a blank, a control character or '<'
            }
            if (close >= s.length() || s.charAt(close) != '>') {
                return -1;
            }
            String inside = s.substring(i + 1, close);
            return URI_AUTOLINK.matcher(inside).matches() || EMAIL_AUTOLINK.matcher(inside).matches() ? close + 1 : -1;
        }

        /** After a code span starting at a run of backticks, or after the run if nothing closes it. */
        private static int afterCodeSpan(String s, int i, Misses misses) {
            int run = runOf(s, i, '`');
            int close = closingRun(s, i + run, s.length(), run, misses);
            return close < 0 ? i + run : close + run;
        }

        private static int runOf(String s, int i, char c) {
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            return j - i;
        }

        private static final int MAX_RUNS = 32;
        private static final int MAX_RUN = 8;

        /**
         * A run of {@code *} or {@code _} that can open or close emphasis, as commonmark judges it from the
         * characters around it (the start and end of the text count as blank and as punctuation), and how
         * many of its characters are left as text once emphasis has taken its share.
         */
        static final class Run {
            final char marker;
            final int at; // where the run went in the plain text
            final int length;
            final boolean canOpen;
            final boolean canClose;
            int left;
            boolean active = true;

            private Run(char marker, int at, int length, boolean canOpen, boolean canClose) {
                this.marker = marker;
                this.at = at;
                this.length = length;
                this.canOpen = canOpen;
                this.canClose = canClose;
                this.left = length;
            }

            /** The run at {@code s[i, i + length)}, or null when it can neither open nor close. */
            static Run of(String s, int i, int length, int at) {
                char marker = s.charAt(i);
                int before = i > 0 ? s.codePointBefore(i) : 0;
                int after = i + length < s.length() ? s.codePointAt(i + length) : 0;
                boolean beforeBlank = before == 0 || Characters.isWhitespaceCodePoint(before);
                boolean beforePunctuation = before == 0 || Characters.isPunctuationCodePoint(before);
                boolean afterBlank = after == 0 || Characters.isWhitespaceCodePoint(after);
                boolean afterPunctuation = after == 0 || Characters.isPunctuationCodePoint(after);
                boolean leftFlanking = !afterBlank && (!afterPunctuation || beforeBlank || beforePunctuation);
                boolean rightFlanking = !beforeBlank && (!beforePunctuation || afterBlank || afterPunctuation);
                boolean canOpen = marker == '*' ? leftFlanking : leftFlanking && (!rightFlanking || beforePunctuation);
                boolean canClose = marker == '*' ? rightFlanking : rightFlanking && (!leftFlanking || afterPunctuation);
                return canOpen || canClose ? new Run(marker, at, length, canOpen, canClose) : null;
            }
        }

        /**
         * The plain text without the delimiters emphasis takes: the spec's "process emphasis" over the runs
         * (closers in order, each matched with the nearest opener it may pair with, the rule of three,
         * runs between a pair dropped), then each run keeps its remaining characters as text.
         */
        static String emphasisRemoved(StringBuilder text, List<Run> runs) {
            if (runs.isEmpty()) {
                return text.toString();
            }
            for (int c = 0; c < runs.size(); c++) {
                Run closer = runs.get(c);
                if (!closer.canClose || !closer.active) {
                    continue;
                }
                while (closer.left > 0) {
                    int o = c - 1;
                    while (o >= 0 && !pairs(runs.get(o), closer)) {
                        o--;
                    }
                    if (o < 0) {
                        break;
                    }
                    Run opener = runs.get(o);
                    int use = opener.left >= 2 && closer.left >= 2 ? 2 : 1;
                    opener.left -= use;
                    closer.left -= use;
                    opener.active = opener.left > 0;
                    for (int k = o + 1; k < c; k++) {
                        runs.get(k).active = false;
                    }
                }
                closer.active = closer.left > 0;
            }
            StringBuilder plain = new StringBuilder(text.length());
            int at = 0;
            for (Run run : runs) {
                plain.append(text, at, run.at);
                for (int k = 0; k < run.left; k++) {
                    plain.append(run.marker);
                }
                at = run.at + run.length;
            }
            return plain.append(text, at, text.length()).toString();
        }

        private static boolean pairs(Run opener, Run closer) {
            return opener.active && opener.canOpen && opener.left > 0 && opener.marker == closer.marker
                    && !((opener.canClose || closer.canOpen) && closer.length % 3 != 0
                            && (opener.length + closer.length) % 3 == 0);
        }

        /**
         * Appends the plain text of {@code s[from, to)} as DocumentParser takes it from commonmark's nodes:
         * texts, code spans, escaped characters and entities, line breaks as spaces, no inline HTML. Runs of
         * {@code *} and {@code _} are appended and noted in {@code runs}, for {@link #emphasisRemoved}.
         * Defers on a hard line break, a tab, an autolink, and on brackets unless {@code bracketsAreText}.
         */
        static void plainText(String s, int from, int to, boolean bracketsAreText, StringBuilder out, Misses misses,
                              List<Run> runs) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                switch (c) {
                    case '`' -> {
                        int run = runOf(s, i, '`');
                        int close = closingRun(s, i + run, to, run, misses);
                        if (close < 0) {
                            out.append(s, i, i + run);
                            i += run;
                        } else {
                            String code = s.substring(i + run, close).replace('\n', ' ');
                            if (code.length() >= 3 && code.charAt(0) == ' ' && code.charAt(code.length() - 1) == ' '
                                    && !code.isBlank()) {
                                code = code.substring(1, code.length() - 1);
                            }
                            out.append(code);
                            i = close + run;
                        }
                    }
                    case '\n' -> {
                        if (s.charAt(i - 1) == ' ') {
                            throw defer(); // trailing blanks or a hard break inside the text
                        }
                        out.append(' ');
                        i++;
                    }
                    case '*', '_' -> {
                        int run = runOf(s, i, c);
                        Run delimiters = Run.of(s, i, run, out.length());
                        if (delimiters != null) {
                            runs.add(delimiters);
                            if (runs.size() > MAX_RUNS || delimiters.length > MAX_RUN) {
                                throw defer(); // keeps emphasis far below commonmark's nesting limit, and linear
                            }
                        }
                        out.append(s, i, i + run);
                        i += run;
                    }
                    case '&' -> {
                        Matcher entity = ENTITY.matcher(s).region(i, to);
                        if (entity.lookingAt()) {
                            out.append(Html5Entities.entityToString(entity.group())); // as commonmark decodes it
                            i = entity.end();
                        } else {
                            out.append(c);
                            i++;
                        }
                    }
                    case '\\' -> {
                        char next = i + 1 < to ? s.charAt(i + 1) : ' ';
                        if (next == '\n') {
                            throw defer(); // a hard line break
                        }
                        if (isAsciiPunctuation(next)) {
                            out.append(next);
                            i += 2;
                        } else {
                            out.append(c);
                            i++;
                        }
                    }
                    case '[', ']' -> {
                        if (!bracketsAreText) {
                            throw defer(); // link text holding a link or image
                        }
                        out.append(c);
                        i++;
                    }
                    case '<' -> {
                        int html = Html.inlineEnd(s, i, misses);
                        if (html > to || html < 0 && autolinkEnd(s, i) > 0) {
                            throw defer();
                        }
                        if (html < 0) {
                            out.append(c); // a plain '<'
                            i++;
                        } else {
                            i = html; // inline HTML has no text
                        }
                    }
                    case '\t' -> throw defer();
                    default -> {
                        out.append(c);
                        i++;
                    }
                }
            }
        }

        /** Where a run of exactly {@code run} backticks starts in {@code s[from, to)}, or -1. */
        private static int closingRun(String s, int from, int to, int run, Misses misses) {
            int kind = run < 32 ? run : Integer.MAX_VALUE; // longer runs are rare enough to search again
            if (misses.known(kind, from)) {
                return -1;
            }
            int j = from;
            while ((j = s.indexOf('`', j)) >= 0 && j < to) {
                int closing = runOf(s, j, '`');
                if (closing == run) {
                    return j;
                }
                j += closing;
            }
            if (to == s.length()) {
                misses.miss(kind, from);
            }
            return -1;
        }

        private static int lineOf(int position, int[] starts, int[] lineIndexes) {
            int k = java.util.Arrays.binarySearch(starts, position);
            return lineIndexes[k >= 0 ? k : -k - 2];
        }

        private static boolean isAsciiPunctuation(char c) {
            return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
        }
    }
}
