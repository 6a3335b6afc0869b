package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Label;
import hudson.slaves.DumbSlave;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps on an agent with git history in the workspace: review dates taken from commits for runbooks that
 * carry none, and a pull request's change set from the merge base with the target branch. The repository is
 * made with JGit in the test, with our own author and commit times; no step of it reads the machine's git config.
 */
@WithJenkins
class RunbookStepsGitITest {

    private JenkinsRule r;
    private DumbSlave agent;
    private SystemReader previous;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        agent = r.createOnlineSlave(Label.get("agents"));
        previous = SystemReader.getInstance();
        SystemReader.setInstance(new Isolated(previous));
    }

    @AfterEach
    void restoreGit() {
        SystemReader.setInstance(previous);
    }

    /** A runbook with no dates at all: its review comes from git or nowhere. */
    private static String undated(String id, String title, String extra) {
        return "# " + id + ": " + title + "\n\n**Owner**: team-sre\n**Severity**: P2\n\n## Symptoms\n\nDown.\n\n"
                + "## Impact\n\nUsers wait.\n\n## Diagnosis\n\nLook at the dashboard.\n\n## Mitigation\n\nRestart it."
                + extra + "\n";
    }

    private Git repository(WorkflowJob job) throws Exception {
        FilePath workspace = agent.getWorkspaceFor(job);
        workspace.mkdirs();
        return Git.init().setInitialBranch("main").setDirectory(new File(workspace.getRemote())).call();
    }

    private static void commit(Git git, String path, String text, String isoInstant) throws Exception {
        Path file = git.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        git.add().addFilepattern(path).call();
        PersonIdent who = new PersonIdent("Runbook Author", "author@example.com", Instant.parse(isoInstant),
                ZoneOffset.UTC);
        git.commit().setMessage("Edit " + path).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private WorkflowJob job(String body) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node('agents') {\n" + body + "\n}\n", true));
        return p;
    }

    @Test
    void anUndatedRunbookIsJudgedByItsLastCommit() throws Exception {
        WorkflowJob p = job("""
                def withGit = runbookFreshness dir: 'runbooks', today: '2026-11-26', failOn: 'never', unstableOn: 'never'
                echo "with git: overdue=${withGit.overdue}"
                def withoutGit = runbookFreshness dir: 'runbooks', today: '2026-11-26', noGit: true, failOn: 'never',
                    unstableOn: 'never', id: 'no-git'
                echo "without git: overdue=${withoutGit.overdue} warnings=${withoutGit.warnings}"
                """);
        try (Git git = repository(p)) {
            commit(git, "runbooks/RB-001-service-down.md", undated("RB-001", "Service Down", ""), "2025-06-01T10:00:00Z");
            commit(git, "runbooks/RB-002-disk-full.md", undated("RB-002", "Disk Full", ""), "2026-11-01T10:00:00Z");
        }

        WorkflowRun b = r.buildAndAssertSuccess(p);

        // RB-001 was last changed in June 2025: a quarterly review fell due in September 2025.
        r.assertLogContains("with git: overdue=1", b);
        // Without history neither runbook has a review date: never reviewed, which is a warning, not overdue.
        r.assertLogContains("without git: overdue=0 warnings=2", b);
    }

    @Test
    void changedOnlyOnAPullRequestKeepsFindingsOnTheFilesTheBranchChanged() throws Exception {
        WorkflowJob p = job("""
                withEnv(['CHANGE_ID=7', 'CHANGE_TARGET=main', 'BRANCH_NAME=PR-7', 'CHANGE_BRANCH=runbook/RB-002-disk-link']) {
                  def all = runbookGovernance dir: 'runbooks', today: '2026-11-26', failOn: 'never', unstableOn: 'never',
                      details: true, id: 'all'
                  for (row in all.runbooks) { echo "all ${row.id} errors=${row.errors}" }
                  def changed = runbookGovernance dir: 'runbooks', today: '2026-11-26', changedOnly: true,
                      failOn: 'never', unstableOn: 'never', details: true, id: 'changed'
                  for (row in changed.runbooks) { echo "changed ${row.id} errors=${row.errors}" }
                }
                """);
        try (Git git = repository(p)) {
            commit(git, "runbooks/RB-001-service-down.md", undated("RB-001", "Service Down", ""), "2025-01-10T10:00:00Z");
            commit(git, "runbooks/RB-002-disk-full.md", undated("RB-002", "Disk Full", ""), "2025-01-11T10:00:00Z");
            git.checkout().setCreateBranch(true).setName("runbook/RB-002-disk-link").call();
            commit(git, "runbooks/RB-002-disk-full.md", undated("RB-002", "Disk Full",
                    "\n\nSee [the disk guide](disk-guide.md)."), "2026-11-20T10:00:00Z");
        }

        WorkflowRun b = r.buildAndAssertSuccess(p);

        // RB-001 is overdue since April 2025; the branch leaves it alone, so the pull request is not blamed for it.
        r.assertLogContains("all RB-001 errors=1", b);
        r.assertLogContains("changed RB-001 errors=0", b);
        // The branch touched RB-002: it keeps its overdue review (two added lines are not a review) and gains
        // the error for its link to a page that does not exist.
        r.assertLogContains("changed RB-002 errors=2", b);
        assertThat(JenkinsRule.getLog(b)).contains("links/broken").doesNotContain("change set is unknown");
    }

    /** JGit without the user's, the system's or JGit's own config files, so no local setting reaches the test. */
    private static final class Isolated extends SystemReader.Delegate {

        private final File nowhere = new File(System.getProperty("java.io.tmpdir"), "no-such-gitconfig");

        Isolated(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }
    }
}
