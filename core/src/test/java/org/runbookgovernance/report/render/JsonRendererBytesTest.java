package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runbookgovernance.report.render.JsonTestParser.array;
import static org.runbookgovernance.report.render.JsonTestParser.object;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.report.Report;

/** The byte and sliced paths of the JSON report give exactly the text of the plain one. */
class JsonRendererBytesTest {

    private static final Report LARGE = LargeReports.large(new Random(7), 300, 1_000, 700);
    private static final String SEQUENTIAL = new JsonRenderer(1, ArraySlices.SLICE).render(LARGE);

    @Test
    void bytesForAFileMatchTheGoldenOutput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.JSON.renderer(Golden.options()).render(SampleReports.sample(), out);
        assertThat(out.toByteArray()).isEqualTo(Golden.read("sample.json").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLargeReportIsOneValidDocument() {
        Map<String, Object> root = object(JsonTestParser.parse(SEQUENTIAL));
        assertThat(array(root.get("runbooks"))).hasSize(300);
        assertThat(array(root.get("alerts"))).hasSize(1_000);
        assertThat(array(root.get("findings"))).hasSize(700);
        assertThat(SEQUENTIAL).endsWith("}\n").doesNotContain("</").doesNotContain("\u2028");
    }

    static Stream<Arguments> slicings() {
        return Stream.of(
                Arguments.of(2, 1),
                Arguments.of(2, 2),
                Arguments.of(2, 7),
                Arguments.of(3, 64),
                Arguments.of(2, 299), // runbooks in two slices, one of a single element
                Arguments.of(2, 300), // runbooks exactly one slice: written in place
                Arguments.of(4, 999),
                Arguments.of(2, ArraySlices.SLICE));
    }

    @ParameterizedTest
    @MethodSource("slicings")
    void slicesRenderedInParallelGiveTheSequentialBytes(int threads, int slice) throws IOException {
        JsonRenderer renderer = new JsonRenderer(threads, slice);

        EveryOutput.assertRenders(renderer, LARGE, SEQUENTIAL);
    }

    @Test
    void theDefaultRendererGivesTheSequentialBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportFormat.JSON.renderer(RenderOptions.plain()).render(LARGE, bytes);
        assertThat(bytes.toByteArray()).isEqualTo(SEQUENTIAL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyReportIsTheSameSlicedOrNot() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonRenderer(2, 1).render(SampleReports.empty(), bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(new JsonRenderer(1, 1).render(SampleReports.empty()));
    }

    @Test
    void aFailingStreamIsAnIoExceptionWhileSlicesAreInFlight() {
        OutputStream full = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> new JsonRenderer(2, 5).render(LARGE, full))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
    }
}
