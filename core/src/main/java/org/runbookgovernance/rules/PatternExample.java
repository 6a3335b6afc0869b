package org.runbookgovernance.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A text a configured pattern accepts, for advice such as "name the branch like {@code runbook/RB-001-disk-full}":
 * literals are kept, {@code \d{3}} becomes {@code 001}, and the first repeated character class that accepts the
 * fill ({@code disk-full}) takes it. Reads the common subset of regex syntax (literals, escapes, classes, groups,
 * alternation, quantifiers) and answers empty for the rest (look-arounds, back-references) or when the text it
 * built does not match the pattern after all; the caller then quotes the pattern.
 */
public final class PatternExample {

    private static final String PREFERRED = "123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0-_./";
    private static final int MAX_REPEAT = 20;
    private static final int MAX_LENGTH = 200;

    private final String regex;
    private final String fill;
    private int at;
    private boolean fillUsed;

    private PatternExample(String regex, String fill) {
        this.regex = regex;
        this.fill = fill;
    }

    /** An example {@code pattern} matches, using {@code fill} for its first free-text part where it fits. */
    public static Optional<String> of(Pattern pattern, String fill) {
        PatternExample reading = new PatternExample(pattern.pattern(), fill == null ? "" : fill);
        StringBuilder out = new StringBuilder();
        if (!reading.alternatives(out) || reading.at != reading.regex.length() || out.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String example = out.toString();
        return pattern.matcher(example).matches() ? Optional.of(example) : Optional.empty();
    }

    /** The first alternative of {@code a|b|c}, up to a closing parenthesis or the end; false when unsupported. */
    private boolean alternatives(StringBuilder out) {
        if (!sequence(out)) {
            return false;
        }
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            if (!sequence(new StringBuilder())) { // read past the other alternatives
                return false;
            }
        }
        return true;
    }

    private boolean sequence(StringBuilder out) {
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            if (!piece(out)) {
                return false;
            }
        }
        return true;
    }

    /** One atom and its quantifier. */
    private boolean piece(StringBuilder out) {
        char c = regex.charAt(at);
        if (c == '^' || c == '$') {
            at++;
            return true;
        }
        if (c == '(') {
            return group(out);
        }
        String atom;
        if (c == '[') {
            int end = classEnd(at);
            if (end < 0) {
                return false;
            }
            atom = regex.substring(at, end);
            at = end;
        } else if (c == '\\') {
            if (at + 1 >= regex.length()) {
                return false;
            }
            char e = regex.charAt(at + 1);
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
                at += 2;
                return true; // an anchor takes no text
            }
            if (e == 'Q' || e == 'k' || Character.isDigit(e)) {
                return false;
            }
            int end = at + 2;
            if ((e == 'p' || e == 'P') && end < regex.length() && regex.charAt(end) == '{') {
                end = regex.indexOf('}', end) + 1;
                if (end <= 0) {
                    return false;
                }
            } else if (e == 'x' || e == 'u' || e == 'c' || e == '0') {
                return false;
            }
            atom = regex.substring(at, end);
            at = end;
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            return false; // a quantifier with nothing before it
        } else {
            atom = String.valueOf(c);
            at++;
        }
        int[] range = quantifier();
        if (range == null) {
            return false;
        }
        Pattern one;
        try {
            one = Pattern.compile(atom);
        } catch (PatternSyntaxException e) {
            return false;
        }
        return characters(one, range[0], range[1], out);
    }

    /** A group, repeated as often as its quantifier asks at least (once for {@code ?}). */
    private boolean group(StringBuilder out) {
        at++;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?:", at)) {
                at += 2;
            } else if (regex.startsWith("?<", at) && !regex.startsWith("?<=", at) && !regex.startsWith("?<!", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    return false;
                }
                at = close + 1;
            } else {
                return false; // look-arounds, inline flags, atomic groups
            }
        }
        StringBuilder once = new StringBuilder();
        if (!alternatives(once) || at >= regex.length() || regex.charAt(at) != ')') {
            return false;
        }
        at++;
        int[] range = quantifier();
        if (range == null) {
            return false;
        }
        int times = Math.max(range[0], range[1] == 1 ? 1 : 0);
        for (int i = 0; i < times; i++) {
            out.append(once);
        }
        return true;
    }

    /** {@code ?}, {@code *}, {@code +} or {@code {n,m}} with an optional lazy or possessive mark: {min, max}. */
    private int[] quantifier() {
        int[] range = {1, 1};
        if (at < regex.length()) {
            char q = regex.charAt(at);
            if (q == '?') {
                range = new int[] {0, 1};
                at++;
            } else if (q == '*') {
                range = new int[] {0, Integer.MAX_VALUE};
                at++;
            } else if (q == '+') {
                range = new int[] {1, Integer.MAX_VALUE};
                at++;
            } else if (q == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    return null;
                }
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                try {
                    int min = Integer.parseInt(bounds[0].strip());
                    int max = bounds.length == 1 ? min
                            : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
                    range = new int[] {min, max};
                } catch (NumberFormatException e) {
                    return null;
                }
                at = close + 1;
            } else {
                return range;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
        }
        return range[0] > MAX_REPEAT || range[0] > range[1] ? null : range;
    }

    /** Characters {@code one} accepts, between min and max of them: the fill where it fits, else preferred ones. */
    private boolean characters(Pattern one, int min, int max, StringBuilder out) {
        if (max > 1 && !fillUsed) {
            for (String candidate : new String[] {fill, fill.toLowerCase(Locale.ROOT),
                    accepted(one, fill.toLowerCase(Locale.ROOT)), accepted(one, fill)}) {
                if (candidate.length() >= Math.max(min, 1) && candidate.length() <= max
                        && accepts(one, candidate)) {
                    out.append(candidate);
                    fillUsed = true;
                    return true;
                }
            }
        }
        int count = Math.max(min, max == Integer.MAX_VALUE ? 1 : 0);
        if (count > 1 && accepts(one, "01")) {
            out.append("0".repeat(count - 1)).append('1'); // a number as ids write it: 001
            return true;
        }
        for (int i = 0; i < count; i++) {
            char c = preferred(one, i);
            if (c == 0) {
                return false;
            }
            out.append(c);
        }
        return true;
    }

    private static String accepted(Pattern one, String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (one.matcher(new String(Character.toChars(cp))).matches()) {
                kept.appendCodePoint(cp);
            }
        });
        return kept.toString();
    }

    private static boolean accepts(Pattern one, String text) {
        return text.codePoints().allMatch(cp -> one.matcher(new String(Character.toChars(cp))).matches());
    }

    /** The first preferred character the atom accepts, looked for from the {@code i}-th on: {@code [1-9]{3}} is 123. */
    private static char preferred(Pattern one, int i) {
        for (int k = 0; k < PREFERRED.length(); k++) {
            char c = PREFERRED.charAt((i % 9 + k) % PREFERRED.length());
            if (one.matcher(String.valueOf(c)).matches()) {
                return c;
            }
        }
        return 0;
    }

    /** The index after the class starting at {@code from}, or -1; {@code []]} and nested classes included. */
    private int classEnd(int from) {
        int i = from + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }
}
