package org.runbookgovernance.index;

import java.util.Locale;

/** Escaping for the dashboard: every repository string goes through here before it reaches HTML. */
final class HtmlText {

    private HtmlText() {
    }

    /** Text and attribute values alike: & < > " ' become entities, other control characters are dropped. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * A link target that cannot run code: http(s) URLs and relative paths pass (escaped), any other scheme
     * ({@code javascript:}, {@code data:}, {@code vbscript:}) becomes "#".
     */
    static String href(String url) {
        String u = url.strip();
        String compact = u.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && (compact.indexOf('?') < 0
                || colon < compact.indexOf('?')) && (compact.indexOf('#') < 0 || colon < compact.indexOf('#'));
        if (hasScheme && !compact.startsWith("http:") && !compact.startsWith("https:")) {
            return "#";
        }
        return escape(u);
    }
}
