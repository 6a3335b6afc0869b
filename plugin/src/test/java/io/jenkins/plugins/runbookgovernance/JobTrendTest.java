package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Level;
import org.w3c.dom.Document;

/** The job page: the trend across builds, drawn as SVG, and the project action the last build contributes. */
class JobTrendTest {

    private static GovernanceOutcome counts(int errors, int warnings, int overdue) {
        List<RunbookRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < overdue; i++) {
            rows.add(new RunbookRow("RB-" + i, "t", "rb.md", "", "", "overdue", "2025-01-01", 0, 0, 0));
        }
        rows.add(new RunbookRow("RB-fresh", "t", "rb.md", "", "", "fresh", "2027-01-01", 0, 0, 0));
        return new GovernanceOutcome(null, "runbooks", "2026-03-01", Gate.NEVER, Gate.NEVER, errors, warnings, 0,
                errors > 0 ? Level.ERROR : warnings > 0 ? Level.WARNING : null, rows, List.of(), errors + warnings,
                List.of(), List.of(), List.of(), List.of());
    }

    private static FakeContext.FakeRun build(FakeContext.FakeRun previous, GovernanceOutcome... calls) throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.next(previous);
        for (GovernanceOutcome call : calls) {
            RunbookGovernanceAction.attach(new BuildMarks(run, null), "runbookGovernance", StepKind.GOVERNANCE, call);
        }
        return run;
    }

    @Test
    void theTrendSumsFindingsPerBuildTakesTheMostOverdueAndSkipsBuildsWithoutASteps() throws IOException {
        FakeContext.FakeRun first = build(null, counts(3, 1, 2));
        FakeContext.FakeRun second = build(first);
        FakeContext.FakeRun third = build(second, counts(1, 2, 1), counts(0, 4, 3));

        List<GovernanceTrend.Point> trend = GovernanceTrend.of(third, 30);

        assertThat(trend).containsExactly(new GovernanceTrend.Point(1, 3, 1, 2), new GovernanceTrend.Point(3, 1, 6, 3));
    }

    @Test
    void theTrendLooksBackOverAtMostTheGivenNumberOfBuilds() throws IOException {
        FakeContext.FakeRun run = null;
        for (int i = 0; i < 40; i++) {
            run = build(run, counts(i, 0, 0));
        }

        List<GovernanceTrend.Point> trend = GovernanceTrend.of(run, GovernanceTrend.MAX_BUILDS);

        assertThat(trend).hasSize(30);
        assertThat(trend.get(0).build()).isEqualTo(11);
        assertThat(trend.get(29).build()).isEqualTo(40);
    }

    @Test
    void onlyTheBuildsFirstStepCallContributesTheJobAction() throws IOException {
        FakeContext.FakeRun run = build(null, counts(1, 0, 0), counts(0, 1, 0));
        List<RunbookGovernanceAction> calls = run.getActions(RunbookGovernanceAction.class);

        assertThat(calls.get(0).getProjectActions()).singleElement().isInstanceOfSatisfying(
                RunbookGovernanceProjectAction.class, a -> {
                    assertThat(a.getJob()).isSameAs(run.getParent());
                    assertThat(a.getUrlName()).isEqualTo("runbook-governance");
                    assertThat(a.getDisplayName()).isEqualTo("Runbook Governance");
                    assertThat(a.getLastResults()).containsExactlyElementsOf(calls);
                });
        assertThat(calls.get(1).getProjectActions()).isEmpty();
    }

    @Test
    void theLastResultIsTheLatestBuildThatRanAStep() throws IOException {
        FakeContext.FakeRun withSteps = build(null, counts(2, 0, 0));
        FakeContext.FakeRun without = build(withSteps);

        assertThat(RunbookGovernanceProjectAction.lastResults(without))
                .containsExactlyElementsOf(withSteps.getActions(RunbookGovernanceAction.class));
        assertThat(RunbookGovernanceProjectAction.lastResults(null)).isEmpty();
    }

    @Test
    void theChartIsWellFormedSvgWithALinePerSeriesAndNoScript() throws Exception {
        FakeContext.FakeRun first = build(null, counts(3, 1, 2));
        FakeContext.FakeRun second = build(first, counts(1, 5, 0));

        String svg = new RunbookGovernanceProjectAction(second.getParent()).getTrendSvg();
        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue())
                .matches("\\d+,\\d+ \\d+,\\d+");
        assertThat(svg).contains(">#1<", ">#2<", ">errors<", ">warnings<", ">overdue runbooks<", ">5<")
                .doesNotContain("<script").doesNotContain("style=").doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void everyTextInTheChartIsEscaped() throws Exception {
        List<TrendChart.Series> series = List.of(new TrendChart.Series("<img src=x onerror=alert(1)>&\"'", "red\"/><script>",
                GovernanceTrend.Point::errors));

        String svg = TrendChart.svg(List.of(new GovernanceTrend.Point(7, 2, 0, 0)), series, "a <title> & \"more\"");
        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("a <title> & \"more\"");
        assertThat(doc.getElementsByTagName("circle").getLength()).as("one build: a dot, not a line").isEqualTo(1);
    }

    @Test
    void aJobWithoutResultsDrawsAnEmptyChartThatSaysSo() throws Exception {
        String svg = TrendChart.svg(List.of(), TrendChart.standardSeries(), "t");

        assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isZero();
        assertThat(svg).contains("no build has run a runbook step yet");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
