package org.runbookgovernance.config;

import java.util.regex.Pattern;

/**
 * A path glob over repository-relative paths with '/': {@code *} within one segment, {@code **} across
 * segments ({@code **}{@code /} also matches no folder), {@code ?} one character, {@code {a,b}} alternatives.
 * Globs are anchored at the repository root: write {@code **}{@code /name} to match at any depth.
 */
public record Glob(String pattern, Pattern regex) {

    public static Glob of(String pattern) {
        return new Glob(pattern, Pattern.compile(toRegex(pattern.startsWith("./") ? pattern.substring(2) : pattern)));
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
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
}
