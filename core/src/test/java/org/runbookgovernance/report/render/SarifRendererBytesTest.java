package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/** SARIF streamed as bytes, with its results rendered in slices, is exactly the text rendered in one piece. */
class SarifRendererBytesTest {

    private static final Report LARGE = LargeReports.large(new Random(11), 5, 5, 900);
    private static final RenderOptions OPTIONS = new RenderOptions(false, SampleReports.summaries(),
            "https://example.org/docs/");
    private static final String SEQUENTIAL = new SarifRenderer(OPTIONS, 1, ArraySlices.SLICE).render(LARGE);

    @ParameterizedTest
    @CsvSource({"2, 1", "2, 3", "3, 100", "2, 899", "2, 2048"})
    void slicedResultsGiveTheSequentialBytes(int threads, int slice) throws IOException {
        SarifRenderer renderer = new SarifRenderer(OPTIONS, threads, slice);

        EveryOutput.assertRenders(renderer, LARGE, SEQUENTIAL);
    }

    @ParameterizedTest
    @CsvSource({"1, 2048", "2, 1"})
    void everyResultKeepsItsOwnFingerprintAndRule(int threads, int slice) {
        Map<String, Object> run = JsonTestParser.object(JsonTestParser.array(JsonTestParser.object(JsonTestParser.parse(
                new SarifRenderer(OPTIONS, threads, slice).render(LARGE))).get("runs")).get(0));
        List<Object> results = JsonTestParser.array(run.get("results"));
        assertThat(results).hasSize(LARGE.findings().size());
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> result = JsonTestParser.object(results.get(i));
            assertThat(result.get("ruleId")).isEqualTo(LARGE.findings().get(i).ruleId());
            assertThat(JsonTestParser.object(result.get("partialFingerprints")).get(SarifRenderer.FINGERPRINT))
                    .isEqualTo(SarifRenderer.fingerprint(LARGE.findings().get(i)));
        }
    }

    @Test
    void fingerprintsOfNonAsciiAndLoneSurrogatesMatchTheWholeKeysHash() {
        List<Finding> findings = List.of(
                SampleReports.finding("rule/high\ud800", Level.ERROR, "\udc00low.md", 1, null, "m"),
                SampleReports.finding("rule/pair", Level.ERROR, "🚨/é.md", 2, null, "\ud83d"),
                SampleReports.finding("rule/pair", Level.ERROR, "a.md", 3, null, "\udea8 ok € ÿ"),
                SampleReports.finding("rule/long", Level.WARNING, "x".repeat(1_000) + ".md", 4, null, "y".repeat(5_000)),
                SampleReports.finding("rule/latin", Level.INFO, "café.md", 5, null, "naïve ÿ"),
                SampleReports.finding("rule/empty", Level.INFO, "", 0, null, ""));
        Map<String, Object> run = JsonTestParser.object(JsonTestParser.array(JsonTestParser.object(JsonTestParser.parse(
                new SarifRenderer(OPTIONS, 1, 2048).render(SampleReports.withFindings(findings)))).get("runs")).get(0));
        List<Object> results = JsonTestParser.array(run.get("results"));
        List<Finding> sorted = SampleReports.withFindings(findings).findings();
        for (int i = 0; i < results.size(); i++) {
            assertThat(JsonTestParser.object(JsonTestParser.object(results.get(i)).get("partialFingerprints"))
                    .get(SarifRenderer.FINGERPRINT)).isEqualTo(SarifRenderer.fingerprint(sorted.get(i)));
        }
        assertThat(results).hasSize(6);
    }
}
