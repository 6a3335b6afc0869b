package org.runbookgovernance.rules;

import java.util.Optional;
import org.runbookgovernance.model.RunbookId;

/**
 * {@link RunbookId#findIn} without a pattern search, because it runs on every runbook's id field, H1 and file
 * name; the pattern it stands for is in {@link #find}'s comment, and a test holds the two to the same answers.
 */
public final class IdTokens {

    private IdTokens() {
    }

    /**
     * The first {@code (?<![A-Za-z0-9])([A-Za-z]{2,8}-\d{1,6})(?![0-9])} in the text. Each part must take
     * its whole run: fewer letters leave a letter where the '-' goes, fewer digits a digit where none may
     * follow; and a start inside a run of letters fails the look-behind, so only whole runs are tried.
     */
    public static Optional<RunbookId> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            int letters = i - start;
            if (letters >= 2 && letters <= 8 && i < n && text.charAt(i) == '-'
                    && (start == 0 || !isLetterOrDigit(text.charAt(start - 1)))) {
                int end = i + 1;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                int digits = end - i - 1;
                if (digits >= 1 && digits <= 6) {
                    return Optional.of(RunbookId.token(text.substring(start, end)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }
}
