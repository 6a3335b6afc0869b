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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a repository of runbooks named after their alerts, with no review lines (as public runbook
 * repositories are written): git dates them, and {@code review.undated: never} does not.
 */
class FreshnessFromGitCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path runbooks;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String runbook(String alert, String mitigation) {
        return "# " + alert + "\n\n## Meaning\n\nThe " + alert + " alert fires when a scrape target is down.\n\n"
                + "## Mitigation\n\n" + mitigation;
    }

    @BeforeEach
    void repository() throws Exception {
        try (TempGitRepository git = TempGitRepository.init(tmp.resolve("monitoring"))) {
            git.write("docs/runbooks/TargetDown.md", runbook("TargetDown", "1. Check the target.\n2. Restart it.\n"))
                    .write("docs/runbooks/DiskFull.md", runbook("DiskFull", "1. Free space.\n"))
                    .commit("add runbooks", "2023-04-02T10:00:00Z");
            git.write("docs/runbooks/DiskFull.md", runbook("DiskFull",
                            "1. Find the largest files.\n2. Rotate the logs.\n3. Grow the volume.\n4. Tell the owner.\n"))
                    .commit("DiskFull: real steps", "2026-10-01T10:00:00Z");
            git.write("docs/runbooks/TargetDown.md", runbook("TargetDown", "1. Check the target.\n2. Restart it!\n"))
                    .commit("typo", "2026-11-01T10:00:00Z");
        }
        runbooks = tmp.resolve("monitoring/docs/runbooks");
    }

    private int check(String... args) {
        String[] all = Stream.concat(Stream.of("freshness", runbooks.toString(), "--include", "*.md",
                "--no-color"), Stream.of(args)).toArray(String[]::new);
        return Main.run(all, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    @Test
    void aRunbookLastChangedYearsAgoIsOverdueAndOneRewrittenLastMonthIsFresh() {
        int exit = check();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(text).contains("review overdue: `TargetDown` was last changed in git on 2023-04-02 (commit `")
                .contains("no review date in the runbook) and was due on 2023-07-02, 1243 days ago (quarterly policy);"
                        + " review it and add `**Last Review:** YYYY-MM-DD`, or commit the fix it needs")
                .doesNotContain("`DiskFull`")
                .doesNotContain("never reviewed")
                .contains("2 runbooks declare no review date");
    }

    @Test
    void undatedNeverReportsEveryRunbookAsNeverReviewed() throws Exception {
        Path config = tmp.resolve("never.yml");
        Files.writeString(config, "review:\n  undated: never\n");
        int exit = check("--config", config.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(text).contains("never reviewed: `TargetDown` declares neither Last Review nor Next Review")
                .contains("never reviewed: `DiskFull` declares neither Last Review nor Next Review")
                .doesNotContain("overdue").doesNotContain("from git");
    }
}
