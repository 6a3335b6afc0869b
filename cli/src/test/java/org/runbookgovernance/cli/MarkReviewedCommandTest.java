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

/** {@code mark-reviewed} end to end: on a copy of the sample, and on runbooks git dates. */
class MarkReviewedCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, tmp));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sample() throws Exception {
        Path sample = Path.of("..", "runbooks");
        Path repo = tmp.resolve("runbooks");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path p : files.toList()) {
                Path to = repo.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        try (TempGitRepository git = TempGitRepository.init(repo)) {
            git.git().add().addFilepattern(".").call();
            git.commit("the sample", "2026-11-21T10:00:00Z");
        }
        return repo;
    }

    @Test
    void onTheSampleRb010IsNoLongerOverdueAndOnlyItsTwoReviewLinesChanged() throws Exception {
        Path repo = sample();
        assertThat(run("freshness", repo.toString(), "--today", "2026-11-26")).isEqualTo(1);
        assertThat(stdout()).contains("`RB-010` was due for review on 2026-11-20");
        Map<String, byte[]> before = RepositoryDiff.snapshot(repo);

        assertThat(run("mark-reviewed", "runbooks", "RB-010", "--date", "2026-11-26")).isZero();

        assertThat(stdout()).isEqualTo("runbooks/incidents/RB-010-MEMORY-LEAK.md: RB-010 last review 2026-08-20 → "
                + "2026-11-26, next review 2026-11-20 → 2027-02-26 (quarterly)\n");
        assertThat(RepositoryDiff.between(before, RepositoryDiff.snapshot(repo))).isEqualTo("""
                --- incidents/RB-010-MEMORY-LEAK.md
                +++ incidents/RB-010-MEMORY-LEAK.md
                @@ line 14
                -**Last Review**: 2026-08-20
                -**Next Review**: 2026-11-20
                +**Last Review**: 2026-11-26
                +**Next Review**: 2027-02-26
                """);
        run("freshness", repo.toString(), "--today", "2026-11-26");
        assertThat(stdout()).doesNotContain("RB-010").contains("0 errors");
    }

    @Test
    void allDueDatesTheRunbooksGitFoundOverdueUnderTheirTitle() throws Exception {
        Path repo = tmp.resolve("monitoring");
        try (TempGitRepository git = TempGitRepository.init(repo)) {
            git.write("docs/runbooks/TargetDown.md", "# TargetDown\n\n## Meaning\n\nA target is down.\n")
                    .write("docs/runbooks/DiskFull.md", "# DiskFull\n\n## Meaning\n\nA disk is full.\n")
                    .commit("add runbooks", "2023-04-02T10:00:00Z");
            git.write("docs/runbooks/DiskFull.md", "# DiskFull\n\n## Meaning\n\nA disk is full.\n\n"
                    + "## Mitigation\n\n1. Find the largest files.\n2. Rotate the logs.\n3. Grow the volume.\n")
                    .commit("DiskFull: real steps", "2026-10-01T10:00:00Z");
        }

        assertThat(run("mark-reviewed", "monitoring", "--all-due", "--by", "ana")).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo("monitoring/docs/runbooks/TargetDown.md: TargetDown last review none → "
                + "2026-11-26, next review none → 2027-02-26 (quarterly), reviewed by ana\n");
        assertThat(Files.readString(repo.resolve("docs/runbooks/TargetDown.md"))).isEqualTo("# TargetDown\n\n"
                + "**Last Review:** 2026-11-26\n**Next Review:** 2027-02-26\n**Reviewed By:** ana\n\n"
                + "## Meaning\n\nA target is down.\n");
        assertThat(run("freshness", repo.toString())).as(stdout()).isZero();
    }

    @Test
    void withoutAnIdOrAllDueItIsAUsageError() throws Exception {
        sample();
        assertThat(run("mark-reviewed", "runbooks")).isEqualTo(2);
        assertThat(stderr()).startsWith("runbook-governance: no runbook named; give runbook ids (RB-010) or files "
                + "after DIR, or --all-due");
    }

    @Test
    void aReviewDatedAfterTodayIsRefused() throws Exception {
        sample();
        assertThat(run("mark-reviewed", "runbooks", "RB-010", "--date", "2026-12-24")).isEqualTo(2);
        assertThat(stderr()).startsWith("runbook-governance: --date: 2026-12-24 is after today (2026-11-26)");
        assertThat(run("mark-reviewed", "runbooks", "RB-010", "--date", "26/11/2026")).isEqualTo(2);
        assertThat(stderr()).contains("--date: `26/11/2026` is not a date; expected YYYY-MM-DD");
    }

    @Test
    void withoutDirTheRunbooksFolderIsMeantAndTheBranchFollowsTheConvention() throws Exception {
        sample();

        assertThat(run("mark-reviewed", "RB-003", "--branch")).isZero();

        assertThat(stdout()).endsWith("branch for RB-003: runbook/RB-003-quarterly-review\n");
    }

    @Test
    void aFileIsNamedFromTheWorkingDirectoryOrFromDir() throws Exception {
        sample();

        assertThat(run("mark-reviewed", "runbooks", "runbooks/README.md", "quick-reference/ON_CALL_GUIDE.md"))
                .as(stderr()).isZero();

        assertThat(stdout()).startsWith("runbooks/README.md: last review 2026-11-02 → 2026-11-26");
        assertThat(stdout()).contains("runbooks/quick-reference/ON_CALL_GUIDE.md: ");
    }
}
