package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each step run end to end against a fake context: real workspace, real engine, fake run and node. */
class RunbookStepExecutionTest {

    private static final String TODAY = "2026-03-01";

    @TempDir
    Path workspace;

    private void twoRunbooks() throws Exception {
        Workspaces.twoRunbooks(workspace);
    }

    private FakeContext run(RunbookStep step, EnvVars env) throws Exception {
        FakeContext context = new FakeContext(workspace.toFile(), env);
        step.setToday(TODAY);
        step.setNoGit(true);
        boolean doneSynchronously = step.start(context).start();
        assertThat(doneSynchronously).as("a non-blocking execution returns false").isFalse();
        return context;
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(new RunbookFreshnessStep(), "runbookFreshness"),
                Arguments.of(new RunbookAlertCoverageStep(), "runbookAlertCoverage"),
                Arguments.of(new RunbookBranchCheckStep(), "runbookBranchCheck"),
                Arguments.of(new PublishRunbookIndexStep(), "publishRunbookIndex"),
                Arguments.of(new RunbookReviewPlanStep(), "runbookReviewPlan"),
                Arguments.of(new RunbookGovernanceStep(), "runbookGovernance"));
    }

    @Test
    void theTimingsLineAddsTheReportFilesToThePhasesAndLeavesTheReportsTotalOut() {
        Map<String, Long> phases = new java.util.LinkedHashMap<>();
        phases.put("scan", 14L);
        phases.put("parse", 960L);
        phases.put("git", 0L);
        phases.put("total", 974L);

        assertThat(LogSummary.timings(phases, 26L))
                .isEqualTo("timings: scan 14 ms, parse 960 ms, git 0 ms, report files 26 ms; total 1000 ms");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyStepReportsBothRunbooksAndAttachesItsPage(RunbookStep step, String name) throws Exception {
        twoRunbooks();
        step.setFailOn("never");
        step.setUnstableOn("never");

        FakeContext context = run(step, new EnvVars());
        step.setDetails(true);
        FakeContext detailed = run(step, new EnvVars());

        assertThat(context.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) context.returned;
        assertThat(result).as("counts only by default").containsOnlyKeys("status", "id", "errors", "warnings", "infos",
                        "worst", "runbookCount", "overdue", "findingCount", "reviewCount", "reportFiles")
                .containsEntry("status", "SUCCESS").containsEntry("id", name).containsEntry("runbookCount", 2)
                .containsEntry("overdue", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) detailed.returned;
        assertThat(details).containsKeys("runbooks", "reviewPlan", "index", "findings");
        assertThat(((List<?>) details.get("runbooks")).stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList())
                .containsExactly("RB-001", "RB-002");
        assertThat(((List<?>) details.get("findings")).size()).isEqualTo(details.get("findingCount"));
        assertThat(context.log()).contains("[" + name + "] 2 runbook(s)")
                .containsPattern("(?m)^\\[" + name + "\\] timings: scan \\d+ ms, parse \\d+ ms, alerts \\d+ ms, "
                        + "(git \\d+ ms, )?rules \\d+ ms, report \\d+ ms, report files \\d+ ms; total \\d+ ms$");
        RunbookGovernanceAction action = context.run.getAction(RunbookGovernanceAction.class);
        assertThat(action.getRun()).isSameAs(context.run);
        assertThat(action.getStep()).isEqualTo(name);
        assertThat(context.run.getResult()).isNull();
    }

    @Test
    void anOverdueRunbookFailsTheBuildWithACleanMessage() throws Exception {
        twoRunbooks();

        FakeContext context = run(new RunbookFreshnessStep(), new EnvVars());

        assertThat(context.failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("runbookFreshness: 1 error(s)").hasMessageContaining("failOn is error");
        assertThat(context.log()).contains("freshness/overdue").contains("RB-002");
        assertThat(context.returned).isNull();
    }

    /** The baseline a team would write with the CLI on the day RB-002 went overdue. */
    private void baselineAcceptingTheOverdueRunbook(String file) throws Exception {
        org.runbookgovernance.report.Finding overdue = new org.runbookgovernance.report.Finding("freshness/overdue",
                org.runbookgovernance.model.Level.ERROR,
                new org.runbookgovernance.model.SourcePosition("RB-002-disk-full.md", 9), java.util.Optional.empty(),
                "review overdue: `RB-002` was due for review on 2025-01-01, 300 days ago (quarterly policy)");
        Files.createDirectories(workspace.resolve(file).getParent());
        org.runbookgovernance.baseline.Baseline.of(List.of(overdue)).write(workspace.resolve(file));
    }

    @Test
    void theBaselineInDirKeepsAnAcceptedOverdueRunbookFromFailingTheBuild() throws Exception {
        twoRunbooks();
        baselineAcceptingTheOverdueRunbook("runbooks/" + org.runbookgovernance.baseline.Baseline.FILE_NAME);

        FakeContext context = run(new RunbookFreshnessStep(), new EnvVars());

        assertThat(context.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) context.returned;
        assertThat(result).containsEntry("errors", 0).containsEntry("status", "UNSTABLE");
        assertThat(context.log()).contains("[runbookFreshness] 1 baselined finding not shown")
                .as("the overdue error is baselined; the other warning is not").doesNotContain("freshness/overdue");
    }

    @Test
    void aBaselineNamedByTheStepIsReadFromTheWorkspaceAndAMissingOneIsACleanFailure() throws Exception {
        twoRunbooks();
        baselineAcceptingTheOverdueRunbook("ci/accepted.json");
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setBaseline("ci/accepted.json");
        step.setUnstableOn("never");
        assertThat(step.settings().baseline()).isEqualTo("ci/accepted.json");

        FakeContext context = run(step, new EnvVars());

        assertThat(context.failure).isNull();
        assertThat(context.log()).doesNotContain("freshness/overdue");

        RunbookFreshnessStep missing = new RunbookFreshnessStep();
        missing.setBaseline("ci/nothing-here.json");
        FakeContext failed = run(missing, new EnvVars());
        assertThat(failed.failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("baseline `ci/nothing-here.json` not found in the workspace");
    }

    @Test
    void findingsAtUnstableOnMarkTheStageAndTheBuild() throws Exception {
        twoRunbooks();
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setFailOn("never");
        step.setUnstableOn("error");

        FakeContext context = run(step, new EnvVars());

        assertThat(context.failure).isNull();
        assertThat(context.run.getResult()).isSameAs(Result.UNSTABLE);
        WarningAction warning = context.node.getAction(WarningAction.class);
        assertThat(warning.getResult()).isSameAs(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("runbookFreshness: 1 error(s)");
        assertThat(context.log()).contains("WARNING: runbookFreshness");
        assertThat(((Map<?, ?>) context.returned).get("status")).isEqualTo("UNSTABLE");
    }

    @Test
    void markingCanBeSwitchedOffForStageAndBuildSeparately() throws Exception {
        twoRunbooks();
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setFailOn("never");
        step.setUnstableOn("error");
        step.setMarkBuildUnstable(false);

        FakeContext context = run(step, new EnvVars());

        assertThat(context.run.getResult()).isNull();
        assertThat(context.node.getAction(WarningAction.class)).isNotNull();
    }

    @Test
    void reportFilesAreWrittenIntoTheWorkspace() throws Exception {
        twoRunbooks();
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setFailOn("never");
        step.setFormats("json, junit, sarif, markdown, html");

        FakeContext context = run(step, new EnvVars());

        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) ((Map<?, ?>) context.returned).get("reportFiles");
        assertThat(files).containsExactly("runbook-governance-reports/runbookGovernance.json",
                "runbook-governance-reports/runbookGovernance-junit.xml",
                "runbook-governance-reports/runbookGovernance.sarif",
                "runbook-governance-reports/runbookGovernance.md",
                "runbook-governance-reports/runbookGovernance.html");
        assertThat(Files.readString(workspace.resolve(files.get(0)))).contains("RB-002");
        assertThat(Files.readString(workspace.resolve(files.get(4)))).startsWith("<!DOCTYPE html>")
                .contains("RB-002", "freshness/overdue").doesNotContain("<script");
        try (Stream<Path> left = Files.list(workspace.resolve("runbook-governance-reports"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void theReviewPlanListsRunbooksDueWithinTheHorizon() throws Exception {
        twoRunbooks();
        RunbookReviewPlanStep step = new RunbookReviewPlanStep();
        step.setDetails(true);
        step.setFailOn("never");
        step.setUnstableOn("never");
        step.setHorizon(30);

        FakeContext context = run(step, new EnvVars());

        List<?> plan = (List<?>) ((Map<?, ?>) context.returned).get("reviewPlan");
        assertThat(plan.stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList()).containsExactly("RB-002");
        assertThat(map(plan.get(0))).containsEntry("daysLeft", -424).containsEntry("state", "overdue")
                .containsEntry("title", "Disk Full").containsEntry("owner", "team-sre").containsEntry("due", "2025-01-01");
        assertThat(list(map(context.returned).get("reportFiles"))).containsExactly(
                "runbook-governance-reports/review-plan.md", "runbook-governance-reports/review-plan.csv",
                "runbook-governance-reports/review-plan.json");
        assertThat(workspace.resolve("runbook-governance-reports/review-plan.md")).content()
                .contains("## team-sre (1)", "RB-002", "overdue");
        assertThat(workspace.resolve("runbook-governance-reports/review-plan.csv")).content()
                .startsWith("owner,id,title,severity,path,due,days_left,state,interval,last_changed_in_git,last_review,"
                        + "age_days,critical_alerts\r\n")
                .contains("team-sre,RB-002,Disk Full,P2,RB-002-disk-full.md,2025-01-01,-424,overdue");
        assertThat(workspace.resolve("runbook-governance-reports/review-plan.json")).content()
                .contains("\"horizonDays\": 30");
        assertThat(context.log()).contains("review RB-002 (RB-002-disk-full.md) overdue since 2025-01-01, owner team-sre");
    }

    @Test
    void byOwnerWritesTheDigestsAndReturnsWhoGetsWhichWithoutTheRunbookListUnlessAskedFor() throws Exception {
        twoRunbooks();
        Workspaces.write(workspace, "runbooks/.runbook-governance.yml",
                "review:\n  owners:\n    \"@acme/team-sre\": sre@example.com\n");
        RunbookReviewPlanStep step = new RunbookReviewPlanStep();
        step.setFailOn("never");
        step.setUnstableOn("never");
        step.setHorizon(30);
        step.setByOwner(true);
        step.setOutputDir(" digests ");

        FakeContext context = run(step, new EnvVars());

        List<?> digests = list(map(context.returned).get("digests"));
        assertThat(digests).singleElement().satisfies(d -> assertThat(map(d)).containsExactly(
                Map.entry("owner", "team-sre"), Map.entry("address", "sre@example.com"),
                Map.entry("file", "digests/team-sre.md"), Map.entry("runbookCount", 1), Map.entry("overdue", 1)));
        assertThat(workspace.resolve("digests/team-sre.md")).content().contains("## Overdue (1)", "RB-002 Disk Full");
        assertThat(list(map(context.returned).get("reportFiles"))).contains("digests/team-sre.md", "digests/owners.json");

        step.setDetails(true);
        FakeContext detailed = run(step, new EnvVars());
        assertThat(map(list(map(detailed.returned).get("digests")).get(0))).containsEntry("runbookIds", List.of("RB-002"));
    }

    @Test
    void aNeverReviewedRunbookFollowsTheOverdueOneWithoutADueDate() throws Exception {
        twoRunbooks();
        Workspaces.write(workspace, "runbooks/RB-003-new.md", """
                ---
                id: RB-003
                title: New
                owner: team-db
                severity: P3
                ---
                # RB-003: New
                """);
        RunbookReviewPlanStep step = new RunbookReviewPlanStep();
        step.setDetails(true);
        step.setFailOn("never");
        step.setUnstableOn("never");

        FakeContext context = run(step, new EnvVars());

        List<?> plan = (List<?>) ((Map<?, ?>) context.returned).get("reviewPlan");
        assertThat(map(plan.get(0))).containsEntry("id", "RB-002").containsEntry("state", "overdue");
        assertThat(map(plan.get(1))).containsEntry("id", "RB-003").containsEntry("state", "never-reviewed")
                .containsEntry("due", "").containsEntry("daysLeft", null);
        assertThat(context.log()).contains("review RB-003 (RB-003-new.md) never reviewed, owner team-db");
    }

    @Test
    void anUnsetTodayIsTheDayOnTheInjectedClock() throws Exception {
        twoRunbooks();
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setNoGit(true);
        step.setFailOn("never");
        FakeContext context = new FakeContext(workspace.toFile(), new EnvVars());
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T23:30:00Z"), ZoneOffset.UTC);

        new RunbookStepExecution(context, step.settings(), "runbookFreshness", false, clock).start();

        assertThat(context.log()).contains("2 runbook(s) in ").contains(" on 2024-06-01: ");
        assertThat(RunbookStepExecution.today(null, clock)).isEqualTo(java.time.LocalDate.of(2024, 6, 1));
        assertThat(RunbookStepExecution.today(" 2026-01-02 ", clock)).isEqualTo(java.time.LocalDate.of(2026, 1, 2));
    }

    @Test
    void freshnessTakesChangedOnlyLikeTheFullCheck() {
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setChangedOnly(true);

        assertThat(step.isChangedOnly()).isTrue();
        assertThat(step.settings().changedOnly()).isTrue();
        assertThat(new RunbookFreshnessStep().settings().changedOnly()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** A README whose directory region is stale: it lists only RB-001. */
    private void staleIndex() throws Exception {
        twoRunbooks();
        Workspaces.write(workspace, "runbooks/README.md", """
                # Runbooks

                Hand-written intro stays.

                <!-- runbook-governance:begin directory -->
                stale
                <!-- runbook-governance:end directory -->

                Hand-written footer stays.
                """);
    }

    @Test
    void publishRunbookIndexWritesTheIndexFilesAndChecksTheCommittedIndex() throws Exception {
        staleIndex();
        PublishRunbookIndexStep step = new PublishRunbookIndexStep();
        step.setDetails(true);
        step.setFailOn("never");
        step.setUnstableOn("never");

        FakeContext context = run(step, new EnvVars());

        Map<?, ?> result = (Map<?, ?>) context.returned;
        assertThat(list(result.get("reportFiles"))).containsExactly("runbook-governance-reports/index.html",
                "runbook-governance-reports/index.json", "runbook-governance-reports/runbook-index.prom");
        assertThat(workspace.resolve("runbook-governance-reports/index.html")).content()
                .startsWith("<!DOCTYPE html>").contains("RB-001", "RB-002").doesNotContain("<script");
        assertThat(workspace.resolve("runbook-governance-reports/index.json")).content().contains("\"RB-002\"");
        assertThat(workspace.resolve("runbook-governance-reports/runbook-index.prom")).content().endsWith("# EOF\n");
        assertThat(context.log()).contains("index/out-of-date");
        assertThat((Integer) result.get("errors") + (Integer) result.get("warnings")).isPositive();
        assertThat(((List<?>) result.get("index")).stream().map(r -> (Object) ((Map<?, ?>) r).get("id")).toList())
                .containsExactly("RB-001", "RB-002");
        assertThat(workspace.resolve("runbooks/README.md")).content().contains("stale");

        RunbookGovernanceAction action = context.run.getAction(RunbookGovernanceAction.class);
        assertThat(action.getIndex()).flatExtracting(IndexSection::getEntries).extracting(IndexEntry::getId)
                .containsExactly("RB-001", "RB-002");
    }

    @Test
    void writeRewritesOnlyTheMarkedRegionsAndLogsWhatChanged() throws Exception {
        staleIndex();
        PublishRunbookIndexStep step = new PublishRunbookIndexStep();
        step.setFailOn("never");
        step.setUnstableOn("never");
        step.setWrite(true);

        FakeContext context = run(step, new EnvVars());

        String readme = Files.readString(workspace.resolve("runbooks/README.md"));
        assertThat(readme).doesNotContain("stale").contains("RB-001", "RB-002")
                .startsWith("# Runbooks\n\nHand-written intro stays.\n").endsWith("Hand-written footer stays.\n");
        assertThat(context.log()).contains("index written: README.md (regions changed: directory)");

        FakeContext again = run(step, new EnvVars());
        assertThat(again.log()).contains("index up to date: README.md").doesNotContain("index/out-of-date");
    }

    @Test
    void checkFalseOnlyPublishes() throws Exception {
        staleIndex();
        PublishRunbookIndexStep step = new PublishRunbookIndexStep();
        step.setCheck(false);

        FakeContext context = run(step, new EnvVars());

        assertThat(context.failure).isNull();
        assertThat(context.log()).doesNotContain("index/out-of-date");
        assertThat(map(context.returned)).containsEntry("errors", 0).containsEntry("warnings", 0);
        assertThat(workspace.resolve("runbook-governance-reports/index.html")).exists();
    }

    @Test
    void defaultsComeFromTheConfigFileInDir() throws Exception {
        twoRunbooks();
        Workspaces.write(workspace, "runbooks/.runbook-governance.yml", """
                report:
                  fail_on: never
                  unstable_on: error
                  formats: [json]
                """);

        FakeContext context = run(new RunbookFreshnessStep(), new EnvVars());

        assertThat(context.failure).isNull();
        assertThat(context.run.getResult()).isSameAs(Result.UNSTABLE);
        assertThat((List<?>) ((Map<?, ?>) context.returned).get("reportFiles")).hasSize(1);
    }

    @Test
    void aMissingRunbookFolderFailsWithAMessageSayingWhatToDo() throws Exception {
        FakeContext context = run(new RunbookGovernanceStep(), new EnvVars());

        assertThat(context.failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("runbook folder `runbooks` not found in the workspace");
    }

    @Test
    void aDirOutsideTheWorkspaceIsRefused() throws Exception {
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setDir("../elsewhere");

        FakeContext context = run(step, new EnvVars());

        assertThat(context.failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("`dir` must stay inside the workspace");
    }

    @Test
    void aBadTodayIsAUserError() {
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        FakeContext context = new FakeContext(workspace.toFile(), new EnvVars());
        step.setToday("1st of March");

        org.assertj.core.api.Assertions.assertThatCode(() -> step.start(context).start()).doesNotThrowAnyException();
        assertThat(context.failure).isInstanceOf(AbortException.class).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void branchFactsComeFromTheStepEnvironment() throws Exception {
        EnvVars env = new EnvVars("CHANGE_BRANCH", "runbook/RB-002-disk", "CHANGE_TARGET", "main", "PATH", "/bin");
        RunbookStepExecution execution = (RunbookStepExecution) new RunbookBranchCheckStep()
                .start(new FakeContext(workspace.toFile(), env));
        CheckPlan plan = new CheckPlan(execution.settings(), java.time.LocalDate.parse(TODAY), env);

        assertThat(plan.environment()).containsEntry("CHANGE_BRANCH", "runbook/RB-002-disk")
                .containsEntry("CHANGE_TARGET", "main");
        assertThat(plan.settings().kind()).isEqualTo(StepKind.BRANCH_CHECK);
    }
}
