package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How every JSON document of ours looks, set up on Jackson's streaming generator: a two-space indent,
 * {@code "name": value}, {@code {}} and {@code []} when empty, {@code \n} line ends, members in the order
 * written. Strings escape what RFC 8259 requires, DEL, U+2028/U+2029 (line ends in JavaScript) and {@code <}
 * (so the text is safe inside an HTML {@code <script>} element), with lowercase hex.
 */
public final class JsonStyle {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT) // a failed write is not finished off with brackets
            .characterEscapes(new ScriptSafe())
            .build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private JsonStyle() {
    }

    /** A generator writing UTF-8 into {@code out}; closing it flushes {@code out} but does not close it. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        // Jackson hands on its small buffer each time it fills: unbuffered, a report file takes a system call for each
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        return FACTORY.createGenerator(buffered).setPrettyPrinter(PRETTY.createInstance());
    }

    private static final class ScriptSafe extends CharacterEscapes {
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii[0x7f] = ESCAPE_STANDARD;
            ascii['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return switch (c) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
