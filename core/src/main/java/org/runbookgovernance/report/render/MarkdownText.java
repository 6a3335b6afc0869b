package org.runbookgovernance.report.render;

/**
 * Repository text made inert for GitHub-flavoured Markdown, e.g. inside a table cell of a PR comment: it
 * can neither break the table, nor become HTML, a link, an image or an autolink. Balanced single-backtick
 * spans stay code spans (messages name values in backticks); every other backtick is escaped.
 */
final class MarkdownText {

    /**
     * Inline punctuation escaped with a backslash in plain text; ':' and '@' too, which stops GFM's
     * http(s):// and e-mail autolinks. Block syntax ('#', '-') cannot occur: output stays on one line.
     */
    private static final String ACTIVE = "\\`*_[]()!~|:@";

    private MarkdownText() {
    }

    /** Text with its {@code `code`} spans kept, everything else escaped; line breaks become {@code <br>}. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String value = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            int close = value.charAt(i) == '`' ? closingBacktick(value, i) : -1;
            if (close > 0) {
                out.append('`').append(codeContent(value.substring(i + 1, close))).append('`');
                i = close + 1;
            } else {
                i = plainChar(value, i, out);
            }
        }
        return out.toString();
    }

    /** Text shown as one code span (paths, locations); escaped plain text when it cannot be one. */
    static String code(String text) {
        if (text == null || text.isEmpty() || text.indexOf('`') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.isBlank()) {
            return plain(text);
        }
        return "`" + codeContent(text) + "`";
    }

    /** Escaped text with no code spans at all. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String value = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            i = plainChar(value, i, out);
        }
        return out.toString();
    }

    /** A link destination: percent-encoded, so no character can end the link or start markup. */
    static String linkTarget(String base, String ruleId) {
        StringBuilder out = new StringBuilder();
        for (char c : base.toCharArray()) {
            // keep the URL's own structure, encode what could break out of "(...)"
            if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`'
                    || c == '\\' || c == '|' || c == '[' || c == ']' || c >= 0x7f) {
                out.append(UriPath.encode(String.valueOf(c)));
            } else {
                out.append(c);
            }
        }
        return out + UriPath.encode(ruleId) + ".md";
    }

    /** The index of the backtick that closes a span opened at {@code open}, or -1. */
    private static int closingBacktick(String value, int open) {
        int close = value.indexOf('`', open + 1);
        if (close <= open + 1) {
            return -1; // "``" would open a double-backtick span instead
        }
        String content = value.substring(open + 1, close);
        if (content.indexOf('\n') >= 0 || content.isBlank()) {
            return -1;
        }
        return close;
    }

    /** Inside a code span nothing is markup; only the table's '|' and unsafe characters need care. */
    private static String codeContent(String content) {
        StringBuilder out = new StringBuilder(content.length() + 4);
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '|') {
                out.append("\\|");
            } else if (isUnsafeControl(c) || (Character.isSurrogate(c) && !pairedAt(content, i))) {
                out.append('\ufffd');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int plainChar(String value, int i, StringBuilder out) {
        char c = value.charAt(i);
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '\n' -> out.append("<br>");
            default -> {
                if (ACTIVE.indexOf(c) >= 0 || c == '.' && i >= 3 && value.regionMatches(true, i - 3, "www", 0, 3)) {
                    out.append('\\').append(c); // the '.' of "www." starts a GFM autolink
                } else if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
                    out.append(c).append(value.charAt(i + 1));
                    return i + 2;
                } else if (c == '\t') {
                    out.append(' ');
                } else if (isUnsafeControl(c) || Character.isSurrogate(c)) {
                    out.append('\ufffd');
                } else {
                    out.append(c);
                }
            }
        }
        return i + 1;
    }

    private static boolean pairedAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1))
                || Character.isLowSurrogate(value.charAt(i)) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private static boolean isUnsafeControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
