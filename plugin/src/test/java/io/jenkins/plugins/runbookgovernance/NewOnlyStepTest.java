package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newOnly: true} reaches the engine from every step that takes it; the comparison itself is the core's. */
class NewOnlyStepTest {

    @TempDir
    Path workspace;

    @Test
    void theStepsThatJudgeRunbooksTakeNewOnly() {
        RunbookGovernanceStep governance = new RunbookGovernanceStep();
        RunbookFreshnessStep freshness = new RunbookFreshnessStep();
        RunbookAlertCoverageStep alerts = new RunbookAlertCoverageStep();
        governance.setNewOnly(true);
        freshness.setNewOnly(true);
        alerts.setNewOnly(true);

        assertThat(governance.isNewOnly()).isTrue();
        assertThat(governance.settings().newOnly()).isTrue();
        assertThat(freshness.settings().newOnly()).isTrue();
        assertThat(alerts.settings().newOnly()).isTrue();
        assertThat(new RunbookGovernanceStep().settings().newOnly()).isFalse();
    }

    @Test
    void newOnlyReachesTheEngineWhichRefusesItWithoutGit() throws Exception {
        Workspaces.write(workspace, "runbooks/RB-002-disk-full.md",
                Workspaces.runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01"));
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setNewOnly(true);
        step.setNoGit(true);

        GovernanceOutcome outcome = WorkspaceCheck.run(workspace, new CheckPlan(step.settings(),
                LocalDate.of(2024, 6, 1), Map.of("CHANGE_TARGET", "main")));

        assertThat(outcome.ran()).isFalse();
        assertThat(outcome.badInput()).isEqualTo("--new-only compares with the target branch in git, so it cannot"
                + " run without git (`--no-git`, the steps' `noGit`); leave out one of them");
    }
}
