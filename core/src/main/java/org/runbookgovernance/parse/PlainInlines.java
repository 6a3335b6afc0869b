package org.runbookgovernance.parse;

import static org.runbookgovernance.parse.PlainMarkdown.defer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.text.Characters;

/**
 * Inline scanning for {@link PlainMarkdown}: where links, images and autolinks start and end in a paragraph
 * or heading, as commonmark's inline parser makes them, and the plain text commonmark's nodes give a link
 * or heading (code spans, escapes, emphasis resolved). Defers where the reading does, and on character
 * references, which commonmark decodes from a table of its own.
 */
final class PlainInlines {

    private static final Pattern URI_AUTOLINK = Pattern.compile("[a-zA-Z][a-zA-Z0-9.+-]{1,31}:[^<>\\x00-\\x20]*");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * A link or image found in a text: its destination, its plain text before stripping (what it adds to a
     * heading's text), its line index, and where its source starts and ends.
     */
    record Found(String destination, String plain, int line, int start, int end) {
    }

    private PlainInlines() {
    }

    /**
     * Searches that found nothing, so a paragraph of many unclosed backticks, quotes or comments stays
     * linear: a search from a later position cannot find what one from an earlier position did not.
     */
    static final class Misses {
        private static final int KINDS = 40; // 0-31: code span closers by run length; then the others
        static final int COMMENT_END = 32;
        static final int PROCESSING_END = 33;
        static final int CDATA_END = 34;
        static final int TAG_END = 35;
        static final int DOUBLE_QUOTE = 36;
        static final int SINGLE_QUOTE = 37;
        static final int PARENTHESIS = 38;
        private int[] from; // made on the first miss: most texts have none

        /** Whether a search of this kind from {@code at} is known to find nothing. */
        boolean known(int kind, int at) {
            return from != null && kind < KINDS && at >= from[kind];
        }

        void miss(int kind, int at) {
            if (kind < KINDS) {
                if (from == null) {
                    from = new int[KINDS];
                    java.util.Arrays.fill(from, Integer.MAX_VALUE);
                }
                from[kind] = Math.min(from[kind], at);
            }
        }

        /** {@code s.indexOf(needle, at)}, remembering a miss. */
        int find(String s, String needle, int at, int kind) {
            if (known(kind, at)) {
                return -1;
            }
            int found = s.indexOf(needle, at);
            if (found < 0) {
                miss(kind, at);
            }
            return found;
        }
    }

    /** One open bracket: {@code [} or {@code ![}. */
    private static final class Bracket {
        final int position;
        final boolean image;
        final int linksBefore; // links found before it opened: any found since lie inside its text
        boolean active = true;

        Bracket(int position, boolean image, int linksBefore) {
            this.position = position;
            this.image = image;
            this.linksBefore = linksBefore;
        }
    }

    /**
     * Finds the links in {@code s} (lines joined with '\n', {@code starts[k]} where line k starts, line
     * indexes alongside) in document order, as commonmark's inline parser would make them.
     */
    static void scan(String s, int[] starts, int[] lineIndexes, List<Found> found) {
        List<Bracket> brackets = new ArrayList<>();
        Misses misses = new Misses();
        int n = s.length();
        int i = 0;
        int sortFrom = found.size();
        while (i < n) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> i += i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
                case '`' -> i = afterCodeSpan(s, i, misses);
                case '<' -> {
                    int end = autolinkEnd(s, i);
                    if (end > 0) {
                        // inside what becomes link text, plainText defers on it
                        String inside = s.substring(i + 1, end - 1);
                        boolean uri = URI_AUTOLINK.matcher(inside).matches();
                        found.add(new Found(uri ? inside : "mailto:" + inside, inside, lineOf(i, starts, lineIndexes),
                                i, end));
                        i = end;
                    } else {
                        int html = RawHtml.inlineEnd(s, i, misses);
                        i = html < 0 ? i + 1 : html; // inline HTML is opaque: no link starts inside it
                    }
                }
                case '!' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '[') {
                        brackets.add(new Bracket(i, true, found.size()));
                        i += 2;
                    } else {
                        i++;
                    }
                }
                case '[' -> {
                    brackets.add(new Bracket(i, false, found.size()));
                    i++;
                }
                case ']' -> i = closeBracket(s, i, brackets, starts, lineIndexes, found, misses);
                default -> i++;
            }
        }
        // Nested links close inside out; commonmark's tree lists them outside in, by where they start.
        found.subList(sortFrom, found.size()).sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static int closeBracket(String s, int i, List<Bracket> brackets, int[] starts, int[] lineIndexes,
                                    List<Found> found, Misses misses) {
        if (brackets.isEmpty()) {
            return i + 1;
        }
        Bracket opener = brackets.remove(brackets.size() - 1);
        if (!opener.active || i + 1 >= s.length() || s.charAt(i + 1) != '(') {
            return i + 1; // no reference definitions here, so only inline links are links
        }
        int j = whitespace(s, i + 2);
        int destStart = j;
        int destEnd = destinationEnd(s, j);
        if (destEnd < 0) {
            return i + 1;
        }
        boolean angled = j < s.length() && s.charAt(j) == '<';
        j = destEnd;
        int afterBlanks = whitespace(s, j);
        if (afterBlanks > j) {
            j = whitespace(s, titleEnd(s, afterBlanks, misses));
        }
        if (j >= s.length() || s.charAt(j) != ')') {
            return i + 1;
        }
        String destination = angled ? s.substring(destStart + 1, destEnd - 1) : s.substring(destStart, destEnd);
        if (destination.indexOf('&') >= 0 && ENTITY.matcher(destination).find()) {
            throw defer(); // a character reference
        }
        if (destination.indexOf('\\') >= 0) {
            destination = unescaped(destination);
        }
        int textStart = opener.position + (opener.image ? 2 : 1);
        boolean linkInside = found.size() > opener.linksBefore;
        StringBuilder text = new StringBuilder(i - textStart);
        List<Run> runs = new ArrayList<>(0);
        plainText(s, textStart, i, !linkInside, text, misses, runs);
        String plain = emphasisRemoved(text, runs);
        found.add(new Found(destination, plain, lineOf(opener.position, starts, lineIndexes), opener.position, j + 1));
        if (!opener.image) {
            // no links inside links; below an opener already turned off, all are off (a large table is one paragraph)
            for (int k = brackets.size() - 1; k >= 0; k--) {
                Bracket earlier = brackets.get(k);
                if (!earlier.image) {
                    if (!earlier.active) {
                        break;
                    }
                    earlier.active = false;
                }
            }
        }
        return j + 1;
    }

    /** After the blanks and line breaks at {@code i}, as commonmark's scanner skips them. */
    private static int whitespace(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The end of a link destination at {@code i}, {@code <...>} or balanced parentheses; -1 if none. */
    private static int destinationEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return -1;
        }
        if (s.charAt(i) == '<') {
            for (int j = i + 1; j < n; j++) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < n && isAsciiPunctuation(s.charAt(j + 1))) {
                    j++;
                } else if (c == '\n' || c == '<') {
                    return -1;
                } else if (c == '>') {
                    return j + 1;
                }
            }
            return -1;
        }
        int parens = 0;
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += j + 1 < n && isAsciiPunctuation(s.charAt(j + 1)) ? 2 : 1;
                continue;
            }
            if (c == '(') {
                if (++parens > 32) {
                    return -1;
                }
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            } else if (c == ' ' || Character.isISOControl(c)) {
                break;
            }
            j++;
        }
        return parens == 0 ? j : -1; // an unescaped parenthesis must be one of a pair
    }

    /** After a link title at {@code i} ("...", '...' or (...)), or {@code i} when there is none. */
    private static int titleEnd(String s, int i, Misses misses) {
        if (i >= s.length()) {
            return i;
        }
        char open = s.charAt(i);
        int kind = open == '"' ? Misses.DOUBLE_QUOTE : open == '\'' ? Misses.SINGLE_QUOTE : Misses.PARENTHESIS;
        if (open != '"' && open != '\'' && open != '(') {
            return i;
        }
        if (misses.known(kind, i + 1)) {
            return s.length();
        }
        char close = open == '(' ? ')' : open;
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length() && isAsciiPunctuation(s.charAt(j + 1))) {
                j++;
            } else if (c == close) {
                return j + 1;
            } else if (open == '(' && c == '(') {
                return j; // not a title: the ')' this needs is missing, so no link
            }
        }
        misses.miss(kind, i + 1);
        return s.length();
    }

    /** Where an autolink ({@code <scheme:...>} or {@code <name@host>}) at {@code i} ends, or -1. */
    private static int autolinkEnd(String s, int i) {
        int close = i + 1;
        while (close < s.length() && s.charAt(close) > ' ' && s.charAt(close) != '<' && s.charAt(close) != '>') {
            close++; // neither kind holds a blank, a control character or '<'
        }
        if (close >= s.length() || s.charAt(close) != '>') {
            return -1;
        }
        String inside = s.substring(i + 1, close);
        return URI_AUTOLINK.matcher(inside).matches() || EMAIL_AUTOLINK.matcher(inside).matches() ? close + 1 : -1;
    }

    /** After a code span starting at a run of backticks, or after the run if nothing closes it. */
    private static int afterCodeSpan(String s, int i, Misses misses) {
        int run = runOf(s, i, '`');
        int close = closingRun(s, i + run, s.length(), run, misses);
        return close < 0 ? i + run : close + run;
    }

    private static int runOf(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static final int MAX_RUNS = 32;
    private static final int MAX_RUN = 8;

    /**
     * A run of {@code *} or {@code _} that can open or close emphasis, as commonmark judges it from the
     * characters around it (the start and end of the text count as blank and as punctuation), and how
     * many of its characters are left as text once emphasis has taken its share.
     */
    static final class Run {
        final char marker;
        final int at; // where the run went in the plain text
        final int length;
        final boolean canOpen;
        final boolean canClose;
        int left;
        boolean active = true;

        private Run(char marker, int at, int length, boolean canOpen, boolean canClose) {
            this.marker = marker;
            this.at = at;
            this.length = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
            this.left = length;
        }

        /** The run at {@code s[i, i + length)}, or null when it can neither open nor close. */
        static Run of(String s, int i, int length, int at) {
            char marker = s.charAt(i);
            int before = i > 0 ? s.codePointBefore(i) : 0;
            int after = i + length < s.length() ? s.codePointAt(i + length) : 0;
            boolean beforeBlank = before == 0 || Characters.isWhitespaceCodePoint(before);
            boolean beforePunctuation = before == 0 || Characters.isPunctuationCodePoint(before);
            boolean afterBlank = after == 0 || Characters.isWhitespaceCodePoint(after);
            boolean afterPunctuation = after == 0 || Characters.isPunctuationCodePoint(after);
            boolean leftFlanking = !afterBlank && (!afterPunctuation || beforeBlank || beforePunctuation);
            boolean rightFlanking = !beforeBlank && (!beforePunctuation || afterBlank || afterPunctuation);
            boolean canOpen = marker == '*' ? leftFlanking : leftFlanking && (!rightFlanking || beforePunctuation);
            boolean canClose = marker == '*' ? rightFlanking : rightFlanking && (!leftFlanking || afterPunctuation);
            return canOpen || canClose ? new Run(marker, at, length, canOpen, canClose) : null;
        }
    }

    /**
     * The plain text without the delimiters emphasis takes: the spec's "process emphasis" over the runs
     * (closers in order, each matched with the nearest opener it may pair with, the rule of three,
     * runs between a pair dropped), then each run keeps its remaining characters as text.
     */
    static String emphasisRemoved(StringBuilder text, List<Run> runs) {
        if (runs.isEmpty()) {
            return text.toString();
        }
        for (int c = 0; c < runs.size(); c++) {
            Run closer = runs.get(c);
            if (!closer.canClose || !closer.active) {
                continue;
            }
            while (closer.left > 0) {
                int o = c - 1;
                while (o >= 0 && !pairs(runs.get(o), closer)) {
                    o--;
                }
                if (o < 0) {
                    break;
                }
                Run opener = runs.get(o);
                int use = opener.left >= 2 && closer.left >= 2 ? 2 : 1;
                opener.left -= use;
                closer.left -= use;
                opener.active = opener.left > 0;
                for (int k = o + 1; k < c; k++) {
                    runs.get(k).active = false;
                }
            }
            closer.active = closer.left > 0;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int at = 0;
        for (Run run : runs) {
            plain.append(text, at, run.at);
            for (int k = 0; k < run.left; k++) {
                plain.append(run.marker);
            }
            at = run.at + run.length;
        }
        return plain.append(text, at, text.length()).toString();
    }

    private static boolean pairs(Run opener, Run closer) {
        return opener.active && opener.canOpen && opener.left > 0 && opener.marker == closer.marker
                && !((opener.canClose || closer.canOpen) && closer.length % 3 != 0
                        && (opener.length + closer.length) % 3 == 0);
    }

    /**
     * Appends the plain text of {@code s[from, to)} as DocumentParser takes it from commonmark's nodes:
     * texts, code spans, escaped characters, line breaks as spaces, no inline HTML. Runs of
     * {@code *} and {@code _} are appended and noted in {@code runs}, for {@link #emphasisRemoved}.
     * Defers on a hard line break, a tab, an autolink, a character reference, and on brackets unless
     * {@code bracketsAreText}.
     */
    static void plainText(String s, int from, int to, boolean bracketsAreText, StringBuilder out, Misses misses,
                          List<Run> runs) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '`' -> {
                    int run = runOf(s, i, '`');
                    int close = closingRun(s, i + run, to, run, misses);
                    if (close < 0) {
                        out.append(s, i, i + run);
                        i += run;
                    } else {
                        String code = s.substring(i + run, close).replace('\n', ' ');
                        if (code.length() >= 3 && code.charAt(0) == ' ' && code.charAt(code.length() - 1) == ' '
                                && hasNonSpace(code)) {
                            code = code.substring(1, code.length() - 1);
                        }
                        out.append(code);
                        i = close + run;
                    }
                }
                case '\n' -> {
                    if (s.charAt(i - 1) == ' ') {
                        throw defer(); // trailing blanks or a hard break inside the text
                    }
                    out.append(' ');
                    i++;
                }
                case '*', '_' -> {
                    int run = runOf(s, i, c);
                    Run delimiters = Run.of(s, i, run, out.length());
                    if (delimiters != null) {
                        runs.add(delimiters);
                        if (runs.size() > MAX_RUNS || delimiters.length > MAX_RUN) {
                            throw defer(); // keeps emphasis far below commonmark's nesting limit, and linear
                        }
                    }
                    out.append(s, i, i + run);
                    i += run;
                }
                case '&' -> {
                    if (ENTITY.matcher(s).region(i, to).lookingAt()) {
                        throw defer(); // a character reference
                    }
                    out.append(c);
                    i++;
                }
                case '\\' -> {
                    char next = i + 1 < to ? s.charAt(i + 1) : ' ';
                    if (next == '\n') {
                        throw defer(); // a hard line break
                    }
                    if (isAsciiPunctuation(next)) {
                        out.append(next);
                        i += 2;
                    } else {
                        out.append(c);
                        i++;
                    }
                }
                case '[', ']' -> {
                    if (!bracketsAreText) {
                        throw defer(); // link text holding a link or image
                    }
                    out.append(c);
                    i++;
                }
                case '<' -> {
                    int html = RawHtml.inlineEnd(s, i, misses);
                    if (html > to || html < 0 && autolinkEnd(s, i) > 0) {
                        throw defer();
                    }
                    if (html < 0) {
                        out.append(c); // a plain '<'
                        i++;
                    } else {
                        i = html; // inline HTML has no text
                    }
                }
                case '\t' -> throw defer();
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
    }

    /** Where a run of exactly {@code run} backticks starts in {@code s[from, to)}, or -1. */
    private static int closingRun(String s, int from, int to, int run, Misses misses) {
        int kind = run < 32 ? run : Integer.MAX_VALUE; // longer runs are rare enough to search again
        if (misses.known(kind, from)) {
            return -1;
        }
        int j = from;
        while ((j = s.indexOf('`', j)) >= 0 && j < to) {
            int closing = runOf(s, j, '`');
            if (closing == run) {
                return j;
            }
            j += closing;
        }
        if (to == s.length()) {
            misses.miss(kind, from);
        }
        return -1;
    }

    /** A backslash before ASCII punctuation escapes it. */
    private static String unescaped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int lineOf(int position, int[] starts, int[] lineIndexes) {
        int k = java.util.Arrays.binarySearch(starts, position);
        return lineIndexes[k >= 0 ? k : -k - 2];
    }

    /** Whether a character other than U+0020 is in it: only spaces count for a code span's padding. */
    private static boolean hasNonSpace(String code) {
        for (int k = 0; k < code.length(); k++) {
            if (code.charAt(k) != ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
