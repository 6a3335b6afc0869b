package org.runbookgovernance.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw HTML as the CommonMark spec defines it: the seven kinds of HTML block, and inline HTML. */
final class RawHtml {

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

    private RawHtml() {
    }

    /**
     * The kind (0-6) of the HTML block starting at {@code at}, or -1; kind 7 (index 6) cannot interrupt a
     * paragraph, not even lazily.
     */
    static int blockKind(String line, int at, int end, boolean mayInterrupt) {
        for (int kind = 0; kind < STARTS.length; kind++) {
            if (kind == 6 && !mayInterrupt) {
                break;
            }
            if (STARTS[kind].matcher(line).region(at, end).lookingAt()) {
                return kind;
            }
        }
        return -1;
    }

    /** What ends an HTML block of this kind; null for the kinds a blank line ends. */
    static Pattern blockEnd(int kind) {
        return ENDS[kind];
    }

    static boolean ends(Pattern end, String line, int from, int to) {
        return end.matcher(line).region(from, to).find();
    }

    /** Where inline HTML starting at {@code at} ends, or -1 if none starts there. */
    static int inlineEnd(String s, int at, PlainInlines.Misses misses) {
        if (s.startsWith("<!--", at)) {
            if (s.startsWith("<!-->", at) || s.startsWith("<!--->", at)) {
                return s.startsWith("<!-->", at) ? at + 5 : at + 6;
            }
            return after(misses.find(s, "-->", at + 4, PlainInlines.Misses.COMMENT_END), 3);
        }
        if (s.startsWith("<?", at)) {
            return after(misses.find(s, "?>", at + 2, PlainInlines.Misses.PROCESSING_END), 2);
        }
        if (s.startsWith("<![CDATA[", at)) {
            return after(misses.find(s, "]]>", at + 9, PlainInlines.Misses.CDATA_END), 3);
        }
        int close = misses.find(s, ">", at + 1, PlainInlines.Misses.TAG_END);
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
