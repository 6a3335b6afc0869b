package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Level;

/**
 * The plugin's views as a browser gets them: each Jelly file run by a Jelly engine ({@link JellyViews}) against
 * the actions real step calls attached, read back with jsoup. Jenkins's own tags are stand-ins
 * ({@link StandInTagLibraries}); everything else on the page is the view's. Each page is also written to
 * target/rendered-views/, to be looked at.
 */
class RenderedViewsTest {

    private static final String TODAY = "2026-03-01";
    private static final String SCRIPT_TITLE = "Disk <script>alert(1)</script> & inodes full";
    private static final String SCRIPT_DATE = "<script>soon</script> & later";

    @TempDir
    Path workspace;

    private FakeContext build;

    /** One build that ran runbookGovernance, publishRunbookIndex and runbookReviewPlan on three runbooks. */
    @BeforeEach
    void buildWithThreeStepCalls() throws Exception {
        Workspaces.write(workspace, "runbooks/RB-001-service-down.md",
                Workspaces.runbook("RB-001", "Service Down", "2026-02-01", "2026-03-20"));
        Workspaces.write(workspace, "runbooks/RB-002-disk-full.md", """
                ---
                id: RB-002
                title: "%s"
                owner: team-<b>storage</b>
                severity: P1
                last_review: 2024-01-01
                next_review: 2025-01-01
                ---
                # RB-002: Disk full

                ## Symptoms

                The disk is full.
                """.formatted(SCRIPT_TITLE));
        Workspaces.write(workspace, "runbooks/RB-003-kafka-lag.md", """
                ---
                id: RB-003
                title: Kafka & ZooKeeper lag
                owner: team-data
                severity: P3
                next_review: "%s"
                ---
                # Kafka & ZooKeeper lag
                """.formatted(SCRIPT_DATE));
        build = new FakeContext(workspace.toFile(), new EnvVars());
        for (RunbookStep step : List.of(new RunbookGovernanceStep(), new PublishRunbookIndexStep(), new RunbookReviewPlanStep())) {
            step.setToday(TODAY);
            step.setNoGit(true);
            step.setFailOn("never");
            if (step instanceof PublishRunbookIndexStep index) {
                index.setCheck(false);
            }
            step.start(build).start();
            assertThat(build.failure).as(step.getClass().getSimpleName()).isNull();
        }
    }

    private List<RunbookGovernanceAction> calls() {
        return build.run.getActions(RunbookGovernanceAction.class);
    }

    private RunbookGovernanceAction call(String id) {
        return calls().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBuildSummaryHasARowPerStepCallWithStatusCountsTheWorstFindingsAndLinks() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (RunbookGovernanceAction action : calls()) {
            rows.append(JellyViews.render("RunbookGovernanceAction/summary.jelly", Map.of("it", action)));
        }
        String html = JellyViews.page("#1 (stand-in build page)", "<h1>Build #1</h1><table class=\"stand-in-build-summary\">"
                + rows + "</table>");
        JellyViews.save("build-summary.html", html);
        Document page = Jsoup.parse(html);

        Elements summaries = page.select("tr.stand-in-summary");
        assertThat(summaries).hasSize(3);
        Element governance = summaries.get(0);
        RunbookGovernanceAction action = call("runbookGovernance");
        assertThat(governance.select("a[href]").eachAttr("href")).as("the title and 'all findings' link to the page")
                .containsExactly("runbook-governance-runbookGovernance/", "runbook-governance-runbookGovernance/");
        assertThat(Jsoup.parse(rows.toString(), "", Parser.xmlParser()).select("a a, a ul, a div"))
                .as("no link, list or block inside a link, as t:summary's href would make").isEmpty();
        assertThat(governance.text()).contains("Runbook Governance (runbookGovernance): UNSTABLE")
                .contains("3 runbook(s), 5 error(s), 10 warning(s), 0 info, 1 overdue runbook(s)")
                .contains("All 15 finding(s)");
        assertThat(action.getErrors()).isEqualTo(5);
        Elements worst = governance.select("li");
        assertThat(worst).hasSize(RunbookGovernanceAction.SUMMARY_FINDINGS);
        assertThat(worst.eachText()).allMatch(t -> t.startsWith("error "), "the worst findings are the errors")
                .anyMatch(t -> t.startsWith("error freshness/overdue RB-002-disk-full.md:7: review overdue"));
        assertThat(governance.select("li code").eachText()).contains("freshness/overdue", "metadata/invalid-date");
        // the date from the runbook is shown as text, never as markup
        assertThat(worst.eachText()).anyMatch(t -> t.contains("invalid date: `" + SCRIPT_DATE + "` in next_review"));
        assertThat(html).contains("`&lt;script>soon&lt;/script> &amp; later`");

        Element index = summaries.get(1);
        assertThat(index.text()).contains("Runbook Governance (publishRunbookIndex): SUCCESS").doesNotContain("finding(s)");
        assertThat(index.select("li")).as("no findings, no list").isEmpty();
        assertThat(summaries.get(2).text()).contains("(runbookReviewPlan)").contains(call("runbookReviewPlan").getReviewCount()
                + " to review");
        assertNoScript(page);
    }

    @Test
    void theBuildPageListsEveryRunbookAndFindingWithRunbookTextEscaped() throws Exception {
        RunbookGovernanceAction action = call("runbookGovernance");
        String html = JellyViews.render("RunbookGovernanceAction/index.jelly", Map.of("it", action));
        JellyViews.save("build-page-runbookGovernance.html", html);
        Document page = Jsoup.parse(html);

        assertThat(page.title()).isEqualTo("Runbook Governance (runbookGovernance)");
        assertThat(page.select("h2").eachText()).containsExactly("Runbooks", "Findings");
        Elements runbooks = page.select("h2:contains(Runbooks) + table tbody tr");
        assertThat(runbooks).hasSize(3);
        assertThat(runbooks.get(1).select("td").eachText()).containsExactly("RB-002", SCRIPT_TITLE, "team-<b>storage</b>",
                "P1", "overdue", "2025-01-01", "error", "2", "4", "0");
        assertThat(runbooks.get(1).child(0).attr("title")).isEqualTo("RB-002-disk-full.md");
        assertThat(runbooks.get(2).child(1).text()).isEqualTo("Kafka & ZooKeeper lag");
        assertThat(html).contains("<td>Disk &lt;script>alert(1)&lt;/script> &amp; inodes full</td>",
                "<td>team-&lt;b>storage&lt;/b></td>", "<td>Kafka &amp; ZooKeeper lag</td>");
        Elements findings = page.select("h2:contains(Findings) + table tbody tr");
        assertThat(findings).hasSize(action.getFindingsTotal()).hasSize(15);
        assertThat(findings.select("td:eq(0)").eachText()).containsOnly("error", "warning");
        assertThat(page.select("b")).as("the owner's <b> is text").isEmpty();
        assertThat(page.text()).doesNotContain("could not be read").doesNotContain("more finding(s)");
        assertNoScript(page);
    }

    @Test
    void theIndexAndReviewPlanPagesShowTheirTables() throws Exception {
        String index = JellyViews.render("RunbookGovernanceAction/index.jelly", Map.of("it", call("publishRunbookIndex")));
        String plan = JellyViews.render("RunbookGovernanceAction/index.jelly", Map.of("it", call("runbookReviewPlan")));
        JellyViews.save("build-page-publishRunbookIndex.html", index);
        JellyViews.save("build-page-runbookReviewPlan.html", plan);

        Document indexPage = Jsoup.parse(index);
        assertThat(indexPage.select("h3").eachText()).containsExactly("Other Runbooks (P1-P3)");
        assertThat(indexPage.select("h3 + table tbody tr td:eq(1)").eachText()).containsExactly("Service Down", SCRIPT_TITLE,
                "Kafka & ZooKeeper lag");
        assertThat(indexPage.select("h2:contains(Report files) + ul code").eachText())
                .contains("runbook-governance-reports/index.html");
        assertThat(indexPage.text()).contains("No findings.");
        Document planPage = Jsoup.parse(plan);
        Elements due = planPage.select("h2:contains(Review plan) + table tbody tr");
        assertThat(due).hasSize(call("runbookReviewPlan").getReviewPlan().size()).isNotEmpty();
        Map<String, List<String>> byId = new HashMap<>();
        due.forEach(row -> byId.put(row.child(0).text(), row.select("td").stream().map(Element::text).toList()));
        assertThat(byId.get("RB-001")).as("due in 19 days").containsExactly("RB-001", "Service Down", "team-sre", "2026-03-20",
                "19", "fresh");
        assertThat(byId.get("RB-003")).as("never reviewed: no due date, no days left")
                .containsExactly("RB-003", "Kafka & ZooKeeper lag", "team-data", "", "", "never-reviewed");
        assertNoScript(indexPage);
        assertNoScript(planPage);
    }

    private static GovernanceOutcome counts(int errors, int warnings, int overdue) {
        List<RunbookRow> rows = new ArrayList<>();
        for (int i = 0; i < overdue; i++) {
            rows.add(new RunbookRow("RB-" + i, "t", "rb.md", "", "", "overdue", "2025-01-01", 0, 0, 0));
        }
        return new GovernanceOutcome(null, "runbooks", TODAY, Gate.ERROR, Gate.WARNING, errors, warnings, 0,
                errors > 0 ? Level.ERROR : warnings > 0 ? Level.WARNING : null, rows, List.of(), errors + warnings,
                List.of(), List.of(), List.of(), List.of());
    }

    /** Six builds of one job: errors going down, warnings up then down, overdue runbooks, and a build with no step. */
    private static FakeContext.FakeRun sixBuilds() throws Exception {
        int[][] perBuild = {{6, 2, 3}, {4, 5, 3}, null, {3, 8, 2}, {1, 4, 1}, {0, 2, 1}};
        FakeContext.FakeRun run = null;
        for (int[] c : perBuild) {
            run = FakeContext.FakeRun.next(run);
            if (c != null) {
                RunbookGovernanceAction.attach(new BuildMarks(run, null), "runbookGovernance", StepKind.GOVERNANCE,
                        counts(c[0], c[1], c[2]));
            }
        }
        RunbookGovernanceAction.attach(new BuildMarks(run, null), "runbookFreshness", StepKind.FRESHNESS, counts(0, 1, 1));
        return run;
    }

    @Test
    void theJobPageShowsTheTrendAcrossBuildsAndTheLastResult() throws Exception {
        FakeContext.FakeRun last = sixBuilds();
        RunbookGovernanceProjectAction job = (RunbookGovernanceProjectAction) last.getActions(RunbookGovernanceAction.class)
                .get(0).getProjectActions().iterator().next();

        String html = JellyViews.render("RunbookGovernanceProjectAction/index.jelly", Map.of("it", job, "rootURL", "/jenkins"));
        JellyViews.save("job-page.html", html);
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Runbook Governance");
        Element svg = page.selectFirst("svg.runbook-governance-trend");
        assertThat(svg).isNotNull();
        assertThat(svg.select("text").eachText()).as("the builds that ran a step, and the legend")
                .contains("#1", "#2", "#4", "#5", "#6", "errors", "warnings", "overdue runbooks").doesNotContain("#3");
        Elements lines = svg.select("polyline");
        assertThat(lines.eachAttr("stroke")).containsExactly("#d24939", "#e9a23b", "#4a6fd1");
        for (Element line : lines) {
            assertThat(line.attr("points").split(" ")).as("a point per build with a step").hasSize(5)
                    .allMatch(p -> p.matches("\\d+,\\d+"));
        }
        assertThat(ys(lines.get(0))).as("errors 6, 4, 3, 1, 0 (last build 0 + 0): the line falls").isSortedAccordingTo(
                Integer::compare);
        Elements results = page.select("h2:contains(Last result) + table tbody tr");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).select("td").eachText()).containsExactly("#6", "runbookGovernance", "UNSTABLE", "1", "0", "2",
                "0", "1");
        assertThat(results.get(0).select("a").eachAttr("href")).containsExactly("/jenkins/job/stub/6/",
                "/jenkins/job/stub/6/runbook-governance-runbookGovernance/");
        assertThat(results.get(1).child(1).text()).isEqualTo("runbookFreshness");
        assertNoScript(page);
    }

    private static int[] ys(Element polyline) {
        return Arrays.stream(polyline.attr("points").split(" ")).mapToInt(p -> Integer.parseInt(p.split(",")[1])).toArray();
    }

    @Test
    void theJobPageFloatingBoxIsTheChartAndALink() throws Exception {
        FakeContext.FakeRun last = sixBuilds();
        RunbookGovernanceProjectAction job = (RunbookGovernanceProjectAction) last.getActions(RunbookGovernanceAction.class)
                .get(0).getProjectActions().iterator().next();

        // Jenkins's job page includes each action's floatingBox.jelly with `it` still the job, and the action as
        // `action` and `from` (lib/hudson/project/projectActionFloatingBox.jelly)
        String box = JellyViews.render("RunbookGovernanceProjectAction/floatingBox.jelly",
                Map.of("it", job.getJob(), "action", job, "from", job));
        String html = JellyViews.page("fake (stand-in job page)", "<h1>Pipeline fake</h1>" + box);
        JellyViews.save("job-floating-box.html", html);
        Document page = Jsoup.parse(html);

        Element div = page.selectFirst("div.runbook-governance-trend-box");
        assertThat(div).isNotNull();
        assertThat(div.select("a").eachAttr("href")).containsExactly("runbook-governance/");
        assertThat(div.select("svg polyline")).hasSize(3);
        assertThat(div.select("svg title").text()).isEqualTo(Messages.Trend_Title());
        assertNoScript(page);
    }

    @Test
    void aJobWhoseBuildsRanNoStepSaysSo() throws Exception {
        RunbookGovernanceProjectAction job = new RunbookGovernanceProjectAction(FakeContext.FakeRun.create().getParent());

        Document page = Jsoup.parse(JellyViews.render("RunbookGovernanceProjectAction/index.jelly", Map.of("it", job)));

        assertThat(page.select("svg polyline")).isEmpty();
        assertThat(page.select("svg text").eachText()).contains("no build has run a runbook step yet");
        assertThat(page.text()).contains("No build has run a runbook step yet.");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aBuildWhoseRecordIsLostShowsItsCountsAndSaysTheRowsAreMissing() throws Exception {
        RunbookGovernanceAction action = call("runbookGovernance");
        Files.delete(action.recordPath());
        RunbookGovernanceAction reloaded = new RunbookGovernanceAction(action.getId(), StepKind.GOVERNANCE,
                counts(action.getErrors(), action.getWarnings(), action.getOverdue()));
        reloaded.onLoad(build.run);

        Document page = Jsoup.parse(JellyViews.render("RunbookGovernanceAction/index.jelly", Map.of("it", reloaded)));

        assertThat(page.select("p.warning").text()).startsWith("The rows of this step call could not be read");
        assertThat(page.text()).contains("5 error(s), 10 warning(s)").contains("No runbooks were found.");
    }

    static Stream<RunbookStep> steps() {
        return Stream.of(new RunbookFreshnessStep(), new RunbookAlertCoverageStep(), new RunbookBranchCheckStep(),
                new PublishRunbookIndexStep(), new RunbookReviewPlanStep(), new RunbookGovernanceStep());
    }

    @ParameterizedTest
    @MethodSource("steps")
    void theSnippetGeneratorFormBindsEveryFieldOffersListsAndHidesToday(RunbookStep step) throws Exception {
        String folder = step.getClass().getSimpleName();
        RunbookStepDescriptor descriptor = (RunbookStepDescriptor) Class.forName(step.getClass().getName() + "$DescriptorImpl")
                .getDeclaredConstructor().newInstance();
        step.setUnstableOn("never");
        step.setDir("runbooks/<script>x</script>&y");

        String form = JellyViews.render(folder + "/config.jelly", Map.of("descriptor", descriptor, "instance", step));
        String html = JellyViews.page(descriptor.getFunctionName() + " (stand-in Snippet Generator)",
                "<h1>" + descriptor.getFunctionName() + "</h1><form>" + form + "</form>");
        JellyViews.save("config-" + descriptor.getFunctionName() + ".html", html);
        Document page = Jsoup.parse(html);

        List<String> fields = page.select("[name]").eachAttr("name");
        assertThat(fields).contains("dir", "config", "failOn", "unstableOn", "minSeverity", "formats", "id", "details")
                .doesNotContain("today").doesNotHaveDuplicates();
        assertThat(page.select("select[name=failOn] option").eachAttr("value")).containsExactly("", "error", "warning", "info",
                "never");
        assertThat(page.select("select[name=minSeverity] option").eachAttr("value")).containsExactly("", "error", "warning",
                "info");
        assertThat(page.select("select[name=unstableOn] option[selected]").eachAttr("value")).containsExactly("never");
        assertThat(page.selectFirst("input[name=dir]").attr("value")).isEqualTo("runbooks/<script>x</script>&y");
        assertThat(page.selectFirst("details.stand-in-advanced select[name=failOn]")).as("levels under Advanced").isNotNull();
        if (step instanceof RunbookReviewPlanStep) {
            Element horizon = page.selectFirst("input[name=horizon]");
            assertThat(horizon.attr("type")).isEqualTo("number");
            assertThat(horizon.attr("min")).as("0 is a horizon").isEqualTo("0");
            assertThat(horizon.attr("value")).isEqualTo(String.valueOf(((RunbookReviewPlanStep) step).getHorizon()));
        }
        assertNoScript(page);
    }

    @Test
    void theEngineEscapesExpressionsOnlyWhereTheViewAsksForIt(@TempDir Path views) throws Exception {
        String body = "<j:jelly xmlns:j=\"jelly:core\"><span title=\"${text}\">${text}</span><div><j:out value=\"${text}\"/></div></j:jelly>";
        Path escaped = Files.writeString(views.resolve("escaped.jelly"), "<?jelly escape-by-default='true'?>\n" + body);
        Path raw = Files.writeString(views.resolve("raw.jelly"), body);
        Map<String, Object> text = Map.of("text", "<b>bold</b> & \"quoted\"");

        String safe = JellyViews.render(escaped.toUri().toURL(), text);
        String unsafe = JellyViews.render(raw.toUri().toURL(), text);

        assertThat(safe).contains("<span title=\"&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;\">&lt;b>bold&lt;/b> &amp; \"quoted\"</span>")
                .as("j:out writes markup, as in Jenkins").contains("<div><b>bold</b> & \"quoted\"</div>");
        assertThat(unsafe).as("without the instruction, text is written as it is").contains(">" + "<b>bold</b> & \"quoted\"</span>");
    }

    /** No script element, no event handler attribute, no javascript: link: what a strict CSP would refuse. */
    private static void assertNoScript(Document page) {
        assertThat(page.select("script")).as("script elements").isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:"))
                .map(a -> a.getKey() + "=" + a.getValue()).toList()).as("inline script in attributes").isEmpty();
    }
}
