package org.runbookgovernance.report;

import java.util.ArrayList;
import java.util.List;

/** A sink for streamed text that keeps each piece it is handed, so a test can count and join them. */
public final class Chunks implements Appendable {

    private final List<String> pieces = new ArrayList<>();

    @Override
    public Appendable append(CharSequence text) {
        pieces.add(text.toString());
        return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
        return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
        return append(String.valueOf(c));
    }

    /** The pieces in the order they came. */
    public List<String> pieces() {
        return List.copyOf(pieces);
    }

    /** All the pieces as one text. */
    public String joined() {
        return String.join("", pieces);
    }
}
