package org.runbookgovernance.report.render;

/**
 * Repository text made safe for a terminal: no escape sequences, no line breaks that could fake an
 * output line, no bidirectional overrides that reorder what is shown.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        int first = 0;
        // Nearly all text is printable ASCII, which stays as it is: only text from the first other character on is copied.
        while (first < length) {
            char c = text.charAt(first);
            if (c < 0x20 || c >= 0x7f) {
                break;
            }
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(length).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue; // a CRLF is one line break
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                cleaned.append(' ');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
                cleaned.append('\ufffd');
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cleaned.append('\ufffd');
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                || c == '\u061c';
    }

    /** Columns taken, counting code points (close enough for paths and rule ids). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
