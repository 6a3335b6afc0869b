package org.runbookgovernance.report.render;

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

    private static String escape(String value, boolean attribute) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // attribute value normalisation would turn these into spaces
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;"); // a raw CR is normalised away even in text
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
