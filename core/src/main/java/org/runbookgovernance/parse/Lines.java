package org.runbookgovernance.parse;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A text's lines as offsets into it: split on LF, CRLF and lone CR, as Markdown does, and a final line ending
 * opens no extra line. A line becomes a String only when it is asked for: the Markdown reading works on the
 * offsets, and a String per line was a tenth of everything a large check allocates.
 */
final class Lines extends AbstractList<String> implements RandomAccess {

    private final String text;
    /** Line i is {@code text[bounds[2i], bounds[2i + 1])}. */
    private final int[] bounds;
    private final int count;

    private Lines(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
    }

    static Lines of(String text) {
        return of(text, text.indexOf('\r') < 0);
    }

    /** As {@link #of(String)}, told whether the text has no CR (the caller looked already). */
    static Lines of(String text, boolean lfOnly) {
        int n = text.length();
        // Room for lines of 32 characters on average (runbooks average about 45): rarely grown, never by much.
        int[] bounds = new int[2 * (n / 32 + 8)];
        int count = 0;
        int start = 0;
        if (lfOnly) {
            // LF only, nearly every file: indexOf scans far faster than charAt per character.
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                bounds = add(bounds, count++, start, end);
                start = end + 1;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    bounds = add(bounds, count++, start, i);
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        if (start < n) {
            bounds = add(bounds, count++, start, n);
        }
        return new Lines(text, bounds, count);
    }

    private static int[] add(int[] bounds, int line, int start, int end) {
        if (2 * line + 1 >= bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * line] = start;
        bounds[2 * line + 1] = end;
        return bounds;
    }

    /** The whole text the lines are offsets into. */
    String text() {
        return text;
    }

    /** Where line {@code i} starts in {@link #text()}. */
    int start(int i) {
        checkIndex(i);
        return bounds[2 * i];
    }

    /** Where line {@code i} ends in {@link #text()}, before its line ending. */
    int end(int i) {
        checkIndex(i);
        return bounds[2 * i + 1];
    }

    int length(int i) {
        return end(i) - start(i);
    }

    @Override
    public String get(int i) {
        return text.substring(start(i), end(i));
    }

    @Override
    public int size() {
        return count;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("line " + i + " of " + count);
        }
    }
}
