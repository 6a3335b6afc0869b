package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/** SARIF streamed as bytes is exactly its text, and every result keeps its own fingerprint. */
class SarifRendererBytesTest {

    private static final Report LARGE = LargeReports.large(new Random(11), 5, 5, 900);
    private static final RenderOptions OPTIONS = new RenderOptions(false, SampleReports.summaries(),
            "https://example.org/docs/");
    private static final String WHOLE = new SarifRenderer(OPTIONS).render(LARGE);

    @Test
    void everyOutputGivesTheSameText() throws IOException {
        EveryOutput.assertRenders(new SarifRenderer(OPTIONS), LARGE, WHOLE);
    }

    @Test
    void everyResultKeepsItsOwnFingerprintAndRule() {
        Map<String, Object> run = JsonTestParser.object(JsonTestParser.array(JsonTestParser.object(JsonTestParser.parse(
                WHOLE)).get("runs")).get(0));
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
                new SarifRenderer(OPTIONS).render(SampleReports.withFindings(findings)))).get("runs")).get(0));
        List<Object> results = JsonTestParser.array(run.get("results"));
        List<Finding> sorted = SampleReports.withFindings(findings).findings();
        for (int i = 0; i < results.size(); i++) {
            assertThat(JsonTestParser.object(JsonTestParser.object(results.get(i)).get("partialFingerprints"))
                    .get(SarifRenderer.FINGERPRINT)).isEqualTo(SarifRenderer.fingerprint(sorted.get(i)));
        }
        assertThat(results).hasSize(6);
    }
}
