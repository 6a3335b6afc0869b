package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Branches of a {@code parallel} attach their pages at the same moment: none is lost, no two share a URL. */
class ParallelAttachTest {

    private static final int BRANCHES = 20;

    @RepeatedTest(5)
    void concurrentStepCallsWithOneIdGetDistinctPagesAndRecords() throws Exception {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        BuildMarks marks = new BuildMarks(run, null);
        GovernanceOutcome outcome = ActionPageTest.outcome();
        ExecutorService pool = Executors.newFixedThreadPool(BRANCHES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RunbookGovernanceAction>> attached = new ArrayList<>();
            for (int i = 0; i < BRANCHES; i++) {
                attached.add(pool.submit(() -> {
                    start.await();
                    return RunbookGovernanceAction.attach(marks, "runbookFreshness", StepKind.FRESHNESS, outcome);
                }));
            }
            start.countDown();
            List<String> urls = new ArrayList<>();
            for (Future<RunbookGovernanceAction> f : attached) {
                urls.add(f.get(30, TimeUnit.SECONDS).getUrlName());
            }

            assertThat(urls).doesNotHaveDuplicates().hasSize(BRANCHES);
            List<RunbookGovernanceAction> onRun = run.getActions(RunbookGovernanceAction.class);
            assertThat(onRun).as("no action lost").hasSize(BRANCHES);
            assertThat(onRun).extracting(RunbookGovernanceAction::getUrlName).containsExactlyInAnyOrderElementsOf(urls);
            assertThat(onRun).extracting(RunbookGovernanceAction::getId).contains("runbookFreshness",
                    "runbookFreshness-2", "runbookFreshness-" + BRANCHES);
            for (RunbookGovernanceAction action : onRun) {
                assertThat(action.getRunbooks()).as(action.getId()).hasSize(2);
                assertThat(action.isRowsMissing()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
