package org.runbookgovernance.config;

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

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** Throws {@link java.util.regex.PatternSyntaxException} for an unclosed '{'. */
    public static Glob of(String pattern) {
        String glob = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        return new Glob(pattern, Pattern.compile(toRegex(glob)));
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
        return regex.matcher(path).matches();
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
