package org.runbookgovernance.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline HTML as the CommonMark spec defines it: opaque to links, without text. */
final class RawHtml {

    private static final String TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
    private static final String ATTRIBUTE = "(?:\\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*"
            + "(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)";
    private static final String OPEN_TAG = "<" + TAG_NAME + ATTRIBUTE + "*+\\s*/?>";
    private static final String CLOSING_TAG = "</" + TAG_NAME + "\\s*>";
    private static final Pattern TAG = Pattern.compile(OPEN_TAG + "|" + CLOSING_TAG);

    private RawHtml() {
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
