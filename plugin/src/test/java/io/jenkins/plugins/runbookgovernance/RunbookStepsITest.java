package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Label;
import hudson.model.Result;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps in real pipelines on a real agent (so the callable and its outcome are serialized), through
 * the UNSTABLE and FAILURE paths, with multibranch variables simulated by withEnv. Runs only in -Pjenkins.
 */
@WithJenkins
class RunbookStepsITest {

    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        r.createOnlineSlave(Label.get("agents"));
    }

    /** Writes one fresh and one long-overdue runbook into the agent's workspace, then runs {@code body}. */
    private WorkflowJob job(String body) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("""
                node('agents') {
                  writeFile file: 'runbooks/RB-001-service-down.md', text: '''%s'''
                  writeFile file: 'runbooks/RB-002-disk-full.md', text: '''%s'''
                  stage('runbooks') {
                    %s
                  }
                }
                """.formatted(Workspaces.runbook("RB-001", "Service Down", "2026-02-01", "2026-05-01"),
                Workspaces.runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01"), body), true));
        return p;
    }

    @Test
    void anOverdueRunbookFailsTheBuildWithoutAStackTrace() throws Exception {
        WorkflowJob p = job("runbookFreshness today: '2026-03-01', noGit: true");

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("ERROR: runbookFreshness: 1 error(s)", b);
        r.assertLogContains("freshness/overdue", b);
        r.assertLogNotContains("\tat io.jenkins.plugins", b);
    }

    @Test
    void findingsAtUnstableOnMarkTheStageAndTheBuild() throws Exception {
        WorkflowJob p = job("""
                def result = runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'error',
                        details: true
                echo "status=${result.status} errors=${result.errors} first=${result.runbooks[0].id}"
                """);

        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, p);

        r.assertLogContains("status=UNSTABLE errors=1 first=RB-001", b);
        FlowNode marked = new DepthFirstScanner().findFirstMatch(b.getExecution(),
                n -> n.getPersistentAction(WarningAction.class) != null);
        assertThat(marked).isNotNull();
        assertThat(marked.getPersistentAction(WarningAction.class).getMessage()).contains("runbookFreshness");
    }

    @Test
    void markBuildUnstableFalseLeavesTheBuildGreen() throws Exception {
        WorkflowJob p = job("runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'error', "
                + "markBuildUnstable: false");

        r.buildAndAssertSuccess(p);
    }

    @Test
    void changeRequestVariablesReachTheBranchCheck() throws Exception {
        WorkflowJob p = job("""
                withEnv(['CHANGE_BRANCH=runbook/RB-002-disk-full', 'CHANGE_TARGET=main', 'CHANGE_ID=7', 'BRANCH_NAME=PR-7']) {
                  def result = runbookBranchCheck today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never'
                  echo "branch check status=${result.status}"
                }
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("branch check status=SUCCESS", b);
        r.assertLogContains("[runbookBranchCheck] 2 runbook(s)", b);
    }

    @Test
    void reportFilesAndTheBuildPage() throws Exception {
        WorkflowJob p = job("""
                def result = publishRunbookIndex today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never', formats: 'json,junit'
                echo "files=${result.reportFiles}"
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("files=[runbook-governance-reports/publishRunbookIndex.json, "
                + "runbook-governance-reports/publishRunbookIndex-junit.xml, runbook-governance-reports/index.html, "
                + "runbook-governance-reports/index.json, runbook-governance-reports/runbook-index.prom]", b);
        RunbookGovernanceAction action = b.getAction(RunbookGovernanceAction.class);
        assertThat(action.getRunbooks()).extracting(RunbookRow::getId).containsExactly("RB-001", "RB-002");
        assertThat(action.getIndex()).flatExtracting(IndexSection::getEntries).extracting(IndexEntry::getId)
                .containsExactly("RB-001", "RB-002");
        HtmlPage page = r.createWebClient().getPage(b, action.getUrlName());
        assertThat(page.asNormalizedText()).contains("Runbook index").contains("RB-002").contains("Disk Full");
    }

    @Test
    void theReturnedMapHoldsCountsUnlessDetailsIsSet() throws Exception {
        WorkflowJob p = job("""
                def result = runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never'
                echo "rows=${result.containsKey('runbooks')} count=${result.runbookCount} overdue=${result.overdue} id=${result.id}"
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("rows=false count=2 overdue=1 id=runbookFreshness", b);
    }

    @Test
    void parallelBranchesEachKeepTheirPage() throws Exception {
        WorkflowJob p = job("""
                parallel one: {
                  runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never'
                }, two: {
                  runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never'
                }, three: {
                  runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never', id: 'mine'
                }
                """);

        WorkflowRun b = r.buildAndAssertSuccess(p);

        assertThat(b.getActions(RunbookGovernanceAction.class)).extracting(RunbookGovernanceAction::getId)
                .containsExactlyInAnyOrder("runbookFreshness", "runbookFreshness-2", "mine");
        for (RunbookGovernanceAction action : b.getActions(RunbookGovernanceAction.class)) {
            assertThat(action.getRunbooks()).as(action.getId()).hasSize(2);
            assertThat(new java.io.File(b.getRootDir(), "runbook-governance/" + action.getId() + ".json")).isFile();
        }
    }

    @Test
    void theBuildSummaryAndTheJobTrend() throws Exception {
        WorkflowJob p = job("runbookFreshness today: '2026-03-01', noGit: true, failOn: 'never', unstableOn: 'never'");
        r.buildAndAssertSuccess(p);
        WorkflowRun second = r.buildAndAssertSuccess(p);

        JenkinsRule.WebClient web = r.createWebClient();
        HtmlPage build = web.getPage(second);
        assertThat(build.asNormalizedText()).contains("Runbook Governance (runbookFreshness): SUCCESS")
                .contains("2 runbook(s), 1 error(s)").contains("freshness/overdue");
        RunbookGovernanceProjectAction project = p.getAction(RunbookGovernanceProjectAction.class);
        assertThat(project).isNotNull();
        assertThat(project.getLastResults()).extracting(a -> a.getRun().getNumber()).containsExactly(2);
        HtmlPage job = web.getPage(p);
        assertThat(job.asXml()).contains("runbook-governance-trend").contains("polyline");
        HtmlPage trend = web.getPage(p, project.getUrlName());
        assertThat(trend.asNormalizedText()).contains("Last result").contains("runbookFreshness");
        String api = web.goTo(second.getUrl() + "api/json?depth=1", "application/json").getWebResponse()
                .getContentAsString();
        assertThat(api)
                .contains("\"runbookCount\":2").contains("\"overdue\":1").doesNotContain("\"runbooks\"");
    }

    @Test
    void snippetsRoundTrip() throws Exception {
        SnippetizerTester st = new SnippetizerTester(r);
        st.assertRoundTrip(new RunbookFreshnessStep(), "runbookFreshness()");

        RunbookFreshnessStep changed = new RunbookFreshnessStep();
        changed.setChangedOnly(true);
        st.assertRoundTrip(changed, "runbookFreshness changedOnly: true");

        PublishRunbookIndexStep index = new PublishRunbookIndexStep();
        index.setCheck(false);
        index.setWrite(true);
        st.assertRoundTrip(index, "publishRunbookIndex check: false, write: true");

        RunbookReviewPlanStep plan = new RunbookReviewPlanStep();
        plan.setHorizon(30);
        plan.setDir("docs/runbooks");
        st.assertRoundTrip(plan, "runbookReviewPlan dir: 'docs/runbooks', horizon: 30");

        RunbookFreshnessStep named = new RunbookFreshnessStep();
        named.setDetails(true);
        named.setId("nightly");
        st.assertRoundTrip(named, "runbookFreshness details: true, id: 'nightly'");

        RunbookGovernanceStep all = new RunbookGovernanceStep();
        all.setFailOn("warning");
        all.setChangedOnly(true);
        all.setMarkStageUnstable(false);
        st.assertRoundTrip(all, "runbookGovernance changedOnly: true, failOn: 'warning', markStageUnstable: false");

        RunbookGovernanceStep newOnly = new RunbookGovernanceStep();
        newOnly.setNewOnly(true);
        st.assertRoundTrip(newOnly, "runbookGovernance newOnly: true");
    }
}
