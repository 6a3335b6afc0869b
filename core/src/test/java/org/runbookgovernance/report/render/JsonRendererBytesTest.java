package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runbookgovernance.report.render.JsonTestParser.array;
import static org.runbookgovernance.report.render.JsonTestParser.object;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;

/** The byte and sliced paths of the JSON report give exactly the text of the plain one. */
class JsonRendererBytesTest {

    /** Text pieces the large report is made of: hostile, non-ASCII, and lone surrogates. */
    private static final String[] PIECES = {"plain", "Disk Full", "é", "ÿ", "€", "🚨", "</script>", "<!--", "?", "\"q\"",
        "back\\slash", "\n", "\t", "\u0001", "\u007f", "\u2028", "\ud800", "\udc00", "Ł", "/"};
    private static final Report LARGE = large(new Random(7), 300, 1_000, 700);
    private static final String SEQUENTIAL = new JsonRenderer(1, ArraySlices.SLICE).render(LARGE);

    @Test
    void bytesForAFileMatchTheGoldenOutput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(ReportFormat.JSON, Golden.options()).render(SampleReports.sample(), out);
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

        assertThat(renderer.render(LARGE)).isEqualTo(SEQUENTIAL);
        StringBuilder text = new StringBuilder();
        renderer.render(LARGE, text);
        assertThat(text.toString()).isEqualTo(SEQUENTIAL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(LARGE, bytes);
        assertThat(bytes.toByteArray()).isEqualTo(SEQUENTIAL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultRendererGivesTheSequentialBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Renderers.of(ReportFormat.JSON, RenderOptions.plain()).render(LARGE, bytes);
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

    /** Hostile and non-ASCII text in every field, optional values missing at random. */
    private static Report large(Random random, int runbookCount, int alertCount, int findingCount) {
        List<RunbookStatus> runbooks = new ArrayList<>();
        for (int i = 0; i < runbookCount; i++) {
            runbooks.add(new RunbookStatus("RB-" + i, text(random), "runbooks/RB-" + i + " " + text(random) + ".md",
                    maybe(random, "team-" + i), maybe(random, "P" + random.nextInt(4)), maybe(random, text(random)),
                    random.nextBoolean() ? null : ReviewState.values()[random.nextInt(ReviewState.values().length)],
                    maybe(random, "active"), maybe(random, LocalDate.of(2026, 1, 1).plusDays(i)),
                    maybe(random, LocalDate.of(2025, 6, 1).plusDays(i)), maybe(random, LocalDate.of(2027, 1, 1)),
                    random.nextBoolean() ? List.of() : List.of("Alert" + i, text(random))));
        }
        List<AlertRoute> alerts = new ArrayList<>();
        for (int i = 0; i < alertCount; i++) {
            alerts.add(new AlertRoute("Alert" + i + text(random), random.nextBoolean() ? "prometheus" : "rule-file",
                    maybe(random, "critical"), maybe(random, "https://x.example/" + text(random)),
                    maybe(random, "runbooks/RB-" + i + ".md"),
                    random.nextInt(5) == 0 ? null : new SourcePosition("alerts/" + text(random) + ".yml", i)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            findings.add(SampleReports.finding("rule/" + random.nextInt(9), Level.values()[random.nextInt(3)],
                    "runbooks/RB-" + random.nextInt(runbookCount) + ".md", random.nextInt(40),
                    random.nextBoolean() ? null : "RB-" + i, "message " + i + ": `" + text(random) + "`; fix it."));
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("parse", 120L);
        timings.put("total", 300L);
        return new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, "/repo/" + text(random), runbooks, alerts,
                findings, timings, List.of(text(random), "<!-- note -->"));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static <T> Optional<T> maybe(Random random, T value) {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value);
    }
}
