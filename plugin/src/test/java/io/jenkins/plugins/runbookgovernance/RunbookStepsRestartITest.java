package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * What a build keeps across a controller restart: build.xml holds the counts and the name of the rows' file,
 * and the rows load from {@code <build>/runbook-governance/<id>.json} when a page first asks for them.
 */
class RunbookStepsRestartITest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void theBuildPageAndTheJobTrendSurviveARestart() throws Throwable {
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    node {
                      writeFile file: 'runbooks/RB-001-service-down.md', text: '''%s'''
                      writeFile file: 'runbooks/RB-002-disk-full.md', text: '''%s'''
                      runbookFreshness dir: 'runbooks', today: '2026-03-01', noGit: true, failOn: 'never',
                          unstableOn: 'never', id: 'nightly'
                    }
                    """.formatted(Workspaces.runbook("RB-001", "Service Down", "2026-02-01", "2026-05-01"),
                    Workspaces.runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01")), true));
            WorkflowRun b = r.buildAndAssertSuccess(p);
            assertThat(b.getAction(RunbookGovernanceAction.class).getRunbooks()).hasSize(2);
        });
        sessions.then(r -> {
            WorkflowJob p = r.jenkins.getItemByFullName("p", WorkflowJob.class);
            WorkflowRun b = p.getBuildByNumber(1);
            RunbookGovernanceAction action = b.getAction(RunbookGovernanceAction.class);

            assertThat(action.getId()).isEqualTo("nightly");
            assertThat(action.getRunbookCount()).isEqualTo(2);
            assertThat(action.getOverdue()).isEqualTo(1);
            assertThat(action.isRowsMissing()).isFalse();
            assertThat(action.getRunbooks()).extracting(RunbookRow::getId).containsExactlyInAnyOrder("RB-001", "RB-002");
            assertThat(action.getFindings()).extracting(FindingRow::getRule).contains("freshness/overdue");

            JenkinsRule.WebClient web = r.createWebClient();
            HtmlPage page = web.getPage(b, action.getUrlName());
            assertThat(page.asNormalizedText()).contains("RB-002").contains("Disk Full");
            assertThat(p.getAction(RunbookGovernanceProjectAction.class)).isNotNull();
        });
    }
}
