package org.runbookgovernance.index;

/** Escaping for the dashboard: every repository string goes through here before it reaches HTML. */
final class HtmlText {

    private HtmlText() {
    }

    /** Text and attribute values alike: & < > " ' become entities, other control characters are dropped. */
    static String escape(String value) {
        int first = 0;
        // Most text has nothing to escape or drop and is returned as it is; only from the first such character on is it copied.
        while (first < value.length() && !needsCare(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        StringBuilder s = new StringBuilder(value.length() + 16).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
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

    private static boolean needsCare(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c < 0x20 && c != '\n' && c != '\t';
    }

    /**
     * A link target that cannot run code: http(s) URLs and relative paths pass (escaped), any other scheme
     * ({@code javascript:}, {@code data:}, {@code vbscript:}) becomes "#".
     */
    static String href(String url) {
        String u = url.strip();
        return hasScheme(u, "http") || hasScheme(u, "https") || !hasAnyScheme(u) ? escape(u) : "#";
    }

    /** Whether the text, with controls and spaces left out, starts with a scheme ("name:" before any '/', '?', '#'). */
    private static boolean hasAnyScheme(String u) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    /** Whether the text, with controls and spaces left out and letters in lower case, starts with {@code scheme:}. */
    private static boolean hasScheme(String u, String scheme) {
        int matched = 0;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= 0x20) {
                continue; // browsers drop these inside a scheme: "java\tscript:" is "javascript:"
            }
            if (matched == scheme.length()) {
                return c == ':';
            }
            if (Character.toLowerCase(c) != scheme.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return false;
    }
}
