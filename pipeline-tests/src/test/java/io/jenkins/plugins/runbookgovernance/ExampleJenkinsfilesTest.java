package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each examples/*.Jenkinsfile, run for the build it is meant for. */
class ExampleJenkinsfilesTest extends JenkinsfileTest {

    private static final String REPORTS = StepSettings.DEFAULT_REPORT_DIR + "/";
    private static final Path EXAMPLES = Path.of("..", "examples");

    /** A new example needs a test here: this list is what the tests below run. */
    private static final List<String> TESTED = List.of("alert-coverage.Jenkinsfile",
            "main-branch-governance.Jenkinsfile", "pr-check.Jenkinsfile", "quarterly-review.Jenkinsfile",
            "scripted-node.Jenkinsfile");

    @Test
    void everyExampleIsTestedAndSaysWhenToUseIt() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactlyElementsOf(TESTED);
        }
        for (String example : TESTED) {
            List<String> head = Files.readAllLines(EXAMPLES.resolve(example), StandardCharsets.UTF_8).subList(0, 4);
            assertThat(head.subList(0, 3)).as(example).allSatisfy(line -> assertThat(line).startsWith("// "));
            assertThat(head.get(0)).as(example).startsWith("// Use for: ");
            assertThat(head.get(3)).as(example).doesNotStartWith("//");
        }
    }

    @Test
    void prCheckFailsThePullRequestOnTheOverdueRunbook(@TempDir Path workspace) throws Exception {
        run("pr-check.Jenkinsfile", workspace, PULL_REQUEST, BRANCH_CAUSE);

        assertThat(build.stagesRun).containsExactly("Branch convention", "Changed runbooks");
        assertThat(onlyCallArgs("runbookGovernance")).containsEntry("changedOnly", true);
        Map<String, Object> changed = build.onlyRun("runbookGovernance");
        assertThat(runbook(changed, "RB-010")).containsEntry("reviewState", "overdue");
        assertThat(build.result()).isEqualTo("FAILURE");
        assertThat(build.aborts).singleElement().asString().contains("failOn is error");
        assertThat(build.published("junit")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "runbookBranchCheck-junit.xml", REPORTS + "runbookGovernance-junit.xml"));
        assertThat(build.published("recordIssues")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "runbookBranchCheck.sarif", REPORTS + "runbookGovernance.sarif"));
        assertPublishedFilesExist();
    }

    @Test
    void prCheckSkipsPullRequestsToOtherBranches(@TempDir Path workspace) throws Exception {
        Map<String, String> env = new HashMap<>(PULL_REQUEST);
        env.put("CHANGE_TARGET", "release-2026.11");
        run("pr-check.Jenkinsfile", workspace, env, BRANCH_CAUSE);

        assertThat(build.stagesSkipped).containsExactly("Branch convention", "Changed runbooks");
        assertThat(build.stepRuns).isEmpty();
        assertThat(build.result()).isEqualTo("SUCCESS");
    }

    @Test
    void quarterlyReviewArchivesThePlanWithTheOverdueRunbookFirst(@TempDir Path workspace) throws Exception {
        run("quarterly-review.Jenkinsfile", workspace, MAIN, TIMER_CAUSE);

        assertThat(build.cron).isEqualTo("H H 1 1,4,7,10 *");
        Map<String, Object> plan = build.onlyRun("runbookReviewPlan");
        assertThat(plan).containsEntry("status", "UNSTABLE");
        assertThat(build.result()).isEqualTo("UNSTABLE");
        List<?> items = (List<?>) plan.get("reviewPlan");
        assertThat(build.log).contains("RB-010 Memory Leak / OOM Kills: overdue by 6 day(s), owner platform-sre")
                .contains(items.size() + " runbook(s) to review; " + plan.get("errors") + " overdue finding(s)");
        assertThat(Files.readString(workspace.resolve(REPORTS + "review-plan.md"), StandardCharsets.UTF_8))
                .contains(items.size() + " runbooks to review: 1 overdue").contains("| [RB-010](");
        assertThat(build.published("archiveArtifacts")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactlyInAnyOrder(REPORTS + "review-plan.csv", REPORTS + "review-plan.json",
                        REPORTS + "review-plan.md", REPORTS + "runbookReviewPlan.json", DIGESTS + "dba-team.md",
                        DIGESTS + "owners.json", DIGESTS + "performance-team.md", DIGESTS + "platform-sre.md",
                        DIGESTS + "security-team.md"));
        assertPublishedFilesExist();
    }

    private static final String DIGESTS = "review-digests/";

    /** The sample's owners and runbooks, mailed as review.owners in runbooks/.runbook-governance.yml says. */
    @Test
    void quarterlyReviewMailsEachOwnerTheirOwnRunbooks(@TempDir Path workspace) throws Exception {
        run("quarterly-review.Jenkinsfile", workspace, MAIN, TIMER_CAUSE);

        assertThat(build.mails).extracting(PipelineBuild.Mail::step, PipelineBuild.Mail::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mail", "dba@llm-marketplace.example"),
                org.assertj.core.groups.Tuple.tuple("mail",
                        "perf-leads@llm-marketplace.example, perf-oncall@llm-marketplace.example"),
                org.assertj.core.groups.Tuple.tuple("mail", "platform-sre@llm-marketplace.example"));
        Map<String, List<String>> runbooksByAddress = new java.util.LinkedHashMap<>();
        for (PipelineBuild.Mail mail : build.mails) {
            runbooksByAddress.put(mail.to(), java.util.regex.Pattern.compile("(?m)^- \\[(RB-\\d{3})]").matcher(mail.body())
                    .results().map(m -> m.group(1)).toList());
        }
        // overdue first, then due soon, then later; runbooks behind a critical alert first in each
        assertThat(runbooksByAddress).containsExactly(
                Map.entry("dba@llm-marketplace.example", List.of("RB-005")),
                Map.entry("perf-leads@llm-marketplace.example, perf-oncall@llm-marketplace.example", List.of("RB-003")),
                Map.entry("platform-sre@llm-marketplace.example", List.of("RB-010", "RB-002", "RB-001", "RB-012")));
        PipelineBuild.Mail platform = build.mails.get(2);
        assertThat(platform.subject()).isEqualTo("Runbook review: 4 runbook(s) for platform-sre, 1 overdue");
        assertThat(platform.body()).contains("## Overdue (1)\n\n- [RB-010](https://github.com/llm-marketplace/runbooks/"
                        + "blob/main/incidents/RB-010-MEMORY-LEAK.md) Memory Leak / OOM Kills (P1-P2)\n"
                        + "  Was due 2026-11-20, 6 days ago; last reviewed 2026-08-20, 98 days ago.\n"
                        + "  Alerts: OOMKilled (critical), PodMemoryHigh (warning)\n")
                .doesNotContain("RB-005", "RB-003", "RB-007");
        // the owner without an address is named in the log, and its digest is archived, not mailed
        assertThat(build.log).contains(
                "No address for security-team in review.owners: review-digests/security-team.md is archived, not mailed");
        assertThat(build.mails).noneMatch(m -> m.body().contains("RB-007"));
        assertThat(Files.readString(workspace.resolve(DIGESTS + "security-team.md"), StandardCharsets.UTF_8))
                .contains("RB-007");
        // the default return carries the digests without their runbook lists; details: true adds them
        Map<String, Object> plan = build.onlyRun("runbookReviewPlan");
        assertThat((List<?>) plan.get("digests")).hasSize(4);
        assertThat(onlyCallArgs("runbookReviewPlan")).containsEntry("byOwner", true)
                .containsEntry("outputDir", "review-digests");
    }

    @Test
    void mainBranchGovernanceReportsWithoutBlocking(@TempDir Path workspace) throws Exception {
        run("main-branch-governance.Jenkinsfile", workspace, MAIN, BRANCH_CAUSE);

        assertThat(build.stagesRun).containsExactly("Runbook index", "Governance");
        Map<String, Object> governance = build.onlyRun("runbookGovernance");
        assertThat((Integer) governance.get("errors")).isGreaterThanOrEqualTo(1);
        assertThat(governance).containsEntry("status", "UNSTABLE");
        // failOn: never keeps the error from failing the build; unstableOn: warning makes it UNSTABLE
        assertThat(build.aborts).isEmpty();
        assertThat(build.result()).isEqualTo("UNSTABLE");
        assertThat(build.log).anySatisfy(line -> assertThat(line).startsWith("WARNING: runbookGovernance: ")
                .contains("unstableOn is warning"));
        assertThat(build.published("junit")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "publishRunbookIndex-junit.xml", REPORTS + "runbookGovernance-junit.xml"));
        assertThat(onlyCallArgs("publishRunbookIndex")).containsEntry("check", true);
        assertThat(build.published("archiveArtifacts")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactlyInAnyOrder(REPORTS + "index.json", REPORTS + "runbookGovernance.json",
                        REPORTS + "runbookGovernance.md", REPORTS + "index.html", REPORTS + "runbook-index.prom"));
        assertPublishedFilesExist();
    }

    /** A multibranch job builds every branch: on one that is not main, no example may fail its post section. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void onABranchThatIsNotMainNoExampleFailsItsPostSection(String example, @TempDir Path workspace) throws Exception {
        run(example, workspace, Map.of("BRANCH_NAME", "feature/retry-policy"), BRANCH_CAUSE);

        assertThat(build.aborts).as(example).noneSatisfy(a -> assertThat(a).contains("Configuration error"));
    }

    @Test
    void mainBranchGovernanceOnAnotherBranchSkipsItsStagesAndSucceeds(@TempDir Path workspace) throws Exception {
        run("main-branch-governance.Jenkinsfile", workspace, Map.of("BRANCH_NAME", "feature/retry-policy"),
                BRANCH_CAUSE);

        assertThat(build.stagesSkipped).containsExactly("Runbook index", "Governance");
        assertThat(build.stepRuns).isEmpty();
        assertThat(build.aborts).isEmpty();
        assertThat(build.result()).isEqualTo("SUCCESS");
    }

    static Stream<String> examples() {
        return TESTED.stream();
    }

    @Test
    void scriptedNodeFailsWithTheOverdueRunbooksNamedFromTheReturnedMap(@TempDir Path workspace) throws Exception {
        run("scripted-node.Jenkinsfile", workspace, MAIN, BRANCH_CAUSE);

        assertThat(build.stagesRun).containsExactly("Runbook governance");
        Map<String, Object> governance = build.onlyRun("runbookGovernance");
        assertThat(governance).containsEntry("status", "SUCCESS");
        List<Object> overdue = runbooks(governance).stream().filter(r -> "overdue".equals(r.get("reviewState")))
                .map(r -> r.get("id")).toList();
        assertThat(overdue).contains("RB-010");
        assertThat(build.aborts).containsExactly("runbook governance found " + governance.get("errors")
                + " error(s); overdue: " + String.join(", ", overdue.stream().map(String::valueOf).toList()));
        assertThat(build.result()).isEqualTo("FAILURE");
        assertThat(calls("unstable")).isEmpty();
        // the finally block still hands the reports over
        assertThat(build.published("junit")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "runbookGovernance-junit.xml"));
        assertThat(build.published("recordIssues")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "runbookGovernance.sarif"));
        assertPublishedFilesExist();
    }

    @Test
    void alertCoverageTakesRuleGlobsAndUrlMapAndTurnsUnstableOnWarnings(@TempDir Path workspace) throws Exception {
        run("alert-coverage.Jenkinsfile", workspace, MAIN, BRANCH_CAUSE);

        assertThat(onlyCallArgs("runbookAlertCoverage")).containsEntry("rules", "alerts/**/*.rules.yml")
                .containsEntry("runbookUrlMap", "https://github.com/llm-marketplace/runbooks/blob/main/=.");
        Map<String, Object> coverage = build.onlyRun("runbookAlertCoverage");
        assertThat(coverage).containsEntry("errors", 0).containsEntry("worst", "warning");
        // RB-007 is the runbook no alert leads to
        assertThat(runbook(coverage, "RB-007")).containsEntry("status", "warning");
        assertThat(build.result()).isEqualTo("UNSTABLE");
        assertThat(build.published("recordIssues")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "runbookAlertCoverage.sarif"));
        assertPublishedFilesExist();
    }
}
