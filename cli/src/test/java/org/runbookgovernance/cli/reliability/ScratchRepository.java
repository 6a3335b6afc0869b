package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runbookgovernance.cli.Main;

/**
 * A throw-away runbook repository with one healthy runbook, and in-process CLI runs over it with a fixed
 * day, no git and captured streams.
 */
final class ScratchRepository {

    static final String TODAY = "2026-11-26";
    static final String RUNBOOK = "incidents/RB-001-SERVICE-DOWN.md";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    private final Path root;

    private ScratchRepository(Path root) {
        this.root = root;
    }

    /** {@code <folder>/repo} with one runbook reviewed recently, so a clean run has no findings. */
    static ScratchRepository in(Path folder) {
        ScratchRepository repo = new ScratchRepository(folder.resolve("repo"));
        repo.write(RUNBOOK, runbook("RB-001", "Service Down", ""));
        return repo;
    }

    static String runbook(String id, String title, String body) {
        return "# " + id + ": " + title + "\n\n"
                + "**ID:** " + id + "\n"
                + "**Severity:** P1\n"
                + "**Owner:** platform-sre\n"
                + "**Last Updated:** 2026-11-01\n"
                + "**Last Review:** 2026-11-01\n"
                + "**Next Review:** 2027-02-01\n\n"
                + "## Steps\n\n" + body + "\n";
    }

    Path root() {
        return root;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    ScratchRepository write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    ScratchRepository write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code check <repo> --no-git --today 2026-11-26 <args>}. */
    CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", root.toString(), "--no-git", "--today", TODAY));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** One in-process run of the command line: exit code, both streams and how long it took. */
    record CliRun(int exit, String stdout, String stderr, long millis) {

        static CliRun of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int exit = Main.run(args, CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    (System.nanoTime() - start) / 1_000_000);
        }

        /** The contract of every case: the stated exit code, and never a stack trace or an internal error. */
        CliRun exits(int expected) {
            assertThat(stderr).doesNotContain("\tat ").doesNotContain("internal error");
            assertThat(stdout).doesNotContain("\tat ");
            assertThat(exit).as("exit code; stderr: %s", stderr).isEqualTo(expected);
            return this;
        }

        /** Both streams together, for "is it mentioned anywhere" checks. */
        String all() {
            return stdout + stderr;
        }
    }
}
