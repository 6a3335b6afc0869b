package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a step call leaves in build.xml and in the script's state does not grow with the repository: the
 * action keeps counts and the worst few findings, the map counts only, unless {@code details: true}.
 * Sizes are Java-serialized bytes of the action's saved (non-transient) fields and of the returned map;
 * {@code -Dmeasure.runbooks=10000} prints them for a repository of that size.
 */
class ReturnValueSizeTest {

    @TempDir
    Path workspace;

    /** The saved state of one step call on a repository of {@code count} runbooks, one in ten overdue. */
    private record Sizes(int runbooks, int actionFields, int rowsInActionBefore, long recordFile, int map, int detailsMap) {
    }

    private Sizes measure(int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            String id = "RB-%05d".formatted(i);
            boolean overdue = i % 10 == 0;
            Workspaces.write(workspace, "runbooks/" + id + "-service-degraded.md", Workspaces.runbook(id,
                    "Service " + i + " degraded", overdue ? "2024-01-01" : "2026-02-01", overdue ? "2025-01-01" : "2026-05-01"));
        }
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setToday("2026-03-01");
        step.setNoGit(true);
        step.setFailOn("never");
        step.setUnstableOn("never");
        FakeContext summary = new FakeContext(workspace.toFile(), new EnvVars());
        step.start(summary).start();
        step.setDetails(true);
        FakeContext details = new FakeContext(workspace.toFile(), new EnvVars());
        step.start(details).start();
        assertThat(summary.failure).isNull();

        RunbookGovernanceAction action = summary.run.getAction(RunbookGovernanceAction.class);
        // what the action kept before rows moved out of build.xml: these lists, beside the same counts
        List<Object> rowsBefore = List.of(new ArrayList<>(action.getRunbooks()), new ArrayList<>(action.getFindings()),
                new ArrayList<>(action.getReviewPlan()), new ArrayList<>(action.getIndex()));
        return new Sizes(count, serializedSize(savedFields(action)), serializedSize((Serializable) rowsBefore),
                Files.size(action.recordPath()), serializedSize((Serializable) summary.returned),
                serializedSize((Serializable) details.returned));
    }

    @Test
    void theActionAndTheDefaultMapStayTheSameSizeAsTheRepositoryGrows() throws Exception {
        Sizes small = measure(20);
        Sizes large = measure(Integer.getInteger("measure.runbooks", 1000));
        if (Integer.getInteger("measure.runbooks") != null) {
            System.out.println(small + "\n" + large);
        }

        // only the counts' digits differ; the rows are in the record file, which grows instead
        assertThat(large.actionFields()).isBetween(small.actionFields(), small.actionFields() + 64);
        assertThat(large.map()).isBetween(small.map(), small.map() + 64);
        assertThat(large.recordFile()).isGreaterThan(small.recordFile() * 10);
        assertThat(large.detailsMap()).isGreaterThan(large.map() * 10);
        assertThat(large.rowsInActionBefore()).isGreaterThan(large.actionFields() * 10);
    }

    @Test
    void theReturnedMapIsSavableProgramState() throws IOException {
        Map<String, Object> map = StepResultMap.of(ActionPageTest.outcome(), "SUCCESS", "rb", true);
        assertThat(serializedSize((Serializable) map)).isPositive();
    }

    private static ArrayList<Object> savedFields(Object action) throws IllegalAccessException {
        ArrayList<Object> values = new ArrayList<>();
        for (Field f : action.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                f.setAccessible(true);
                values.add(f.get(action));
            }
        }
        return values;
    }

    private static int serializedSize(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
