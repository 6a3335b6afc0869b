package org.runbookgovernance.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A path glob over repository-relative paths with '/': {@code *} within one segment, {@code **} across
 * segments ({@code **}{@code /} also matches no folder), {@code ?} one character, {@code {a,b}} alternatives
 * (which may nest). Globs are anchored at the repository root: write {@code **}{@code /name} to match at any
 * depth. A leading {@code ./} is ignored. Every other character, {@code [}, {@code \} and a stray {@code }}
 * included, stands for itself.
 *
 * <p>Not the JDK's {@code glob:} {@link java.nio.file.PathMatcher}: there {@code **}{@code /} needs a folder,
 * braces do not nest, {@code [} opens a class and {@code \} escapes, the path is normalised first (a trailing
 * '/' dropped) and, on Windows, '\' is a separator and case is ignored. Repository paths are the same strings
 * on every agent, so the glob becomes one regex of its own.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;
    // Literal text every match holds, compared before the regex runs: most paths fail on it
    private final boolean literal;
    private final String head;
    private final String inner;
    private final String tail;

    private Glob(String pattern, Pattern regex, List<String> literals) {
        this.pattern = pattern;
        this.regex = regex;
        this.literal = literals.size() == 1;
        this.head = literals.get(0);
        this.tail = literal ? "" : literals.get(literals.size() - 1);
        String longest = "";
        for (String run : literals.subList(1, Math.max(1, literals.size() - 1))) {
            longest = run.length() > longest.length() ? run : longest;
        }
        this.inner = longest;
    }

    /** Throws {@link java.util.regex.PatternSyntaxException} for an unclosed '{'. */
    public static Glob of(String pattern) {
        String glob = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        return new Glob(pattern, Pattern.compile(toRegex(glob)), literals(glob));
    }

    /** What is wrong with {@code pattern} as a glob, in words for its author; empty when it is a glob. */
    public static Optional<String> mistake(String pattern) {
        try {
            of(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("`" + pattern + "` is not a glob: a `{` is never closed with `}`");
        }
    }

    /** The glob as written (a leading {@code ./} included). */
    public String pattern() {
        return pattern;
    }

    /** The regex the glob means. */
    public Pattern regex() {
        return regex;
    }

    public boolean matches(String path) {
        if (literal) {
            return path.equals(head); // a regex of literal characters matches its own text alone
        }
        int end = path.length() - tail.length();
        if (end < head.length() || !path.startsWith(head) || !path.endsWith(tail)) {
            return false;
        }
        int at = inner.isEmpty() ? head.length() : path.indexOf(inner, head.length());
        return at >= 0 && at + inner.length() <= end && regex.matcher(path).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob g && pattern.equals(g.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return "Glob[pattern=" + pattern + ", regex=" + regex + "]";
    }

    /**
     * The runs of literal characters outside braces, read as {@link #toRegex} reads the glob: the first is the
     * text before any wildcard or brace, the last the text after them (either may be empty); one run alone is
     * a glob with neither. Every match holds them all, in order, apart.
     */
    static List<String> literals(String glob) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (braces == 0 && c != '*' && c != '?' && c != '{') {
                run.append(c);
                continue;
            }
            if (braces == 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
            if (c == '*') {
                i += glob.startsWith("**/", i) ? 2 : glob.startsWith("**", i) ? 1 : 0;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            }
        }
        runs.add(run.toString());
        return runs;
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (glob.startsWith("**/", i)) {
                        // Reluctant: tries the folders from the left instead of backtracking from the end.
                        re.append("(?:.*?/)?");
                        i += 2;
                    } else if (glob.startsWith("**", i)) {
                        re.append(".*");
                        i++;
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
                    re.append(braces > 0 ? ")" : "\\}");
                    braces -= braces > 0 ? 1 : 0;
                }
                case ',' -> re.append(braces > 0 ? '|' : ',');
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
}
