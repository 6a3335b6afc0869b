package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonWriterTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("back\\slash", "\"back\\\\slash\""),
                Arguments.of("a\nb\rc\td\be\ff", "\"a\\nb\\rc\\td\\be\\ff\""),
                Arguments.of("bell\u0001 esc\u001b del\u007f", "\"bell\\u0001 esc\\u001b del\\u007f\""),
                Arguments.of("line\u2028para\u2029", "\"line\\u2028para\\u2029\""),
                Arguments.of("</script>", "\"<\\/script>\""),
                Arguments.of("a/b < c", "\"a/b < c\""),
                Arguments.of("<!-- x", "\"\\u003c!-- x\""),
                Arguments.of("🚨 é", "\"🚨 é\""),
                Arguments.of("lone \ud800 high", "\"lone \ufffd high\""),
                Arguments.of("lone \udc00 low", "\"lone \ufffd low\""),
                Arguments.of("", "\"\""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapesStrings(String input, String expected) {
        assertThat(JsonWriter.quote(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapedStringsParseBackToTheInput(String input, String expected) {
        String back = (String) JsonTestParser.parse(expected);
        assertThat(back).isEqualTo(input.replace('\ud800', '\ufffd').replace('\udc00', '\ufffd'));
    }

    @Test
    void prettyPrintsWithTwoSpaceIndent() {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("n").value(1)
                .name("s").value("x")
                .name("b").value(true)
                .name("z").nullValue()
                .name("none").value((String) null)
                .name("empty").beginObject().endObject()
                .name("list").beginArray().value(1).beginObject().name("k").value(false).endObject().beginArray().endArray().endArray()
                .endObject();
        assertThat(json.toString()).isEqualTo("""
                {
                  "n": 1,
                  "s": "x",
                  "b": true,
                  "z": null,
                  "none": null,
                  "empty": {},
                  "list": [
                    1,
                    {
                      "k": false
                    },
                    []
                  ]
                }""");
    }

    @Test
    void aTopLevelArrayAndScalarWork() {
        assertThat(new JsonWriter().beginArray().value("a").value(-2).endArray().toString())
                .isEqualTo("[\n  \"a\",\n  -2\n]");
        assertThat(new JsonWriter().value("only").toString()).isEqualTo("\"only\"");
    }

    @Test
    void rejectsMisuse() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().value(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginArray().name("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().endArray()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").name("b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").endObject()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().endObject()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().value(1).value(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameCallsGiveTheSameBytes() {
        assertThat(build()).isEqualTo(build());
    }

    @Test
    void aSinkReceivesTheSameDocumentInChunks() {
        StringBuilder sink = new StringBuilder();
        JsonWriter streamed = new JsonWriter(sink);
        JsonWriter inMemory = new JsonWriter();
        for (JsonWriter json : new JsonWriter[] {streamed, inMemory}) {
            json.beginArray();
            for (int i = 0; i < 5_000; i++) { // well past one chunk
                json.beginObject().name("id").value("RB-" + i).name("line").value(i).endObject();
            }
            json.endArray();
        }
        assertThat(sink.toString()).isEqualTo(inMemory.toString());
        assertThat(streamed.toString()).isEmpty();
    }

    @Test
    void aFailingSinkSurfacesAsUncheckedIoException() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence text) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> new JsonWriter(broken).beginArray().value("x").endArray())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
    }

    private static String build() {
        JsonWriter json = new JsonWriter().beginObject();
        for (int i = 0; i < 5; i++) {
            json.name("k" + i).value("v" + i);
        }
        return json.endObject().toString();
    }
}
