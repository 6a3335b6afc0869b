package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A small streaming JSON writer: pretty-printed with a two-space indent, members in the order written, so
 * the same calls always give the same bytes. Strings are escaped per RFC 8259, plus U+2028/U+2029, and
 * {@code </} and {@code <!--} so the output is safe inside an HTML {@code <script>} element.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter();
 * json.beginObject().name("schemaVersion").value(1).name("notes").beginArray().endArray().endObject();
 * String text = json.toString();
 * }</pre>
 *
 * Misuse (a value where a name is due, unbalanced ends) throws {@link IllegalStateException}.
 * Built with a sink ({@link #JsonWriter(Appendable)}), the text goes out in chunks as it is written, so a
 * large report never sits in memory whole; a failing sink throws {@link UncheckedIOException}.
 */
public final class JsonWriter {

    private static final String INDENT = "  ";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** One open object or array, and whether something was written in it yet. */
    private static final class Container {
        final boolean object;
        boolean empty = true;

        Container(boolean object) {
            this.object = object;
        }
    }

    /** Chunk size for a sink: large enough that the sink is called rarely, small enough to stay in cache. */
    private static final int CHUNK = 1 << 15;

    private final StringBuilder out = new StringBuilder();
    private final Appendable sink;
    private final Deque<Container> open = new ArrayDeque<>();
    private boolean nameWritten;
    private boolean done;

    /** Keeps the whole document in memory; read it with {@link #toString()}. */
    public JsonWriter() {
        this.sink = null;
    }

    /** Streams the document into {@code sink}; call {@link #flush()} at the end (closing the outermost value does). */
    public JsonWriter(Appendable sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Hands what is buffered to the sink; a no-op without one. */
    public JsonWriter flush() {
        if (sink != null && out.length() > 0) {
            try {
                sink.append(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.setLength(0);
        }
        return this;
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new Container(true));
        return this;
    }

    public JsonWriter endObject() {
        return close(true, '}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new Container(false));
        return this;
    }

    public JsonWriter endArray() {
        return close(false, ']');
    }

    /** The name of the next object member. */
    public JsonWriter name(String name) {
        if (name == null) {
            throw new IllegalStateException("a member name must not be null");
        }
        Container level = open.peek();
        if (level == null || !level.object || nameWritten) {
            throw new IllegalStateException("a name is only allowed directly inside an object, once per member");
        }
        if (!level.empty) {
            out.append(',');
        }
        level.empty = false;
        newline(open.size());
        quote(name, out);
        out.append(": ");
        nameWritten = true;
        return this;
    }

    /** A string, or {@code null} when {@code value} is null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quote(value, out);
        afterValue();
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        afterValue();
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        afterValue();
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        afterValue();
        return this;
    }

    /**
     * The document written so far; complete once the outermost object or array is closed. With a sink, only
     * the part not yet handed to it.
     */
    @Override
    public String toString() {
        return out.toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        quote(text, quoted);
        return quoted.toString();
    }

    private JsonWriter close(boolean object, char bracket) {
        Container level = open.peek();
        if (level == null || level.object != object || nameWritten) {
            throw new IllegalStateException("nothing to close with '" + bracket + "' here");
        }
        open.pop();
        if (!level.empty) {
            newline(open.size());
        }
        out.append(bracket);
        afterValue();
        return this;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the document is already complete");
        }
        Container level = open.peek();
        if (level == null) {
            return;
        }
        if (nameWritten) {
            nameWritten = false; // the value completes the member
            return;
        }
        if (level.object) {
            throw new IllegalStateException("an object member needs a name first");
        }
        if (!level.empty) {
            out.append(',');
        }
        level.empty = false;
        newline(open.size());
    }

    private void afterValue() {
        if (open.isEmpty()) {
            done = true;
            flush();
        } else if (sink != null && out.length() >= CHUNK) {
            flush();
        }
    }

    private void newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private static void quote(String text, StringBuilder to) {
        to.append('"');
        int length = text.length();
        // Most strings (ids, paths, URLs, messages) need no escape: copy the plain prefix in one go.
        int plain = 0;
        while (plain < length && !needsCare(text.charAt(plain))) {
            plain++;
        }
        to.append(text, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> to.append("\\\"");
                case '\\' -> to.append("\\\\");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                case '\t' -> to.append("\\t");
                case '\b' -> to.append("\\b");
                case '\f' -> to.append("\\f");
                case '/' -> to.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
                case '<' -> {
                    // "<!--" inside a script element switches the HTML tokenizer into an escaped state
                    if (text.startsWith("!--", i + 1)) {
                        unicodeEscape(c, to);
                    } else {
                        to.append(c);
                    }
                }
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c, to);
                    } else if (Character.isSurrogate(c)) {
                        i = surrogate(text, i, to);
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        to.append('"');
    }

    /** Characters the loop in quote may change; '/' is only escaped after '<', so '<' is the one to watch. */
    private static boolean needsCare(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == 0x7f || c >= '\u2028'
                && (c == '\u2028' || c == '\u2029' || Character.isSurrogate(c));
    }

    /** A valid pair is copied; a lone surrogate (not encodable in UTF-8) becomes U+FFFD. */
    private static int surrogate(String text, int i, StringBuilder to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            to.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        to.append('\ufffd');
        return i;
    }

    private static void unicodeEscape(char c, StringBuilder to) {
        to.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
