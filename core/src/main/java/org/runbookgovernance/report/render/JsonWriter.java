package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A small streaming JSON writer: pretty-printed with a two-space indent, members in the order written, so
 * the same calls always give the same bytes. Strings are escaped per RFC 8259, plus U+2028/U+2029, and
 * {@code </} and {@code <!--} so the output is safe inside an HTML {@code <script>} element; a lone
 * surrogate (not encodable in UTF-8) becomes U+FFFD.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter();
 * json.beginObject().name("schemaVersion").value(1).name("notes").beginArray().endArray().endObject();
 * String text = json.toString();
 * }</pre>
 *
 * Misuse (a value where a name is due, unbalanced ends) throws {@link IllegalStateException}.
 * Built with a sink ({@link #JsonWriter(Appendable)}, {@link #JsonWriter(OutputStream)}), the text goes out
 * in chunks as it is written, so a large report never sits in memory whole; a failing sink throws
 * {@link UncheckedIOException}. The document is built as UTF-8 bytes: a stream gets them as they are, an
 * {@link Appendable} gets them decoded, in chunks that never split a character.
 */
public final class JsonWriter {

    /** What a sink is handed at a time: large enough that it is called rarely, small enough to stay in cache. */
    static final int CHUNK = 1 << 16;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** A line break and the indent of {@link #INDENT_LEVELS} levels; a line at depth d copies 1 + 2d of it. */
    private static final int INDENT_LEVELS = 64;
    private static final byte[] NEWLINE_INDENT = newlineIndent();

    /** ASCII characters {@link #string} cannot copy as they are: controls, quote, backslash, '<', DEL. */
    private static final boolean[] CARE = careTable();

    private final Appendable sink;
    private final OutputStream stream;
    private byte[] bytes;
    private int length;
    /** Where {@link #string} copies a string's characters; grows to the longest string written. */
    private char[] chars = new char[256];
    /** Whether each open container (outermost first) is an object. */
    private boolean[] objects = new boolean[16];
    private int depth;
    /** Whether the innermost open container has nothing in it yet; an outer one always has (the inner). */
    private boolean empty;
    private boolean nameWritten;
    private boolean done;

    /**
     * A member name written once, ready to copy: for a renderer that writes the same names many times. With
     * it comes the line it starts, at each depth, with and without the comma after a previous member.
     */
    static final class Name {
        /** Depths the whole line is made ready for; deeper members are put together as with a plain name. */
        private static final int DEPTHS = 16;

        private final String text;
        private final byte[] quoted;
        private final byte[][] first = new byte[DEPTHS][];
        private final byte[][] next = new byte[DEPTHS][];

        private Name(String text, byte[] quoted) {
            this.text = text;
            this.quoted = quoted;
            for (int depth = 1; depth < DEPTHS; depth++) {
                byte[] line = new byte[2 + 2 * depth + quoted.length];
                line[0] = ',';
                System.arraycopy(NEWLINE_INDENT, 0, line, 1, 1 + 2 * depth);
                System.arraycopy(quoted, 0, line, 2 + 2 * depth, quoted.length);
                next[depth] = line;
                first[depth] = Arrays.copyOfRange(line, 1, line.length);
            }
        }

        static Name of(String text) {
            JsonWriter scratch = new JsonWriter();
            scratch.string(text);
            scratch.ascii(": ");
            return new Name(text, Arrays.copyOf(scratch.bytes, scratch.length));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Keeps the whole document in memory; read it with {@link #toString()}. */
    public JsonWriter() {
        this.sink = null;
        this.stream = null;
        this.bytes = new byte[256];
    }

    /** Streams the document into {@code sink}; call {@link #flush()} at the end (closing the outermost value does). */
    public JsonWriter(Appendable sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.stream = null;
        this.bytes = new byte[CHUNK];
    }

    /**
     * Streams the document into {@code stream} as UTF-8; call {@link #flush()} at the end (closing the
     * outermost value does). The stream is neither flushed nor closed here.
     */
    public JsonWriter(OutputStream stream) {
        this.sink = null;
        this.stream = Objects.requireNonNull(stream, "stream");
        this.bytes = new byte[CHUNK];
    }

    /** Hands what is buffered to the sink; a no-op without one. */
    public JsonWriter flush() {
        if (length == 0 || sink == null && stream == null) {
            return this;
        }
        try {
            if (stream != null) {
                stream.write(bytes, 0, length);
            } else {
                sink.append(new String(bytes, 0, length, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
        return this;
    }

    public JsonWriter beginObject() {
        return open(true, '{');
    }

    public JsonWriter endObject() {
        return close(true, '}');
    }

    public JsonWriter beginArray() {
        return open(false, '[');
    }

    public JsonWriter endArray() {
        return close(false, ']');
    }

    /** The name of the next object member. */
    public JsonWriter name(String name) {
        if (name == null) {
            throw new IllegalStateException("a member name must not be null");
        }
        beforeName();
        string(name);
        ascii(": ");
        return this;
    }

    /** As {@link #name(String)}, copying the name quoted once beforehand, with its line, in one go. */
    JsonWriter name(Name name) {
        if (depth >= Name.DEPTHS) {
            beforeName();
            raw(name.quoted, 0, name.quoted.length);
            return this;
        }
        if (depth == 0 || !objects[depth - 1] || nameWritten) {
            throw new IllegalStateException("a name is only allowed directly inside an object, once per member");
        }
        byte[] line = empty ? name.first[depth] : name.next[depth];
        empty = false;
        nameWritten = true;
        raw(line, 0, line.length);
        return this;
    }

    /** A string, or {@code null} when {@code value} is null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        afterValue();
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        number(value);
        afterValue();
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        byte[] literal = value ? TRUE : FALSE;
        raw(literal, 0, literal.length);
        afterValue();
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        raw(NULL, 0, NULL.length);
        afterValue();
        return this;
    }

    /**
     * The document written so far; complete once the outermost object or array is closed. With a sink, only
     * the part not yet handed to it.
     */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** A line break after the complete document, as a file ends; handed to the sink with the rest. */
    JsonWriter lineEnd() {
        if (!done) {
            throw new IllegalStateException("the document is not complete yet");
        }
        ensure(1);
        bytes[length++] = '\n';
        flush();
        return this;
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        JsonWriter scratch = new JsonWriter();
        scratch.string(text);
        return scratch.toString();
    }

    /**
     * A writer, into memory, for more elements of the array open here: it can be written elsewhere (on
     * another thread) and then {@link #splice spliced} in here. {@code afterEarlierPart} says a part not
     * spliced yet comes before it, with at least one element, so its first element needs a comma.
     */
    JsonWriter arrayPart(boolean afterEarlierPart) {
        return arrayPart(afterEarlierPart, new byte[CHUNK]);
    }

    /** As {@link #arrayPart(boolean)}, writing into {@code buffer} (from {@link #release}) while it is large enough. */
    JsonWriter arrayPart(boolean afterEarlierPart, byte[] buffer) {
        if (done || depth == 0 || objects[depth - 1] || nameWritten) {
            throw new IllegalStateException("an array part belongs directly inside an open array");
        }
        JsonWriter part = new JsonWriter(buffer);
        part.objects = Arrays.copyOf(objects, objects.length);
        part.depth = depth;
        part.empty = empty && !afterEarlierPart;
        return part;
    }

    /** Appends what {@code part} (from {@link #arrayPart}) wrote; it must have closed everything it opened. */
    JsonWriter splice(JsonWriter part) {
        if (part.depth != depth || part.nameWritten || depth == 0 || objects[depth - 1]) {
            throw new IllegalStateException("only a finished part of the array open here can be spliced in");
        }
        if (part.length > 0) {
            if (stream != null && part.length >= CHUNK) {
                flush(); // large parts go to the stream as they are, not copied through the buffer
                try {
                    stream.write(part.bytes, 0, part.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                raw(part.bytes, 0, part.length);
            }
            empty = false;
        }
        return this;
    }

    /** A spliced part's buffer, for the next part to write into; the part cannot be used after. */
    byte[] release() {
        byte[] buffer = bytes;
        bytes = null;
        length = 0;
        return buffer;
    }

    private JsonWriter(byte[] buffer) {
        this.sink = null;
        this.stream = null;
        this.bytes = buffer;
    }

    private JsonWriter open(boolean object, char bracket) {
        beforeValue();
        ensure(1);
        bytes[length++] = (byte) bracket;
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
        }
        objects[depth++] = object;
        empty = true;
        return this;
    }

    private JsonWriter close(boolean object, char bracket) {
        if (depth == 0 || objects[depth - 1] != object || nameWritten) {
            throw new IllegalStateException("nothing to close with '" + bracket + "' here");
        }
        depth--;
        if (!empty) {
            newline(depth);
        }
        ensure(1);
        bytes[length++] = (byte) bracket;
        empty = false; // the container just closed is in its parent now
        afterValue();
        return this;
    }

    private void beforeName() {
        if (depth == 0 || !objects[depth - 1] || nameWritten) {
            throw new IllegalStateException("a name is only allowed directly inside an object, once per member");
        }
        separate();
        nameWritten = true;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the document is already complete");
        }
        if (depth == 0) {
            return;
        }
        if (nameWritten) {
            nameWritten = false; // the value completes the member
            return;
        }
        if (objects[depth - 1]) {
            throw new IllegalStateException("an object member needs a name first");
        }
        separate();
    }

    /** The comma after the previous member or element, and the line the next one starts on. */
    private void separate() {
        if (!empty) {
            ensure(1);
            bytes[length++] = ',';
        }
        empty = false;
        newline(depth);
    }

    private void afterValue() {
        if (depth == 0) {
            done = true;
            flush();
        }
    }

    private void newline(int level) {
        if (level <= INDENT_LEVELS) {
            raw(NEWLINE_INDENT, 0, 1 + 2 * level);
            return;
        }
        raw(NEWLINE_INDENT, 0, NEWLINE_INDENT.length);
        for (int i = INDENT_LEVELS; i < level; i++) {
            ascii("  ");
        }
    }

    /** Room for {@code needed} more bytes: a sink gets what is buffered first; memory just grows. */
    private void ensure(int needed) {
        if (length + needed <= bytes.length) {
            return;
        }
        flush(); // between characters, so a chunk never splits one
        if (length + needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + needed));
        }
    }

    private void raw(byte[] from, int offset, int count) {
        ensure(count);
        System.arraycopy(from, offset, bytes, length, count);
        length += count;
    }

    private void ascii(String text) {
        int count = text.length();
        ensure(count);
        for (int i = 0; i < count; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void number(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value)); // has no positive counterpart to print digits of
            return;
        }
        ensure(20);
        long rest = value;
        if (rest < 0) {
            bytes[length++] = '-';
            rest = -rest;
        }
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
    }

    /**
     * {@code text} quoted and escaped, as UTF-8. Nearly every string is plain ASCII: its characters are copied
     * (one bulk copy inside the JDK) into a reused array, and from there byte by byte into the buffer, leaving
     * the loop only for a character that needs an escape or more than one byte. Nothing is allocated per
     * string, so a large report's render does not set off a garbage collection.
     */
    private void string(String text) {
        int count = text.length();
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        char[] from = chars;
        text.getChars(0, count, from, 0);
        ensure(count + 2);
        bytes[length++] = '"';
        int i = 0;
        while (true) {
            byte[] to = bytes;
            int at = length;
            while (i < count) {
                char c = from[i];
                if (c >= 0x80 || CARE[c]) {
                    break;
                }
                to[at++] = (byte) c;
                i++;
            }
            length = at;
            if (i == count) {
                break;
            }
            i = escapeChar(text, i) + 1;
            ensure(count - i + 1); // the rest if it is plain, and the closing quote
        }
        bytes[length++] = '"';
    }

    /** Writes the character at {@code i} as JSON wants it; returns the index of the last character used. */
    private int escapeChar(String text, int i) {
        char c = text.charAt(i);
        ensure(6);
        switch (c) {
            case '"' -> escape('"');
            case '\\' -> escape('\\');
            case '\n' -> escape('n');
            case '\r' -> escape('r');
            case '\t' -> escape('t');
            case '\b' -> escape('b');
            case '\f' -> escape('f');
            case '<' -> {
                // "<!--" inside a script element switches the HTML tokenizer into an escaped state
                if (text.startsWith("!--", i + 1)) {
                    unicodeEscape(c);
                } else if (text.startsWith("/", i + 1)) {
                    bytes[length++] = '<'; // the '/' is taken here: the copy loop in string() would not escape it
                    escape('/');
                    return i + 1;
                } else {
                    bytes[length++] = '<';
                }
            }
            default -> {
                if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                    unicodeEscape(c);
                } else if (Character.isSurrogate(c)) {
                    return surrogate(text, i);
                } else {
                    utf8(c);
                }
            }
        }
        return i;
    }

    /** A valid pair is copied; a lone surrogate (not encodable in UTF-8) becomes U+FFFD. */
    private int surrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[length++] = (byte) (0xf0 | codePoint >> 18);
            bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
            bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3f);
            return i + 1;
        }
        utf8('\ufffd');
        return i;
    }

    private void utf8(char c) {
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xc0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        } else {
            bytes[length++] = (byte) (0xe0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        }
    }

    private void escape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void unicodeEscape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = 'u';
        bytes[length++] = HEX[(c >> 12) & 0xf];
        bytes[length++] = HEX[(c >> 8) & 0xf];
        bytes[length++] = HEX[(c >> 4) & 0xf];
        bytes[length++] = HEX[c & 0xf];
    }

    private static byte[] newlineIndent() {
        byte[] line = new byte[1 + 2 * INDENT_LEVELS];
        Arrays.fill(line, (byte) ' ');
        line[0] = '\n';
        return line;
    }

    private static boolean[] careTable() {
        boolean[] care = new boolean[0x80];
        for (int c = 0; c < 0x20; c++) {
            care[c] = true;
        }
        care['"'] = true;
        care['\\'] = true;
        care['<'] = true;
        care[0x7f] = true;
        return care;
    }
}
