package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import groovy.json.JsonSlurper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own Jenkinsfile, for a pull request, a push to main, the quarterly timer and other branches. */
class RootJenkinsfileTest extends JenkinsfileTest {

    private static final String REPORTS = StepSettings.DEFAULT_REPORT_DIR + "/";

    @Test
    void pullRequestChecksBranchIndexAndChangedRunbooksAndFailsOnTheOverdueRunbook(@TempDir Path workspace)
            throws Exception {
        run("Jenkinsfile", workspace, PULL_REQUEST, BRANCH_CAUSE);

        assertThat(build.stagesRun).containsExactly("Branch convention", "Runbook index", "Changed runbooks");
        assertThat(build.stagesSkippedForFailure).containsExactly("Governance", "Quarterly review plan");
        assertThat(onlyCallArgs("runbookBranchCheck")).containsEntry("dir", "runbooks");
        assertThat(onlyCallArgs("publishRunbookIndex")).containsEntry("dir", "runbooks").containsEntry("check", true);
        assertThat(onlyCallArgs("runbookFreshness")).containsEntry("dir", "runbooks").containsEntry("changedOnly", true);
        assertThat(calls("runbookGovernance")).isEmpty();
        assertThat(calls("runbookReviewPlan")).isEmpty();

        // the engine really read runbooks/: the branch check saw every runbook, the freshness check found RB-010
        // overdue; the workspace is no git clone, so the change set is unknown: no runbook's findings are shown
        // (never every runbook's), and one error says why
        assertThat(runbooks(build.onlyRun("runbookBranchCheck"))).extracting(r -> r.get("id"))
                .contains("RB-003", "RB-010");
        Map<String, Object> changed = build.onlyRun("runbookFreshness");
        assertThat(runbook(changed, "RB-010")).containsEntry("reviewState", "overdue").containsEntry("status", "ok");
        assertThat(changed).containsEntry("errors", 1).containsEntry("worst", "error");
        assertThat(build.log).anySatisfy(line -> assertThat(line).startsWith("[runbookFreshness] error .")
                .contains("governance/change-set-unknown").contains("is not inside a git work tree"));

        // the index step generated the index from metadata and published it next to the reports
        Map<String, Object> index = build.onlyRun("publishRunbookIndex");
        assertThat(index.get("reportFiles")).asList().containsExactly(REPORTS + "publishRunbookIndex-junit.xml",
                REPORTS + "publishRunbookIndex.sarif", REPORTS + "index.html", REPORTS + "index.json",
                REPORTS + "runbook-index.prom");
        assertThat(((List<?>) index.get("index")).stream().map(r -> String.valueOf(((Map<?, ?>) r).get("id"))).toList())
                .contains("RB-003", "RB-010");
        assertThat(workspace.resolve(REPORTS + "index.html")).content().startsWith("<!DOCTYPE html>")
                .contains("RB-010").doesNotContain("<script");
        assertThat(workspace.resolve(REPORTS + "runbook-index.prom")).content().endsWith("# EOF\n");

        // failOn defaults to error: the step aborts, the build fails, and post { always } still publishes
        assertThat(build.result()).isEqualTo("FAILURE");
        assertThat(build.aborts).singleElement().asString().startsWith("runbookFreshness: ").contains("failOn is error");
        assertThat(build.published("junit")).singleElement().satisfies(p -> {
            assertThat(p.pattern()).isEqualTo(REPORTS + "*-junit.xml");
            assertThat(p.files()).containsExactly(REPORTS + "publishRunbookIndex-junit.xml",
                    REPORTS + "runbookBranchCheck-junit.xml", REPORTS + "runbookFreshness-junit.xml");
        });
        assertThat(build.published("recordIssues")).singleElement().satisfies(p ->
                assertThat(p.files()).contains(REPORTS + "runbookFreshness.sarif"));
        assertThat(build.published("archiveArtifacts")).singleElement().satisfies(p -> assertThat(p.files())
                .contains(REPORTS + "index.html", REPORTS + "index.json", REPORTS + "runbookFreshness.md"));
        assertThat(PipelineRuntime.sarifResults(workspace.resolve(REPORTS + "runbookFreshness.sarif")))
                .isEqualTo((Integer) changed.get("errors") + (Integer) changed.get("warnings")
                        + (Integer) changed.get("infos"));
        assertPublishedFilesExist();
        assertThat(build.cron).as("no timer on PR jobs").isEmpty();
    }

    @Test
    void mainPublishesTheIndexAndTheFullReportInEveryFormat(@TempDir Path workspace) throws Exception {
        run("Jenkinsfile", workspace, MAIN, BRANCH_CAUSE);

        assertThat(build.stagesRun).containsExactly("Runbook index", "Governance");
        assertThat(build.stagesSkipped).containsExactly("Branch convention", "Changed runbooks");
        assertThat(build.stagesSkippedForFailure).containsExactly("Quarterly review plan");
        assertThat(onlyCallArgs("runbookGovernance")).containsEntry("formats", "json,junit,sarif,markdown")
                .doesNotContainKey("changedOnly");

        Map<String, Object> governance = build.onlyRun("runbookGovernance");
        assertThat(governance.get("reportFiles")).asList().containsExactly(REPORTS + "runbookGovernance.json",
                REPORTS + "runbookGovernance-junit.xml", REPORTS + "runbookGovernance.sarif",
                REPORTS + "runbookGovernance.md");
        Map<?, ?> json = (Map<?, ?>) new JsonSlurper().parseText(Files.readString(
                workspace.resolve(REPORTS + "runbookGovernance.json"), StandardCharsets.UTF_8));
        assertThat((List<?>) json.get("findings")).anySatisfy(f -> assertThat(named(f))
                .containsEntry("rule", "freshness/overdue").containsEntry("runbook", "RB-010"));

        assertThat(build.result()).isEqualTo("FAILURE");
        assertThat(build.published("junit")).singleElement().satisfies(p -> assertThat(p.files())
                .containsExactly(REPORTS + "publishRunbookIndex-junit.xml", REPORTS + "runbookGovernance-junit.xml"));
        assertThat(build.published("archiveArtifacts")).singleElement().satisfies(p -> assertThat(p.files())
                .contains(REPORTS + "runbookGovernance.json", REPORTS + "runbookGovernance.md"));
        assertPublishedFilesExist();
        assertThat(build.cron).isEqualTo("H H 1 1,4,7,10 *");
    }

    @Test
    void quarterlyTimerBuildWritesTheReviewPlanAndStaysUnstable(@TempDir Path workspace) throws Exception {
        run("Jenkinsfile", workspace, MAIN, TIMER_CAUSE);

        assertThat(build.stagesRun).containsExactly("Quarterly review plan");
        assertThat(onlyCallArgs("runbookReviewPlan")).containsEntry("horizon", 90).containsEntry("failOn", "never");
        assertThat(calls("runbookGovernance")).isEmpty();

        Map<String, Object> plan = build.onlyRun("runbookReviewPlan");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) plan.get("reviewPlan");
        assertThat(items.get(0)).containsEntry("id", "RB-010").containsEntry("due", "2026-11-20")
                .containsEntry("daysLeft", -6).containsEntry("state", "overdue")
                .containsEntry("title", "Memory Leak / OOM Kills").containsEntry("owner", "platform-sre");
        assertThat(items).extracting(i -> (String) i.get("due"))
                .allSatisfy(due -> assertThat(due).isLessThanOrEqualTo(TODAY.plusDays(90).toString()));
        // overdue, then due soon, then later; within each, runbooks behind a critical alert first, then by due date
        // (RB-012's only alert is a warning, so it follows RB-001 although it is due earlier)
        assertThat(items).extracting(i -> (String) i.get("id"))
                .containsExactly("RB-010", "RB-003", "RB-007", "RB-002", "RB-005", "RB-001", "RB-012");

        // overdue is an error, and unstableOn: warning turns it into UNSTABLE instead of a failed build
        assertThat(plan).containsEntry("status", "UNSTABLE");
        assertThat(build.result()).isEqualTo("UNSTABLE");
        assertThat(build.aborts).isEmpty();
        // the step wrote the core's plan: by owner in Markdown, a row per runbook in CSV
        String written = Files.readString(workspace.resolve(REPORTS + "review-plan.md"), StandardCharsets.UTF_8);
        assertThat(written).startsWith("# Runbook review plan — 2026-11-26 (next 90 days)")
                .contains(items.size() + " runbooks to review: 1 overdue")
                .contains("## platform-sre (")
                .contains("| [RB-010](incidents/RB-010-MEMORY-LEAK.md) | Memory Leak / OOM Kills | P1-P2 | 2026-11-20 | -6 | 98 days | overdue | OOMKilled |");
        assertThat(Files.readAllLines(workspace.resolve(REPORTS + "review-plan.csv"), StandardCharsets.UTF_8))
                .hasSize(1 + items.size())
                .contains("platform-sre,RB-010,Memory Leak / OOM Kills,P1-P2,incidents/RB-010-MEMORY-LEAK.md,2026-11-20,-6,overdue,quarterly,,2026-08-20,98,OOMKilled");
        assertThat(build.log).contains("Review plan: " + items.size() + " runbook(s) due within 90 days; overdue: RB-010");
        assertThat(build.published("archiveArtifacts")).singleElement().satisfies(p -> assertThat(p.files())
                .contains(REPORTS + "review-plan.md", REPORTS + "review-plan.csv", REPORTS + "review-plan.json",
                        REPORTS + "runbookReviewPlan.json"));
        assertPublishedFilesExist();
    }

    @Test
    void anotherBranchRunsNoCheckAndPublishesNothing(@TempDir Path workspace) throws Exception {
        run("Jenkinsfile", workspace, Map.of("BRANCH_NAME", "docs/typo"), BRANCH_CAUSE);

        assertThat(build.stagesRun).isEmpty();
        assertThat(build.stepRuns).isEmpty();
        assertThat(build.result()).isEqualTo("SUCCESS");
        assertThat(build.published("junit")).singleElement().satisfies(p -> assertThat(p.files()).isEmpty());
        assertThat(build.cron).isEmpty();
    }
}
