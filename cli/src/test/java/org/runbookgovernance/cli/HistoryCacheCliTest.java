package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with the history cache reports what it reports without, after new commits of every kind. */
class HistoryCacheCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static String runbook(String alert, String mitigation) {
        return "# " + alert + "\n\n## Meaning\n\nThe " + alert + " alert fires when a scrape target is down.\n\n"
                + "## Mitigation\n\n" + mitigation;
    }

    private static String steps(String word) {
        return "1. Check the " + word + ".\n2. Restart the " + word + ".\n3. Page the owner of the " + word
                + ".\n4. Write it down.\n";
    }

    private record Run(int exit, String out, String err) {
    }

    private Run check(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of("check", dir.toString(), "--include", "**/*.md", "--no-color"),
                Stream.of(args)).toArray(String[]::new);
        int exit = Main.run(all, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReportWithTheCacheIsTheReportWithoutAfterEveryNewCommit() throws Exception {
        Path root = tmp.resolve("monitoring");
        Path cache = tmp.resolve("cache");
        try (TempGitRepository git = TempGitRepository.init(root)) {
            git.write("docs/runbooks/TargetDown.md", runbook("TargetDown", steps("target")))
                    .write("docs/runbooks/DiskFull.md", runbook("DiskFull", steps("disk")))
                    .write("docs/runbooks/QueueFull.md", runbook("QueueFull", steps("queue")))
                    .commit("add runbooks", "2023-04-02T10:00:00Z");
            String[][] changes = {
                    {"docs/runbooks/DiskFull.md", steps("volume"), "2026-10-01T10:00:00Z"},
                    {"docs/runbooks/TargetDown.md", steps("target").replace("Restart", "Restrat"), "2026-10-02T10:00:00Z"},
                    {"docs/runbooks/QueueFull.md", null, "2026-10-03T10:00:00Z"},
                    {"docs/runbooks/CacheMiss.md", steps("cache"), "2026-10-04T10:00:00Z"},
            };
            assertSameReports(root.resolve("docs"), cache);
            for (String[] change : changes) {
                if (change[1] == null) {
                    // a rename, as git mv leaves it
                    Path from = root.resolve(change[0]);
                    Path to = root.resolve("docs/runbooks/queues/QueueFull.md");
                    Files.createDirectories(to.getParent());
                    Files.move(from, to);
                } else {
                    String alert = Path.of(change[0]).getFileName().toString().replace(".md", "");
                    git.write(change[0], runbook(alert, change[1]));
                }
                git.commit("change", change[2]);
                assertSameReports(root.resolve("docs"), cache);
            }
        }
        assertThat(cache.resolve("history-v2.bin")).exists();
    }

    private void assertSameReports(Path dir, Path cache) {
        Run without = check(dir, "--no-cache");
        Run first = check(dir, "--cache-dir", cache.toString());
        Run second = check(dir, "--cache-dir", cache.toString());
        assertThat(without.out()).contains("runbooks/TargetDown.md"); // the report names the runbooks
        assertThat(first).isEqualTo(without);
        assertThat(second).isEqualTo(without);
    }

    @Test
    void byDefaultTheCacheIsInTheGitFolderAndNoCacheLeavesItAlone() throws Exception {
        Path root = tmp.resolve("monitoring");
        try (TempGitRepository git = TempGitRepository.init(root)) {
            git.write("TargetDown.md", runbook("TargetDown", steps("target"))).commit("add", "2023-04-02T10:00:00Z");
        }
        Path file = root.resolve(".git/runbook-governance/history-v2.bin");
        check(root, "--no-cache");
        assertThat(file).doesNotExist();
        check(root);
        assertThat(file).exists();
    }
}
