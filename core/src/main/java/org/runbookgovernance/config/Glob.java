package org.runbookgovernance.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path glob over repository-relative paths with '/': {@code *} within one segment, {@code **} across
 * segments ({@code **}{@code /} also matches no folder), {@code ?} one character, {@code {a,b}} alternatives.
 * Globs are anchored at the repository root: write {@code **}{@code /name} to match at any depth.
 *
 * <p>The regex defines what a glob means. A scan asks every glob about every path, so a glob also keeps its
 * literal head and tail (which reject most paths with one comparison) and a token form that answers exactly
 * like the regex for paths without line terminators or surrogates; any other path goes to the regex.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;
    private final Shape shape; // null: only the regex answers

    private Glob(String pattern, Pattern regex, Shape shape) {
        this.pattern = pattern;
        this.regex = regex;
        this.shape = shape;
    }

    public static Glob of(String pattern) {
        String glob = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        Pattern regex = Pattern.compile(toRegex(glob)); // an unclosed '{' fails here, as it always did
        return new Glob(pattern, regex, Shape.of(glob));
    }

    /** The glob as written (a leading {@code ./} included). */
    public String pattern() {
        return pattern;
    }

    /** The regex the glob means; {@link #matches} answers exactly as it does. */
    public Pattern regex() {
        return regex;
    }

    public boolean matches(String path) {
        return matches(path, isPlain(path));
    }

    /** {@code plainPath} must be {@link #isPlain}(path); callers asking many globs compute it once. */
    boolean matches(String path, boolean plainPath) {
        if (shape == null) {
            return regex.matcher(path).matches();
        }
        int answer = shape.match(path, plainPath);
        return answer == Shape.UNSURE ? regex.matcher(path).matches() : answer == Shape.MATCH;
    }

    /** For tests: whether the glob's own matcher answers for this path, without the regex. */
    boolean decidesWithoutRegex(String path) {
        return shape != null && shape.match(path, isPlain(path)) != Shape.UNSURE;
    }

    /**
     * True when the path has no line terminator (which the regex's {@code .} does not match) and no surrogate
     * (which the regex reads as part of a code point): then regex matching is plain character matching.
     */
    static boolean isPlain(String path) {
        for (int i = 0, n = path.length(); i < n; i++) {
            char c = path.charAt(i);
            if (c < 0x20 ? c == '\n' || c == '\r' : c >= 0x85 && special(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean special(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob g && pattern.equals(g.pattern) && regex.equals(g.regex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, regex);
    }

    @Override
    public String toString() {
        return "Glob[pattern=" + pattern + ", regex=" + regex + "]";
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        re.append(slashAfter ? "(?:.*/)?" : ".*");
                        i += slashAfter ? 2 : 1;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> {
                    if ("\\.[]()+^$|".indexOf(c) >= 0) {
                        re.append('\\');
                    }
                    re.append(c);
                }
            }
        }
        return re.toString();
    }

    /**
     * The glob read the way {@link #toRegex} reads it: a literal head and tail, and the middle as token
     * sequences, one per brace alternative. Token kinds mirror the regex pieces: LITERAL, ONE {@code [^/]},
     * SEGMENT {@code [^/]*}, ANY {@code .*}, FOLDERS {@code (?:.*}{@code /)?}.
     */
    private static final class Shape {
        static final int NO = 0;
        static final int MATCH = 1;
        static final int UNSURE = 2;

        private static final int LITERAL = 0;
        private static final int ONE = 1;
        private static final int SEGMENT = 2;
        private static final int ANY = 3;
        private static final int FOLDERS = 4;

        private static final int MAX_ALTERNATIVES = 64;
        private static final int MAX_STEPS = 10_000; // past this the regex decides: no glob can make a scan crawl

        private final String head;
        private final String tail;
        private final boolean literal; // the whole glob is head
        private final int[][] kinds;
        private final String[][] texts;

        private Shape(String head, String tail, boolean literal, int[][] kinds, String[][] texts) {
            this.head = head;
            this.tail = tail;
            this.literal = literal;
            this.kinds = kinds;
            this.texts = texts;
        }

        /** Null when the glob holds a line terminator or surrogate, or too many alternatives: the regex answers. */
        static Shape of(String glob) {
            if (!isPlain(glob)) {
                return null;
            }
            List<Object> top = parse(glob);
            int first = 0;
            while (first < top.size() && top.get(first) instanceof Character) {
                first++;
            }
            String head = chars(top, 0, first);
            if (first == top.size()) {
                return new Shape(head, "", true, new int[0][], new String[0][]);
            }
            int last = top.size();
            while (top.get(last - 1) instanceof Character) {
                last--;
            }
            String tail = chars(top, last, top.size());
            List<List<Object>> alternatives = expand(top.subList(first, last));
            if (alternatives == null) {
                return null;
            }
            int[][] kinds = new int[alternatives.size()][];
            String[][] texts = new String[alternatives.size()][];
            for (int a = 0; a < alternatives.size(); a++) {
                List<Integer> k = new ArrayList<>();
                List<String> t = new ArrayList<>();
                StringBuilder run = new StringBuilder();
                for (Object item : alternatives.get(a)) {
                    if (item instanceof Character c) {
                        run.append(c.charValue());
                        continue;
                    }
                    if (run.length() > 0) {
                        k.add(LITERAL);
                        t.add(run.toString());
                        run.setLength(0);
                    }
                    k.add((Integer) item);
                    t.add(null);
                }
                if (run.length() > 0) {
                    k.add(LITERAL);
                    t.add(run.toString());
                }
                kinds[a] = k.stream().mapToInt(Integer::intValue).toArray();
                texts[a] = t.toArray(new String[0]);
            }
            return new Shape(head, tail, false, kinds, texts);
        }

        /**
         * Items in order: a Character is a literal, an Integer a wildcard kind, a List of alternatives (each a
         * List of items) a brace group. Reads exactly as toRegex does; an unclosed group never gets here.
         */
        private static List<Object> parse(String glob) {
            List<Object> top = new ArrayList<>();
            List<List<List<Object>>> groups = new ArrayList<>(); // open groups, innermost last
            List<Object> current = top;
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*') {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        current.add(slashAfter ? FOLDERS : ANY);
                        i += slashAfter ? 2 : 1;
                    } else {
                        current.add(SEGMENT);
                    }
                } else if (c == '?') {
                    current.add(ONE);
                } else if (c == '{') {
                    List<List<Object>> group = new ArrayList<>();
                    current.add(group);
                    current = new ArrayList<>();
                    group.add(current);
                    groups.add(group);
                } else if (c == '}' && !groups.isEmpty()) {
                    groups.remove(groups.size() - 1);
                    current = groups.isEmpty() ? top : last(groups.get(groups.size() - 1));
                } else if (c == ',' && !groups.isEmpty()) {
                    current = new ArrayList<>();
                    groups.get(groups.size() - 1).add(current);
                } else {
                    current.add(c);
                }
            }
            return top;
        }

        private static List<Object> last(List<List<Object>> group) {
            return group.get(group.size() - 1);
        }

        /** Every brace-free sequence the items stand for, or null past MAX_ALTERNATIVES. */
        @SuppressWarnings("unchecked")
        private static List<List<Object>> expand(List<Object> items) {
            List<List<Object>> out = new ArrayList<>();
            out.add(new ArrayList<>());
            for (Object item : items) {
                if (!(item instanceof List<?> group)) {
                    for (List<Object> seq : out) {
                        seq.add(item);
                    }
                    continue;
                }
                List<List<Object>> options = new ArrayList<>();
                for (Object alternative : group) {
                    List<List<Object>> expanded = expand((List<Object>) alternative);
                    if (expanded == null) {
                        return null;
                    }
                    options.addAll(expanded);
                }
                if ((long) out.size() * options.size() > MAX_ALTERNATIVES) {
                    return null;
                }
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> seq : out) {
                    for (List<Object> option : options) {
                        List<Object> joined = new ArrayList<>(seq);
                        joined.addAll(option);
                        next.add(joined);
                    }
                }
                out = next;
            }
            return out;
        }

        private static String chars(List<Object> items, int from, int to) {
            StringBuilder s = new StringBuilder();
            for (Object item : items.subList(from, to)) {
                s.append(((Character) item).charValue());
            }
            return s.toString();
        }

        /** MATCH or NO when sure; UNSURE sends the path to the regex. */
        int match(String path, boolean plainPath) {
            if (literal) {
                return path.equals(head) ? MATCH : NO; // a regex of literals matches exactly its own text
            }
            // Every match starts with the head and ends with the tail, so these reject for any path.
            int end = path.length() - tail.length();
            if (end < head.length() || !path.startsWith(head) || !path.endsWith(tail)) {
                return NO;
            }
            if (!plainPath) {
                return UNSURE;
            }
            int[] steps = {MAX_STEPS};
            boolean unsure = false;
            for (int a = 0; a < kinds.length; a++) {
                int answer = match(kinds[a], texts[a], 0, path, head.length(), end, steps);
                if (answer == MATCH) {
                    return MATCH;
                }
                unsure |= answer == UNSURE;
            }
            return unsure ? UNSURE : NO;
        }

        /** Whether tokens from t on match exactly path[pos, end). */
        private static int match(int[] kinds, String[] texts, int t, String path, int pos, int end, int[] steps) {
            for (; t < kinds.length; t++) {
                switch (kinds[t]) {
                    case LITERAL -> {
                        String text = texts[t];
                        if (end - pos < text.length() || !path.startsWith(text, pos)) {
                            return NO;
                        }
                        pos += text.length();
                    }
                    case ONE -> {
                        if (pos >= end || path.charAt(pos) == '/') {
                            return NO;
                        }
                        pos++;
                    }
                    case SEGMENT -> {
                        int slash = path.indexOf('/', pos);
                        int limit = slash < 0 || slash > end ? end : slash;
                        if (t + 1 == kinds.length) {
                            return limit == end ? MATCH : NO;
                        }
                        return restFrom(kinds, texts, t + 1, path, pos, limit, end, steps);
                    }
                    case ANY -> {
                        if (t + 1 == kinds.length) {
                            return MATCH;
                        }
                        return restFrom(kinds, texts, t + 1, path, pos, end, end, steps);
                    }
                    default -> { // FOLDERS: nothing, or anything up to and including a '/'
                        int answer = match(kinds, texts, t + 1, path, pos, end, steps);
                        for (int slash = path.indexOf('/', pos); answer == NO && slash >= 0 && slash < end;
                             slash = path.indexOf('/', slash + 1)) {
                            answer = --steps[0] < 0 ? UNSURE : match(kinds, texts, t + 1, path, slash + 1, end, steps);
                        }
                        return answer;
                    }
                }
            }
            return pos == end ? MATCH : NO;
        }

        /** Whether tokens from t on match path[k, end) for some k in [from, to]. */
        private static int restFrom(int[] kinds, String[] texts, int t, String path, int from, int to, int end,
                                    int[] steps) {
            if (kinds[t] == LITERAL) {
                String text = texts[t];
                if (t + 1 == kinds.length) { // the literal closes the middle: one place to look
                    int k = end - text.length();
                    return k >= from && k <= to && path.startsWith(text, k) ? MATCH : NO;
                }
                for (int k = path.indexOf(text, from); k >= 0 && k <= to; k = path.indexOf(text, k + 1)) {
                    int answer = --steps[0] < 0 ? UNSURE : match(kinds, texts, t, path, k, end, steps);
                    if (answer != NO) {
                        return answer;
                    }
                }
                return NO;
            }
            for (int k = from; k <= to; k++) {
                int answer = --steps[0] < 0 ? UNSURE : match(kinds, texts, t, path, k, end, steps);
                if (answer != NO) {
                    return answer;
                }
            }
            return NO;
        }
    }
}
