package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.report.Chunks;

/**
 * The writer builds UTF-8 bytes with a bulk copy for plain text: these check it against the character by
 * character escaping it replaced (kept below as the reference), and that every sink gets the same document.
 */
class JsonWriterBytesTest {

    /** Characters around which the escaping rules change: ASCII specials, Latin-1, '?', BMP, surrogates. */
    private static final char[] TRICKY = {'a', 'Z', ' ', '"', '\\', '/', '<', '!', '-', '>', '?', '\n', '\r', '\t',
        '\b', '\f', '\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u0141', '\u20ac',
        '\u2028', '\u2029', '\ud83d', '\udea8', '\ud800', '\udfff', '\ufffd', '\ufeff', '\uffff'};

    @Test
    void everyCharacterIsEscapedAsBeforeAloneAndInContext() {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c <= 0xffff; c++) {
            String ch = String.valueOf((char) c);
            texts.addAll(List.of(ch, "plain " + ch + " text", "<" + ch, ch + "/", ch + "!--", "<" + ch + "!--x",
                    ch + ch, "é" + ch, "\ud83d" + ch, ch + "\udea8", "?" + ch));
        }
        assertSameAsReference(texts);
    }

    @Test
    void randomMixturesOfTrickyCharactersAreEscapedAsBefore() {
        Random random = new Random(20261126);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : TRICKY[random.nextInt(TRICKY.length)]);
            }
            texts.add(text.toString());
        }
        assertSameAsReference(texts);
    }

    static Stream<Arguments> htmlSequences() {
        return Stream.of(
                Arguments.of("</", "\"<\\/\""),
                Arguments.of("<</", "\"<<\\/\""),
                Arguments.of("a</b</c", "\"a<\\/b<\\/c\""),
                Arguments.of("<!--</", "\"\\u003c!--<\\/\""),
                Arguments.of("é</script>", "\"é<\\/script>\""),
                Arguments.of("?</", "\"?<\\/\""),
                Arguments.of("🚨</", "\"🚨<\\/\""),
                Arguments.of("/<", "\"/<\""));
    }

    @ParameterizedTest
    @MethodSource("htmlSequences")
    void slashAfterLessThanIsEscapedWhateverComesBefore(String input, String expected) {
        assertThat(JsonWriter.quote(input)).isEqualTo(expected);
        assertSameAsReference(List.of(input));
    }

    @Test
    void numbersAreWrittenAsLongToStringWrites() {
        for (long n : new long[] {0, 1, -1, 9, 10, -10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Integer.MIN_VALUE}) {
            assertThat(new JsonWriter().value(n).toString()).isEqualTo(Long.toString(n));
        }
    }

    @Test
    void indentKeepsGrowingPastSixtyFourLevels() {
        JsonWriter json = new JsonWriter();
        int levels = 70;
        for (int i = 0; i < levels; i++) {
            json.beginArray();
        }
        json.value(1);
        for (int i = 0; i < levels; i++) {
            json.endArray();
        }
        String[] lines = json.toString().split("\n");
        assertThat(lines[levels]).isEqualTo("  ".repeat(levels) + "1");
        assertThat(lines[levels - 1]).isEqualTo("  ".repeat(levels - 1) + "[");
        assertThat(JsonTestParser.parse(json.toString())).isNotNull();
    }

    @Test
    void aStreamGetsTheSameBytesAcrossChunkBoundaries() {
        Consumer<JsonWriter> document = JsonWriterBytesTest::longDocument;
        JsonWriter inMemory = new JsonWriter();
        document.accept(inMemory);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        JsonWriter streamed = new JsonWriter(stream);
        document.accept(streamed);

        assertThat(stream.toByteArray()).isEqualTo(inMemory.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(stream.size()).isGreaterThan(4 * JsonWriter.CHUNK);
        assertThat(streamed.toString()).isEmpty();
    }

    @Test
    void anAppendableGetsWholeCharactersInEveryChunk() {
        JsonWriter inMemory = new JsonWriter();
        longDocument(inMemory);
        Chunks sink = new Chunks();
        longDocument(new JsonWriter(sink));

        assertThat(sink.pieces()).hasSizeGreaterThan(4);
        assertThat(sink.joined()).isEqualTo(inMemory.toString());
        // a multi-byte character cut in two would have been decoded to U+FFFD
        assertThat(sink.joined()).doesNotContain("\ufffd");
        assertThat(JsonTestParser.parse(inMemory.toString())).isNotNull();
    }

    @Test
    void aStringLongerThanAChunkGoesOutWhole() {
        String huge = "é🚨<!--".repeat(JsonWriter.CHUNK / 2) + "x".repeat(3 * JsonWriter.CHUNK);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        new JsonWriter(stream).beginArray().value(huge).value("tail").endArray();
        StringBuilder text = new StringBuilder();
        new JsonWriter(text).beginArray().value(huge).value("tail").endArray();

        String expected = "[\n  " + reference(huge) + ",\n  \"tail\"\n]";
        assertThat(new String(stream.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(text.toString()).isEqualTo(expected);
    }

    @Test
    void aFailingStreamSurfacesAsUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> new JsonWriter(broken).beginArray().value("x").endArray())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
    }

    @Test
    void namesQuotedOnceGiveTheSameBytesAsNamesWrittenEachTime() {
        JsonWriter.Name name = JsonWriter.Name.of("say \"hi\" </");
        String once = new JsonWriter().beginObject().name(name).value(1).name(JsonWriter.Name.of("é")).value(2)
                .endObject().toString();
        String each = new JsonWriter().beginObject().name("say \"hi\" </").value(1).name("é").value(2)
                .endObject().toString();
        assertThat(once).isEqualTo(each);
        assertThatThrownBy(() -> new JsonWriter().beginArray().name(name)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void splicedArrayPartsGiveTheSameBytesAsOneWriter() {
        for (int parts = 1; parts <= 4; parts++) {
            for (boolean stream : new boolean[] {false, true}) {
                JsonWriter whole = new JsonWriter().beginObject().name("before").value(1).name("list").beginArray();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                JsonWriter spliced = (stream ? new JsonWriter(bytes) : new JsonWriter())
                        .beginObject().name("before").value(1).name("list").beginArray();
                List<JsonWriter> written = new ArrayList<>();
                int item = 0;
                for (int part = 0; part < parts; part++) {
                    JsonWriter slice = spliced.arrayPart(part > 0); // all made before any is spliced, as on workers
                    for (int k = 0; k <= part; k++, item++) {
                        element(item, whole);
                        element(item, slice);
                    }
                    written.add(slice);
                }
                written.forEach(spliced::splice);
                whole.endArray().name("after").value(true).endObject();
                spliced.endArray().name("after").value(true).endObject();

                String text = stream ? bytes.toString(StandardCharsets.UTF_8) : spliced.toString();
                assertThat(text).as("%d parts, stream %s", parts, stream).isEqualTo(whole.toString());
            }
        }
    }

    @Test
    void anArrayPartFollowsElementsWrittenBeforeIt() {
        JsonWriter whole = new JsonWriter().beginArray().value("a").value("b").endArray();
        JsonWriter spliced = new JsonWriter().beginArray().value("a");
        JsonWriter part = spliced.arrayPart(false);
        part.value("b");
        assertThat(spliced.splice(part).endArray().toString()).isEqualTo(whole.toString());
    }

    @Test
    void anEmptyPartLeavesTheArrayAsItWas() {
        JsonWriter spliced = new JsonWriter().beginArray();
        spliced.splice(spliced.arrayPart(false));
        assertThat(spliced.endArray().toString()).isEqualTo("[]");
    }

    @Test
    void partsAreOnlyForAnOpenArray() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().arrayPart(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().arrayPart(false)).isInstanceOf(IllegalStateException.class);
        JsonWriter json = new JsonWriter().beginArray();
        JsonWriter unfinished = json.arrayPart(false).beginObject();
        assertThatThrownBy(() -> json.splice(unfinished)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLineEndComesOnlyAfterACompleteDocument() {
        assertThat(new JsonWriter().beginArray().endArray().lineEnd().toString()).isEqualTo("[]\n");
        assertThatThrownBy(() -> new JsonWriter().beginArray().lineEnd()).isInstanceOf(IllegalStateException.class);
    }

    private static void element(int item, JsonWriter json) {
        json.beginObject().name("n").value(item).name("text").value("é</" + item).endObject();
    }

    /** Far past several chunks, with multi-byte characters at every offset so some straddle a chunk's end. */
    private static void longDocument(JsonWriter json) {
        json.beginArray();
        for (int i = 0; i < 12_000; i++) {
            json.beginObject().name("id").value("RB-" + i).name("title").value("é".repeat(i % 7) + "🚨" + "x".repeat(i % 5))
                    .name("line").value(i).name("none").nullValue().endObject();
        }
        json.endArray();
    }

    /** Each text quoted alone, and all of them as one streamed array, against the reference. */
    private static void assertSameAsReference(List<String> texts) {
        StringBuilder expected = new StringBuilder("[");
        for (String text : texts) {
            String quoted = reference(text);
            if (!JsonWriter.quote(text).equals(quoted)) {
                assertThat(JsonWriter.quote(text)).as("quote of %s", codes(text)).isEqualTo(quoted);
            }
            expected.append(expected.length() > 1 ? ",\n  " : "\n  ").append(quoted);
        }
        expected.append(texts.isEmpty() ? "]" : "\n]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonWriter streamed = new JsonWriter(bytes).beginArray();
        texts.forEach(streamed::value);
        streamed.endArray();
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String codes(String text) {
        StringBuilder codes = new StringBuilder();
        text.chars().forEach(c -> codes.append(String.format("U+%04X ", c)));
        return codes.toString().strip();
    }

    /** The escaping as it was written character by character, before the writer built bytes: the reference. */
    private static String reference(String text) {
        StringBuilder to = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
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
                case '<' -> to.append(text.startsWith("!--", i + 1) ? "\\u003c" : "<");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        to.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        to.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        to.append('\ufffd');
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        return to.append('"').toString();
    }

    @Test
    void namesQuotedOnceGiveTheSameBytesAtEveryDepth() {
        JsonWriter.Name first = JsonWriter.Name.of("first");
        JsonWriter.Name second = JsonWriter.Name.of("second");
        JsonWriter once = new JsonWriter().beginArray();
        JsonWriter each = new JsonWriter().beginArray();
        for (int depth = 1; depth <= 20; depth++) {
            once.beginObject().name(first).value(depth).name(second).beginArray();
            each.beginObject().name("first").value(depth).name("second").beginArray();
        }
        for (int depth = 1; depth <= 20; depth++) {
            once.endArray().endObject();
            each.endArray().endObject();
        }
        assertThat(once.endArray().toString()).isEqualTo(each.endArray().toString());
    }
}
