package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArraySlicesTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 1_000).boxed().toList();

    @Test
    void nestedArraysSlicedAreWhatOneGeneratorWrites() throws IOException {
        String one = document(Integer.MAX_VALUE, ArraySlicesTest::numberObject);
        assertThat(one).contains("\"n\": 999").endsWith("    }\n  ]\n}");
        for (int slice : new int[] {1, 2, 10, 999, 1_000}) {
            assertThat(document(slice, ArraySlicesTest::numberObject)).as("slice %d", slice).isEqualTo(one);
        }
    }

    @Test
    void aRuntimeFailureInASliceIsRethrownAsItWasThrown() {
        ArraySlices.Element<Integer> failing = (n, json) -> {
            if (n == 777) {
                throw new IllegalArgumentException("element 777");
            }
            json.writeNumber(n);
        };
        assertThatThrownBy(() -> document(10, failing))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("element 777");
    }

    @Test
    void anIoFailureInASliceIsAnIoException() {
        ArraySlices.Element<Integer> failing = (n, json) -> {
            if (n == 500) {
                throw new IOException("element 500");
            }
            json.writeNumber(n);
        };
        assertThatThrownBy(() -> document(10, failing)).isInstanceOf(IOException.class).hasMessage("element 500");
    }

    private static void numberObject(Integer n, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("n", n);
        json.writeArrayFieldStart("words");
        json.writeString("é" + n);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String document(int slice, ArraySlices.Element<Integer> element) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("numbers");
            ArraySlices.write(NUMBERS, slice, json, element);
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
