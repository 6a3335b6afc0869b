package org.runbookgovernance.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.IndexRegions.Region;
import org.runbookgovernance.model.SourcePosition;

/**
 * The generated regions of a hand-written README, between {@code <!-- runbook-governance:begin NAME -->}
 * and {@code <!-- runbook-governance:end NAME -->} lines. Every byte outside the regions is kept as it
 * was, line endings included; markers inside fenced code blocks are text, not markers.
 */
public final class IndexMarkers {

    public static final String PREFIX = "runbook-governance:";

    private static final Pattern MARKER = Pattern.compile(
            "[ \\t]{0,3}<!--[ \\t]*runbook-governance:(begin|end)[ \\t]+([A-Za-z0-9_-]+)[ \\t]*-->[ \\t]*");
    private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile(".*<!--\\s*runbook-governance:\\s*(begin|end)\\b.*");
    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(`{3,}|~{3,}).*");

    private IndexMarkers() {
    }

    /** The regions in file order; a begin without end, nesting or a duplicate is bad input naming the line. */
    public static Map<String, Region> find(String readme, String path) {
        Map<String, Region> out = new LinkedHashMap<>();
        for (Span s : spans(readme, path)) {
            out.put(s.name, new Region(s.beginLine, s.content(readme).replace("\r\n", "\n")));
        }
        return out;
    }

    /** The same as {@link #find} as the record the {@code index/*} rules read. */
    public static IndexRegions regions(String readme, String path) {
        return new IndexRegions(path, find(readme, path));
    }

    /**
     * The README with each marked region replaced by the region of the same name. Line endings inside a
     * region follow the file's (CRLF stays CRLF). No markers, or a marker naming an unknown region, is
     * bad input: nothing would be written.
     */
    public static String apply(String readme, Map<String, String> regions, String path) {
        List<Span> spans = spans(readme, path);
        if (spans.isEmpty()) {
            throw new BadInputException(SourcePosition.file(path), "no index markers; add "
                    + "`<!-- runbook-governance:begin directory -->` and `<!-- runbook-governance:end directory -->` "
                    + "lines around the part of the file the index should fill");
        }
        StringBuilder out = new StringBuilder(readme.length() + 1024);
        int at = 0;
        for (Span s : spans) {
            String content = regions.get(s.name);
            if (content == null) {
                throw new BadInputException(new SourcePosition(path, s.beginLine), "unknown index region `" + s.name
                        + "`; expected one of " + String.join(", ", regions.keySet()));
            }
            out.append(readme, at, s.contentStart);
            out.append(s.crlf ? content.replace("\r\n", "\n").replace("\n", "\r\n") : content);
            at = s.contentEnd;
        }
        out.append(readme, at, readme.length());
        return out.toString();
    }

    private static List<Span> spans(String text, String path) {
        List<Span> spans = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Span open = null;
        String fence = null;
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lineNo++;
            String line = text.substring(start, nl < 0 ? end : (nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            boolean crlf = nl > start && text.charAt(nl - 1) == '\r';
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.matches() && line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
            } else if (f.matches()) {
                fence = f.group(1);
            } else if (LOOKS_LIKE_MARKER.matcher(line).matches()) {
                Matcher m = MARKER.matcher(line);
                SourcePosition here = new SourcePosition(path, lineNo);
                if (!m.matches()) {
                    throw new BadInputException(here, "malformed index marker; write `<!-- runbook-governance:begin "
                            + "NAME -->` alone on its line");
                }
                String name = m.group(2);
                if (m.group(1).equals("begin")) {
                    if (open != null) {
                        throw new BadInputException(here, "index region `" + name + "` begins inside region `"
                                + open.name + "` (begun on line " + open.beginLine + "); regions cannot nest, add "
                                + "`<!-- runbook-governance:end " + open.name + " -->` first");
                    }
                    if (!seen.add(name)) {
                        throw new BadInputException(here, "index region `" + name + "` appears twice; keep one "
                                + "begin/end pair per region");
                    }
                    open = new Span(name, lineNo, end, crlf);
                } else {
                    if (open == null) {
                        throw new BadInputException(here, "index region `" + name + "` ends but never began; add "
                                + "`<!-- runbook-governance:begin " + name + " -->` above it");
                    }
                    if (!open.name.equals(name)) {
                        throw new BadInputException(here, "index region `" + open.name + "` (begun on line "
                                + open.beginLine + ") is closed by an end marker for `" + name + "`; the names must match");
                    }
                    open.contentEnd = start;
                    spans.add(open);
                    open = null;
                }
            }
            start = end;
        }
        if (open != null) {
            throw new BadInputException(new SourcePosition(path, open.beginLine), "index region `" + open.name
                    + "` has no end marker; add `<!-- runbook-governance:end " + open.name + " -->` after it");
        }
        return spans;
    }

    /** A region's place in the text: content from the line after begin to the start of the end line. */
    private static final class Span {
        final String name;
        final int beginLine;
        final int contentStart;
        final boolean crlf;
        int contentEnd;

        Span(String name, int beginLine, int contentStart, boolean crlf) {
            this.name = name;
            this.beginLine = beginLine;
            this.contentStart = contentStart;
            this.crlf = crlf;
        }

        String content(String text) {
            return text.substring(contentStart, contentEnd);
        }
    }
}
