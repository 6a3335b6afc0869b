package org.runbookgovernance.parse;

/** Markdown inline markup to plain text for metadata values: emphasis, code ticks and link syntax go. */
final class Inline {

    private Inline() {
    }

    /** "**`P0`** [SRE](mailto:x)" → "P0 SRE". Single '_' is kept unless it wraps the whole value. */
    static String strip(String text) {
        int n = text.length();
        // next ']' and ')' at or after each index, so hostile "[[[[..." lines stay linear
        int[] nextBracket = nextIndex(text, ']');
        int[] nextParen = nextIndex(text, ')');
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '*' || c == '`') {
                i++;
                continue;
            }
            if (c == '_' && i + 1 < n && text.charAt(i + 1) == '_') {
                i += 2;
                continue;
            }
            if (c == '!' && i + 1 < n && text.charAt(i + 1) == '[') {
                i++;
                continue;
            }
            if (c == '[') {
                int close = nextBracket[i + 1];
                if (close > 0 && close + 1 < n && text.charAt(close + 1) == '(') {
                    int end = nextParen[close + 1];
                    if (end > 0) {
                        appendPlain(out, text, i + 1, close);
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        String s = out.toString().strip();
        if (s.length() > 2 && s.startsWith("_") && s.endsWith("_")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static void appendPlain(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '`' && c != '[') {
                out.append(c);
            }
        }
    }

    private static int[] nextIndex(String text, char wanted) {
        int[] next = new int[text.length() + 1];
        next[text.length()] = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            next[i] = text.charAt(i) == wanted ? i : next[i + 1];
        }
        return next;
    }
}
