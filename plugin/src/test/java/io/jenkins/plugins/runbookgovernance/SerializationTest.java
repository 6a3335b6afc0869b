package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the built-in node act() never serializes, so bugs hide; these round-trips stand in for an agent. */
class SerializationTest {

    @TempDir
    Path workspace;

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void theCallableAndItsOutcomeCrossTheChannel() throws Exception {
        Workspaces.write(workspace, "runbooks/RB-002-disk-full.md",
                Workspaces.runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01"));
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setNoGit(true);
        step.setRunbookUrlMap("https://wiki.example.com/rb?x=1=runbooks");
        EnvVars env = new EnvVars("CHANGE_BRANCH", "runbook/RB-002-disk");

        GovernanceCallable sent = roundTrip(new GovernanceCallable(
                new CheckPlan(step.settings(), LocalDate.of(2026, 3, 1), env)));
        GovernanceOutcome outcome = roundTrip(sent.invoke(workspace.toFile(), null));

        assertThat(sent.plan().environment()).containsEntry("CHANGE_BRANCH", "runbook/RB-002-disk");
        assertThat(sent.plan().settings()).isEqualTo(step.settings());
        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.runbooks()).extracting(RunbookRow::getId).containsExactly("RB-002");
        assertThat(outcome.errors()).isPositive();
        assertThat(outcome.worst()).isNotNull();
    }

    @Test
    void theExecutionSurvivesSerializationWithItsSettings() throws Exception {
        RunbookReviewPlanStep step = new RunbookReviewPlanStep();
        step.setHorizon(14);
        RunbookStepExecution execution = (RunbookStepExecution) step.start(null);

        assertThat(roundTrip(execution).settings().horizon()).isEqualTo(14);
        assertThat(roundTrip(execution).id()).isEqualTo("runbookReviewPlan");
    }

    /** SpotBugs' SE_BAD_FIELD: every saved field of the execution is serializable, the clock is not saved. */
    @Test
    void theExecutionSavesNoClock() throws Exception {
        for (java.lang.reflect.Field f : RunbookStepExecution.class.getDeclaredFields()) {
            int modifiers = f.getModifiers();
            if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)) {
                continue;
            }
            assertThat(f.getType().isPrimitive() || java.io.Serializable.class.isAssignableFrom(f.getType()))
                    .as(f.getName()).isTrue();
        }
        assertThat(java.lang.reflect.Modifier.isTransient(RunbookStepExecution.class.getDeclaredField("clock")
                .getModifiers())).isTrue();
    }
}
