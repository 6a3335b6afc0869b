package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XML 1.0 escaping for text and attribute values. Characters XML 1.0 forbids (most C0 controls,
 * U+FFFE/U+FFFF, lone surrogates) become U+FFFD, so any repository text yields a well-formed document.
 */
final class XmlText {

    private XmlText() {
    }

    /** Escaped for element content. */
    static String text(String value) {
        return escape(value, false);
    }

    /** Escaped for a double- or single-quoted attribute; tab and line breaks kept as character references. */
    static String attribute(String value) {
        return escape(value, true);
    }

    /** As {@link #text}, appended to {@code out}. */
    static void appendText(String value, Appendable out) throws IOException {
        escape(value, false, out);
    }

    /** As {@link #attribute}, appended to {@code out}. */
    static void appendAttribute(String value, Appendable out) throws IOException {
        escape(value, true, out);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder();
        try {
            escape(value, attribute, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return out.toString();
    }

    /** Runs of characters that stay as they are go out in one append; only the others one by one. */
    private static void escape(String value, boolean attribute, Appendable out) throws IOException {
        if (value == null) {
            return;
        }
        int length = value.length();
        int start = 0; // the first character not appended yet
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement;
            if (c >= 0x20 && c < '\ud800') {
                replacement = switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    case '\'' -> "&apos;";
                    default -> null;
                };
            } else if (c == '\t') {
                replacement = attribute ? "&#9;" : null; // attribute value normalisation would make it a space
            } else if (c == '\n') {
                replacement = attribute ? "&#10;" : null;
            } else if (c == '\r') {
                replacement = "&#13;"; // a raw CR is normalised away even in text
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a valid pair stays
                replacement = null;
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
                replacement = "\ufffd";
            } else {
                replacement = null;
            }
            if (replacement != null) {
                out.append(value, start, i).append(replacement);
                start = i + 1;
            }
        }
        out.append(value, start, length);
    }
}
