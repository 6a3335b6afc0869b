package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonStyleTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("back\\slash", "\"back\\\\slash\""),
                Arguments.of("a\nb\rc\td\be\ff", "\"a\\nb\\rc\\td\\be\\ff\""),
                Arguments.of("bell\u0001 esc\u001b del\u007f", "\"bell\\u0001 esc\\u001b del\\u007f\""),
                Arguments.of("line\u2028para\u2029", "\"line\\u2028para\\u2029\""),
                Arguments.of("</script>", "\"\\u003c/script>\""),
                Arguments.of("<!-- x", "\"\\u003c!-- x\""),
                Arguments.of("a/b > c", "\"a/b > c\""),
                Arguments.of("🚨 é €", "\"🚨 é €\""),
                Arguments.of("lone \ud800 high", "\"lone \\ud800 high\""),
                Arguments.of("lone \udc00 low", "\"lone \\udc00 low\""),
                Arguments.of("", "\"\""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapesStringsAndTheyParseBack(String input, String expected) throws IOException {
        String quoted = quote(input);

        assertThat(quoted).isEqualTo(expected);
        assertThat(JsonTestParser.parse(quoted)).isEqualTo(input);
    }

    @Test
    void anyTextParsesBackAndIsSafeInsideAScriptElement() throws IOException {
        Random random = new Random(20261126);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(random.nextBoolean() ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000));
            }
            String quoted = quote(text.toString());
            assertThat(JsonTestParser.parse(quoted)).as("text %d", i).isEqualTo(text.toString());
            assertThat(quoted).as("text %d", i).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029")
                    .doesNotContainPattern("[\\x00-\\x1f\\x7f]");
        }
    }

    @Test
    void prettyPrintsWithTwoSpaceIndentAndTightEmptyContainers() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            json.writeStartObject();
            json.writeNumberField("n", -2);
            json.writeStringField("s", "x");
            json.writeBooleanField("b", true);
            json.writeNullField("z");
            json.writeStringField("none", null);
            json.writeObjectFieldStart("empty");
            json.writeEndObject();
            json.writeArrayFieldStart("list");
            json.writeNumber(Long.MIN_VALUE);
            json.writeStartObject();
            json.writeBooleanField("k", false);
            json.writeEndObject();
            json.writeStartArray();
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "n": -2,
                  "s": "x",
                  "b": true,
                  "z": null,
                  "none": null,
                  "empty": {},
                  "list": [
                    -9223372036854775808,
                    {
                      "k": false
                    },
                    []
                  ]
                }""");
    }

    @Test
    void closingFlushesTheStreamButLeavesItOpen() throws IOException {
        boolean[] state = new boolean[2]; // flushed, closed
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                state[0] = true;
            }

            @Override
            public void close() {
                state[1] = true;
            }
        };
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            json.writeStartArray();
            json.writeEndArray();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
        assertThat(state).containsExactly(true, false);
    }

    @Test
    void misuseIsAnErrorNotBrokenJson() throws IOException {
        try (JsonGenerator json = JsonStyle.generator(new ByteArrayOutputStream())) {
            json.writeStartObject();
            assertThatThrownBy(() -> json.writeNumber(1)).isInstanceOf(IOException.class);
            assertThatThrownBy(json::writeEndArray).isInstanceOf(IOException.class);
        }
    }

    private static String quote(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            json.writeString(text);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
