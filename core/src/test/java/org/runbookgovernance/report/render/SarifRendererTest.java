package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.report.render.JsonTestParser.array;
import static org.runbookgovernance.report.render.JsonTestParser.object;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

class SarifRendererTest {

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.SARIF)).isEqualTo(Golden.read("sample.sarif"));
    }

    @Test
    void hasTheSarifShapeWarningsNgReads() {
        Map<String, Object> log = object(JsonTestParser.parse(Golden.render(ReportFormat.SARIF)));
        assertThat(log).containsEntry("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                .containsEntry("version", "2.1.0");
        Map<String, Object> run = object(array(log.get("runs")).get(0));
        Map<String, Object> driver = object(object(run.get("tool")).get("driver"));
        assertThat(driver).containsEntry("name", "runbook-governance").containsEntry("version", "0.1.0");
        List<Object> rules = array(driver.get("rules"));
        assertThat(rules).extracting(r -> object(r).get("id")).containsExactly("alerts/alert-without-runbook",
                "freshness/overdue", "links/dangling", "metadata/missing-field");
        Map<String, Object> overdue = object(rules.get(1));
        assertThat(overdue).containsEntry("name", "FreshnessOverdue");
        assertThat(object(overdue.get("shortDescription"))).containsEntry("text", "A runbook is past its review date.");
        assertThat(object(overdue.get("defaultConfiguration"))).containsEntry("level", "error");

        List<Object> results = array(run.get("results"));
        assertThat(results).hasSize(4);
        for (Object each : results) {
            Map<String, Object> result = object(each);
            int index = ((Long) result.get("ruleIndex")).intValue();
            assertThat(object(rules.get(index)).get("id")).isEqualTo(result.get("ruleId"));
            assertThat(result.get("level")).isIn("error", "warning", "note");
            assertThat(object(result.get("partialFingerprints")).get("runbookGovernance/v1"))
                    .asString().matches("[0-9a-f]{64}");
        }
        Map<String, Object> wholeFile = object(results.get(0));
        Map<String, Object> location = object(object(array(wholeFile.get("locations")).get(0)).get("physicalLocation"));
        assertThat(object(location.get("artifactLocation"))).containsEntry("uri", "runbooks/RB-001%20service%20down.md")
                .containsEntry("uriBaseId", "%SRCROOT%");
        assertThat(location).doesNotContainKey("region");
        Map<String, Object> info = object(results.get(2));
        assertThat(info).containsEntry("level", "note");
        Map<String, Object> infoLocation = object(object(array(info.get("locations")).get(0)).get("physicalLocation"));
        assertThat(object(infoLocation.get("region"))).containsEntry("startLine", 3L);
        assertThat(object(info.get("message")).get("text")).asString().contains("</script>", "\u0001");
        assertThat(object(object(run.get("originalUriBaseIds")).get("%SRCROOT%"))).doesNotContainKey("uri");
    }

    @Test
    void absoluteDocsAndRootGiveUris() {
        Report report = new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, "/srv/run books",
                List.of(), List.of(), List.of(SampleReports.finding("freshness/overdue", Level.ERROR, "a.md", 1, null, "m")),
                Map.of(), List.of());
        RenderOptions options = new RenderOptions(false, Map.of(), "https://example.org/docs/rules/");
        Map<String, Object> run = object(array(object(JsonTestParser.parse(
                ReportFormat.SARIF.renderer(options).render(report))).get("runs")).get(0));
        Map<String, Object> driver = object(object(run.get("tool")).get("driver"));
        assertThat(driver).containsEntry("informationUri", "https://example.org/docs/rules/");
        assertThat(object(array(driver.get("rules")).get(0)))
                .containsEntry("helpUri", "https://example.org/docs/rules/freshness/overdue.md")
                .doesNotContainKey("help");
        assertThat(object(object(run.get("originalUriBaseIds")).get("%SRCROOT%")))
                .containsEntry("uri", "file:///srv/run%20books/");
        assertThat(object(array(run.get("invocations")).get(0))).doesNotContainKey("toolExecutionNotifications");
    }

    static Stream<Arguments> roots() {
        return Stream.of(
                Arguments.of("/repo", Optional.of("file:///repo/")),
                Arguments.of("/repo/", Optional.of("file:///repo/")),
                Arguments.of("C:\\work\\my runbooks", Optional.of("file:///C:/work/my%20runbooks/")),
                Arguments.of(".", Optional.empty()),
                Arguments.of("runbooks", Optional.empty()),
                Arguments.of(null, Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("roots")
    void rootBecomesAFileUriOnlyWhenAbsolute(String root, Optional<String> expected) {
        assertThat(SarifRenderer.rootUri(root)).isEqualTo(expected);
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("runbooks/RB-001.md", "runbooks/RB-001.md"),
                Arguments.of("a b/c#d?e%f.md", "a%20b/c%23d%3Fe%25f.md"),
                Arguments.of("x:y/[1](2).md", "x%3Ay/%5B1%5D%282%29.md"),
                Arguments.of("é/🚨.md", "%C3%A9/%F0%9F%9A%A8.md"));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void percentEncodesPathsButKeepsSlashes(String path, String expected) {
        assertThat(UriPath.encode(path)).isEqualTo(expected);
    }

    @Test
    void fingerprintsDependOnRulePathAndMessageButNotLine() {
        String a = SarifRenderer.fingerprint(SampleReports.finding("a/b", Level.ERROR, "x.md", 1, null, "m"));
        assertThat(SarifRenderer.fingerprint(SampleReports.finding("a/b", Level.WARNING, "x.md", 9, null, "m"))).isEqualTo(a);
        assertThat(SarifRenderer.fingerprint(SampleReports.finding("a/b", Level.ERROR, "x.md", 1, null, "n"))).isNotEqualTo(a);
        assertThat(SarifRenderer.fingerprint(SampleReports.finding("a/b", Level.ERROR, "y.md", 1, null, "m"))).isNotEqualTo(a);
        // the separator keeps "x.md"+"m" and "x.m"+"dm" apart
        assertThat(SarifRenderer.fingerprint(SampleReports.finding("a/b", Level.ERROR, "x.m", 1, null, "dm"))).isNotEqualTo(a);
    }
}
