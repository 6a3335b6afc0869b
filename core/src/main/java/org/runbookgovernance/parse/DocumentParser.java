package org.runbookgovernance.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.Mojibake;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.ReaderUse.Reader;
import org.runbookgovernance.model.RunbookGap;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;

/**
 * Reads one Markdown file into a {@link Document}: front matter, bold label lines, headings with GitHub
 * anchors, links with file lines, waiver comments, double-encoded UTF-8 and (for incident reports) runbook
 * gaps. The body is read by {@link PlainMarkdown} where it can, by commonmark otherwise, with the same result;
 * with {@link FastPaths} off, by commonmark alone.
 * Pure and thread-safe; the commonmark parser is shared.
 */
public final class DocumentParser {

    static final int MAX_LINE_CHARS = 100_000;
    static final int LABEL_HEAD_LINES = 60;
    static final int LABEL_FOOT_LINES = 30;
    static final int MAX_MOJIBAKE = 200;

    /** The library path, and where the fast path hands a document it leaves: commonmark, every inline parsed. */
    private static final Parser LIBRARY = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private static final Pattern NO_GAP = Pattern.compile("\\bno (?:runbook )?gaps?\\b|\\bnone\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ID = Pattern.compile(
            "\\G[\\s,/&|]*(?:and\\s+)?([A-Za-z]{2,8}-\\d{1,6})(?![0-9A-Za-z])");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern NOTE_LEAD = Pattern.compile("^[\\s:|–—-]+");

    private DocumentParser() {
    }

    /** Reads the file (at most {@link RepositoryScanner#MAX_FILE_BYTES}) and parses it. */
    public static ParsedFile parse(ScannedFile file) {
        byte[] content;
        try {
            content = FileBytes.read(file.file());
        } catch (IOException | RuntimeException e) {
            return skipped(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(file.path()),
                    "unreadable file: `" + file.path() + "` could not be read (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); check its permissions or exclude it with `documents.exclude`."));
        }
        if (content.length > RepositoryScanner.MAX_FILE_BYTES) {
            return skipped(RepositoryScanner.tooLarge(file.path(), content.length));
        }
        return parse(file.path(), file.kind(), content);
    }

    /**
     * Parses file content; never throws for bad content, which becomes problems instead. The fast paths are
     * taken unless {@link FastPaths} turns them off.
     */
    public static ParsedFile parse(String path, DocumentKind kind, byte[] content) {
        return parse(path, kind, content, FastPaths.on(Reader.MARKDOWN));
    }

    /** With {@code fast}, {@link PlainMarkdown} is tried first; without, commonmark alone reads the body. */
    static ParsedFile parse(String path, DocumentKind kind, byte[] content, boolean fast) {
        return parse(path, kind, content, fast ? PlainMarkdown::read : null);
    }

    /** The Markdown fast path: the body's blocks from the lines and the body's first line, or null to defer. */
    interface PlainReader {
        PlainMarkdown.Blocks read(Lines lines, int bodyStart);
    }

    /** With a {@code plainReader} (null for none), it is tried before commonmark. */
    static ParsedFile parse(String path, DocumentKind kind, byte[] content, PlainReader plainReader) {
        Content.Decoded decoded = Content.decode(path, content);
        if (!decoded.ok()) {
            return skipped(decoded.problem());
        }
        String text = decoded.text();
        boolean lfOnly = text.indexOf('\r') < 0;
        Lines lines = Lines.of(text, lfOnly);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.length(i) > MAX_LINE_CHARS) {
                return skipped(new Problem(ProblemIds.TOO_LARGE, new SourcePosition(path, i + 1),
                        "line too long: line " + (i + 1) + " of `" + path + "` has " + lines.length(i)
                                + " characters, more than " + MAX_LINE_CHARS + "; break it up or exclude the file."));
            }
        }
        // Valid UTF-8 gives one char per byte only when every byte is ASCII: then no line can hold mojibake.
        boolean ascii = text.length() == content.length - (Content.hasBom(content) ? 3 : 0);
        try {
            return new Reading(path, kind, text, lfOnly, ascii, lines).read(plainReader);
        } catch (StackOverflowError e) {
            return skipped(new Problem(ProblemIds.TOO_LARGE, SourcePosition.file(path),
                    "document nests too deeply: `" + path + "` nests quotes or lists too deeply to read; "
                            + "flatten the nesting."));
        }
    }

    private static ParsedFile skipped(Problem problem) {
        return new ParsedFile(Optional.empty(), List.of(problem));
    }

    /**
     * The Markdown body as commonmark gets it: the same lines as {@code String.join("\n", lines[bodyStart..])}.
     * For LF-only text that is a slice of the text (the text itself without front matter), not a second copy;
     * commonmark reads a final line break as ending the last line, so it is left on unless the last line is
     * empty (there it would open one more blank line, so it is cut off and the slice equals the join).
     */
    static String body(String text, boolean lfOnly, Lines lines, int bodyStart) {
        if (!lfOnly) {
            return String.join("\n", lines.subList(bodyStart, lines.size()));
        }
        if (bodyStart >= lines.size()) {
            return "";
        }
        int from = lines.start(bodyStart);
        int n = text.length();
        boolean lastLineEmpty = lines.length(lines.size() - 1) == 0;
        int to = lastLineEmpty ? n - 1 : n; // an empty last line always ends in the text's final '\n'
        return from == 0 && to == n ? text : text.substring(from, to);
    }

    /** The state of one parse; not shared between threads. */
    private static final class Reading {
        private final String path;
        private final DocumentKind kind;
        private final String text;
        private final boolean lfOnly;
        private final boolean ascii;
        private final Lines lines;
        private final List<Problem> problems = new ArrayList<>();
        private final List<MetadataEntry> metadata = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<org.runbookgovernance.model.Link> links = new ArrayList<>();
        private final Anchors.Registry anchors = new Anchors.Registry();
        /** Line indexes of the thematic breaks, in order. */
        private final List<Integer> thematicBreaks = new ArrayList<>();
        private int bodyStart;
        private boolean[] codeLines;

        Reading(String path, DocumentKind kind, String text, boolean lfOnly, boolean ascii, Lines lines) {
            this.path = path;
            this.kind = kind;
            this.text = text;
            this.lfOnly = lfOnly;
            this.ascii = ascii;
            this.lines = lines;
        }

        ParsedFile read(PlainReader plainReader) {
            boolean fast = plainReader != null;
            FrontMatter.Block block = FrontMatter.locate(lines, path, problems);
            bodyStart = block.bodyStart();
            Outcome frontMatter = FrontMatter.read(lines, block, path, metadata, suppressions, problems);
            PlainMarkdown.Blocks plain = fast ? plainReading(plainReader) : null;
            Outcome markdownOutcome = fast ? (plainFailure ? Outcome.FAILURE : plain == null ? Outcome.FALLBACK
                    : Outcome.FAST) : Outcome.LIBRARY;
            if (plain != null) {
                codeLines = plain.codeLines();
                for (PlainMarkdown.Heading h : plain.headings()) {
                    headings.add(new Heading(h.level(), h.text(), anchors.anchorFor(h.text()), h.line() + 1));
                }
                for (PlainMarkdown.Link l : plain.links()) {
                    links.add(new org.runbookgovernance.model.Link(l.destination(), l.text(), l.line() + 1));
                }
                thematicBreaks.addAll(plain.thematicBreaks());
            } else {
                codeLines = new boolean[lines.size()];
                walk(LIBRARY.parse(body(text, lfOnly, lines, bodyStart)));
            }

            int headerEnd = headerEnd();
            int footerStart = footerStart();
            List<Mojibake> mojibake = new ArrayList<>();
            // Waivers live in <!-- --> comments: a text without one (most files) skips the per-line marker
            // search, and "<!--" is found faster than the marker, whose first letter is common in prose.
            boolean comments = text.contains("<!--");
            // Likewise HTML anchors and Hugo shortcodes: most files have neither. Their texts ("id=", "name=",
            // "ref ") start with letters common in prose; '=' and "{{" are rare, so those are looked for first.
            TextCursor equalsSigns = new TextCursor("=");
            TextCursor shortcodes = new TextCursor("{{");
            List<String> htmlAnchors = new ArrayList<>(0);
            List<org.runbookgovernance.model.Link> shortcodeLinks = new ArrayList<>(0);
            // A line is made a String only where something reads it: most lines are only Markdown.
            for (int i = 0; i < lines.size(); i++) {
                if (!ascii && mojibake.size() < MAX_MOJIBAKE) {
                    DoubleEncoding.find(lines.get(i), i + 1).ifPresent(mojibake::add);
                }
                if (i < bodyStart || codeLines[i]) {
                    continue;
                }
                if ((i < headerEnd || i >= footerStart) && LabelLine.mayBeLabel(text, lines.start(i), lines.end(i))) {
                    Optional<MetadataEntry> label = LabelLine.read(lines.get(i), i + 1);
                    if (label.isPresent()) {
                        metadata.add(label.get());
                    }
                }
                if (comments && hasMarker(i)) {
                    SuppressionComment.read(lines.get(i), new SourcePosition(path, i + 1), suppressions, problems);
                }
                int start = lines.start(i);
                int end = lines.end(i);
                if (equalsSigns.on(start, end) && (lineHas("id=", start, end) || lineHas("name=", start, end))) {
                    Anchors.html(lines.get(i), htmlAnchors);
                }
                if (shortcodes.on(start, end) && lineHas("ref ", start, end)) {
                    HugoShortcodes.refs(lines.get(i), i + 1, shortcodeLinks);
                }
            }
            Optional<Heading> title = headings.stream().filter(h -> h.level() == 1).findFirst();
            List<RunbookGap> gaps = kind == DocumentKind.INCIDENT_REPORT ? gaps() : List.of();
            int titleLine = title.map(Heading::line).orElse(0);
            Document document = new Document(path, kind, title.map(Heading::text), titleLine, metadata, headings,
                    links, suppressions, mojibake, gaps, lines.size(), shortBody(titleLine), htmlAnchors,
                    shortcodeLinks);
            return new ParsedFile(Optional.of(document), problems, markdownOutcome, frontMatter);
        }

        /**
         * Where the header, whose label lines are metadata, ends (a line index): at the first heading after the
         * title (the first heading, when it is an H1), at the first thematic break, or {@link #LABEL_HEAD_LINES}
         * into the body. Label-like lines further down are prose: "- **Alerts**: if a target is down, ..."
         * under "## Impact" names no alert.
         */
        private int headerEnd() {
            int end = Math.min(lines.size(), bodyStart + LABEL_HEAD_LINES);
            for (int h = 0; h < headings.size(); h++) {
                if (h > 0 || headings.get(h).level() > 1) {
                    end = Math.min(end, headings.get(h).line() - 1);
                    break;
                }
            }
            return thematicBreaks.isEmpty() ? end : Math.min(end, thematicBreaks.get(0));
        }

        /**
         * Where the footer starts (a line index; the line count when there is none): the lines after the last
         * thematic break when no heading follows it, within the last {@link #LABEL_FOOT_LINES}, as the seed
         * index ends with "---" and its owner and review dates.
         */
        private int footerStart() {
            if (thematicBreaks.isEmpty()) {
                return lines.size();
            }
            int lastBreak = thematicBreaks.get(thematicBreaks.size() - 1);
            if (!headings.isEmpty() && headings.get(headings.size() - 1).line() - 1 > lastBreak) {
                return lines.size();
            }
            return Math.max(lastBreak + 1, lines.size() - LABEL_FOOT_LINES);
        }

        /**
         * {@link Document#shortBody}: stops reading at the first line too many. The lines are judged in place,
         * and a String made only for a short body: most documents are longer, and have none.
         */
        private Optional<String> shortBody(int titleLine) {
            int[] kept = new int[2 * Document.SHORT_BODY_LINES]; // stripped start and end of each kept line
            int count = 0;
            for (int i = bodyStart; i < lines.size(); i++) {
                int start = lines.start(i);
                int end = lines.end(i);
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start == end || i + 1 == titleLine || isLabelLine(i + 1) || isThematicBreak(start, end)
                        || text.startsWith("<!--", start) && end - start >= 3 && text.startsWith("-->", end - 3)) {
                    continue;
                }
                if (count == Document.SHORT_BODY_LINES) {
                    return Optional.empty();
                }
                kept[2 * count] = start;
                kept[2 * count + 1] = end;
                count++;
            }
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < count; k++) {
                out.append(k > 0 ? "\n" : "").append(text, kept[2 * k], kept[2 * k + 1]);
            }
            return Optional.of(out.toString());
        }

        private boolean isLabelLine(int lineNumber) {
            for (MetadataEntry e : metadata) {
                if (e.line() == lineNumber) {
                    return true;
                }
            }
            return false;
        }

        /** "---", "* * *": three or more of one mark and nothing but spaces, in {@code text[start, end)}. */
        private boolean isThematicBreak(int start, int end) {
            char mark = text.charAt(start);
            if (mark != '-' && mark != '*' && mark != '_') {
                return false;
            }
            int marks = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == mark) {
                    marks++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return marks >= 3;
        }

        /**
         * Whether a line holds a fixed text, looked for in the whole text: lines are asked about in order, so each
         * search starts where the last found nothing, and the text is searched once.
         */
        private final class TextCursor {
            private final String needle;
            private int at = -2;

            TextCursor(String needle) {
                this.needle = needle;
            }

            boolean on(int start, int end) {
                if (at != -1 && at < start) {
                    at = text.indexOf(needle, start);
                }
                return at >= 0 && at + needle.length() <= end;
            }
        }

        /** Whether {@code text[start, end)}, a line, holds {@code needle}; asked only of the rare lines a cursor found. */
        private boolean lineHas(String needle, int start, int end) {
            for (int at = start; at + needle.length() <= end; at++) {
                if (text.startsWith(needle, at)) {
                    return true;
                }
            }
            return false;
        }

        /** The first waiver marker at or after the last line asked about; -1 when there is none further. */
        private int markerAt = -2;

        /**
         * Whether line {@code i} holds the waiver marker, looked for in the text; lines are asked about in
         * order, so each search starts where the last found nothing, and the text is searched once.
         */
        private boolean hasMarker(int i) {
            int start = lines.start(i);
            if (markerAt != -1 && markerAt < start) {
                markerAt = text.indexOf(SuppressionComment.MARKER, start);
            }
            return markerAt >= 0 && markerAt + SuppressionComment.MARKER.length() <= lines.end(i);
        }

        /** True when the plain reading threw: a bug in it, counted, and commonmark reads the file. */
        private boolean plainFailure;

        /** The plain reading, or null when it gives up or fails; a bug in it must not cost a check. */
        private PlainMarkdown.Blocks plainReading(PlainReader plainReader) {
            try {
                return plainReader.read(lines, bodyStart);
            } catch (RuntimeException e) {
                plainFailure = true;
                return null;
            }
        }

        /** Depth-first over the tree without recursion, so deep nesting cannot overflow the stack. */
        private void walk(Node root) {
            Node node = root.getFirstChild();
            while (node != null) {
                visit(node);
                if (node.getFirstChild() != null) {
                    node = node.getFirstChild();
                    continue;
                }
                while (node != null && node != root && node.getNext() == null) {
                    node = node.getParent();
                }
                node = node == null || node == root ? null : node.getNext();
            }
        }

        private void visit(Node node) {
            if (node instanceof org.commonmark.node.Heading h) {
                String text = plainText(h);
                headings.add(new Heading(h.getLevel(), text, anchors.anchorFor(text), lineOf(h)));
            } else if (node instanceof Link l) {
                links.add(new org.runbookgovernance.model.Link(l.getDestination(), plainText(l), lineOf(l)));
            } else if (node instanceof Image img) {
                links.add(new org.runbookgovernance.model.Link(img.getDestination(), plainText(img), lineOf(img)));
            } else if (node instanceof ThematicBreak) {
                thematicBreaks.add(lineOf(node) - 1);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int line = span.getLineIndex() + bodyStart;
                    if (line < codeLines.length) {
                        codeLines[line] = true;
                    }
                }
            }
        }

        private int lineOf(Node node) {
            for (Node n = node; n != null; n = n.getParent()) {
                List<SourceSpan> spans = n.getSourceSpans();
                if (!spans.isEmpty()) {
                    return spans.get(0).getLineIndex() + bodyStart + 1;
                }
            }
            return bodyStart + 1;
        }

        private static String plainText(Node root) {
            StringBuilder out = new StringBuilder();
            Node node = root.getFirstChild();
            while (node != null) {
                if (node instanceof Text t) {
                    out.append(t.getLiteral());
                } else if (node instanceof Code c) {
                    out.append(c.getLiteral());
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    out.append(' ');
                }
                if (node.getFirstChild() != null && !(node instanceof HtmlInline)) {
                    node = node.getFirstChild();
                    continue;
                }
                while (node != null && node != root && node.getNext() == null) {
                    node = node.getParent();
                }
                node = node == null || node == root ? null : node.getNext();
            }
            return out.toString().strip();
        }

        /** Items under a "Runbook Gaps" heading, one gap per runbook id named at the start of a line. */
        private List<RunbookGap> gaps() {
            Optional<java.time.LocalDate> incidentDate = metadata.stream()
                    .filter(e -> e.key().equals("date") || e.key().equals("incident_date"))
                    .map(e -> Dates.parse(e.value())).flatMap(Optional::stream).findFirst();
            List<RunbookGap> gaps = new ArrayList<>();
            for (int h = 0; h < headings.size(); h++) {
                Heading heading = headings.get(h);
                if (!heading.text().toLowerCase(Locale.ROOT).contains("runbook gap")) {
                    continue;
                }
                int end = lines.size();
                for (int k = h + 1; k < headings.size(); k++) {
                    if (headings.get(k).level() <= heading.level()) {
                        end = headings.get(k).line() - 1;
                        break;
                    }
                }
                for (int i = heading.line(); i < end; i++) {
                    if (!codeLines[i]) {
                        gapsOnLine(lines.get(i), i + 1, incidentDate, gaps);
                    }
                }
            }
            return gaps;
        }

        private void gapsOnLine(String raw, int lineNumber, Optional<java.time.LocalDate> incidentDate,
                                List<RunbookGap> gaps) {
            String line = Inline.strip(raw).strip();
            if (line.isEmpty() || NO_GAP.matcher(line).find() || line.startsWith("<!--")) {
                return;
            }
            line = LIST_MARKER.matcher(line).replaceFirst("");
            Set<RunbookId> ids = new LinkedHashSet<>();
            Matcher m = LEADING_ID.matcher(line);
            int noteStart = 0;
            while (m.find()) {
                ids.add(RunbookId.of(m.group(1)));
                noteStart = m.end();
            }
            String note = withoutTrailingCells(NOTE_LEAD.matcher(line.substring(noteStart)).replaceFirst(""));
            if (ids.isEmpty()) {
                ids.addAll(RunbookId.findAllIn(line));
                note = line;
            }
            for (RunbookId id : ids) {
                gaps.add(new RunbookGap(id, note, incidentDate, new SourcePosition(path, lineNumber)));
            }
        }

        /** "missing step |" → "missing step": a table row's closing pipe is not part of the note. */
        private static String withoutTrailingCells(String note) {
            int end = note.length();
            while (end > 0 && (Character.isWhitespace(note.charAt(end - 1)) || note.charAt(end - 1) == '|')) {
                end--;
            }
            return note.substring(0, end);
        }
    }
}
