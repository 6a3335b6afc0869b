package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.cli.reliability.ScratchRepository.CliRun;

/** Two runs writing the same {@code --output} at once: the file is always one complete report, never a mix. */
class ConcurrentRunsTest {

    static final int ITERATIONS = 50;
    /** On this day RB-001 is fresh; on the other it is overdue, so the two reports differ. */
    static final String FRESH_DAY = "2026-11-26";
    static final String OVERDUE_DAY = "2027-06-01";

    @TempDir
    Path tmp;

    static CliRun run(ScratchRepository repo, String day, Path output) {
        return CliRun.of("check", repo.root().toString(), "--no-git", "--today", day, "--fail-on", "never",
                "--output", output.toString());
    }

    @Test
    void twoRunsWritingTheSameOutput() throws Exception {
        ScratchRepository repo = ScratchRepository.in(tmp);
        Path reports = Files.createDirectory(tmp.resolve("reports"));
        Path output = reports.resolve("governance.txt");
        run(repo, FRESH_DAY, output).exits(0);
        String fresh = Files.readString(output);
        run(repo, OVERDUE_DAY, output).exits(0);
        String overdue = Files.readString(output);
        assertThat(fresh).isNotEqualTo(overdue);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < ITERATIONS; i++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<CliRun> a = pool.submit(() -> {
                    start.await();
                    return run(repo, FRESH_DAY, output);
                });
                Future<CliRun> b = pool.submit(() -> {
                    start.await();
                    return run(repo, OVERDUE_DAY, output);
                });
                start.countDown();
                a.get().exits(0);
                b.get().exits(0);

                assertThat(Files.readString(output)).as("iteration %d", i).isIn(fresh, overdue);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("governance.txt"));
        }
    }
}
