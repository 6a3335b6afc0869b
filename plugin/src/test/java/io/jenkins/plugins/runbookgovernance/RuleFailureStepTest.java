package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.TaskListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;

/** A bug in the engine or in one rule fails the step cleanly: reports written, a clear log, an AbortException. */
class RuleFailureStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path workspace;

    private FakeContext context;
    private RunbookStepExecution execution;

    @BeforeEach
    void overdueRunbook() throws Exception {
        Workspaces.write(workspace, "runbooks/RB-002-disk-full.md",
                Workspaces.runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01"));
        context = new FakeContext(workspace.toFile(), new EnvVars());
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setNoGit(true);
        step.setFailOn("never");
        step.setUnstableOn("never");
        step.setFormats("json");
        execution = (RunbookStepExecution) step.start(context);
    }

    @Test
    void aRuleThatThrowsWritesTheReportsThenFailsTheStepNamingTheRule() throws Exception {
        GovernanceOutcome outcome = WorkspaceCheck.run(workspace, plan(), settings -> {
            List<Rule> rules = new ArrayList<>(RuleRegistry.standard().rules());
            rules.add(0, new AlwaysFails());
            return RuleRegistry.of(rules);
        });

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.ruleFailures()).singleElement().asString()
                .startsWith("rule failed: `test/always-fails` threw IllegalStateException (a bug in a rule)");
        String report = Files.readString(workspace.resolve("runbook-governance-reports/runbookGovernance.json"));
        assertThat(report).contains("\"governance/rule-failed\"", "\"freshness/overdue\"");

        assertThatThrownBy(() -> finish(outcome)).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("runbookGovernance: rule failed: `test/always-fails` threw");
        assertThat(context.log()).contains("ERROR: [runbookGovernance] rule failed: `test/always-fails`",
                "[runbookGovernance] details: ");
        assertThat(context.run.getAction(RunbookGovernanceAction.class)).as("the build page is attached first")
                .isNotNull();
    }

    @Test
    void anEngineFailureIsAnAbortWithTheStackTraceInTheBuildLog() throws Exception {
        GovernanceOutcome outcome = WorkspaceCheck.run(workspace, plan(), settings -> {
            throw new IllegalStateException("the engine broke");
        });

        assertThat(outcome.ran()).isFalse();
        assertThatThrownBy(() -> finish(outcome)).isInstanceOf(AbortException.class)
                .hasMessage("runbookGovernance: internal error: IllegalStateException: the engine broke (a bug, not"
                        + " your input; the stack trace is in the build log above)");
        assertThat(context.log()).contains("[runbookGovernance] ERROR: internal error in the runbook governance engine",
                "[runbookGovernance] java.lang.IllegalStateException: the engine broke")
                .containsPattern("\\[runbookGovernance\\] \\tat io\\.jenkins\\.plugins\\.runbookgovernance\\."
                        + "WorkspaceCheck\\.check\\(WorkspaceCheck\\.java:\\d+\\)");
    }

    @Test
    void aCheckInWhichEveryRuleRanCarriesNoFailure() throws Exception {
        GovernanceOutcome outcome = WorkspaceCheck.run(workspace, plan());

        assertThat(outcome.ruleFailures()).isEmpty();
        assertThat(finish(outcome)).containsEntry("status", "SUCCESS");
    }

    private CheckPlan plan() {
        return new CheckPlan(execution.settings(), TODAY, Map.of());
    }

    private Map<String, Object> finish(GovernanceOutcome outcome) throws AbortException {
        return execution.finish(outcome, context.get(TaskListener.class), context.run, context.node);
    }

    private static final class AlwaysFails implements Rule {

        @Override
        public String id() {
            return "test/always-fails";
        }

        @Override
        public Level defaultLevel() {
            return Level.ERROR;
        }

        @Override
        public String summary() {
            return "fails";
        }

        @Override
        public void check(Inventory inventory, Findings findings) {
            throw new IllegalStateException("a bug in a rule");
        }
    }
}
