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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code branch} on a real (JGit) repository: a pull request branch off main that edits RB-001. */
class BranchCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path runbooks;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void repository() throws Exception {
        String runbook = Files.readString(Path.of("src/test/resources/cases/clean/repo/incidents/RB-001-SERVICE-DOWN.md"));
        try (TempGitRepository git = TempGitRepository.init(tmp.resolve("repo"))) {
            git.write("runbooks/incidents/RB-001-SERVICE-DOWN.md", runbook)
                    .commit("RB-001", "2026-11-01T10:00:00Z");
            git.branch("feature/retry").write("runbooks/incidents/RB-001-SERVICE-DOWN.md",
                            runbook.replace("Roll back the last deployment", "Roll back the last release")
                                    .replace("**Last Updated:** 2026-11-01", "**Last Updated:** 2026-11-20"))
                    .commit("RB-001: roll back the release", "2026-11-20T10:00:00Z");
        }
        runbooks = tmp.resolve("repo/runbooks");
    }

    private int run(Map<String, String> env, String... args) {
        String[] all = Stream.concat(Stream.of("branch", runbooks.toString()), Stream.of(args)).toArray(String[]::new);
        return Main.run(all, new Invocation(CLOCK, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> branches() {
        return Stream.of(
                Arguments.of("feature/retry", 1, "branch/name"),
                Arguments.of("runbook/RB-001-service-down", 0, "no findings"),
                Arguments.of("runbook/RB-007-service-down", 1, "branch/id-mismatch"));
    }

    @ParameterizedTest
    @MethodSource("branches")
    void judgesTheBranchNamedByTheFlag(String branch, int exit, String expected) {
        assertThat(run(Map.of(), "--branch", branch, "--target", "main")).as(stdout() + err).isEqualTo(exit);
        assertThat(stdout()).contains(expected);
    }

    @Test
    void readsBranchAndTargetFromTheCiEnvironmentOfTheInvocation() {
        int exit = run(Map.of("CHANGE_BRANCH", "runbook/RB-001-retry", "CHANGE_TARGET", "main", "CHANGE_ID", "12"));

        assertThat(exit).as(stdout() + err).isZero();
        assertThat(stdout()).doesNotContain("branch/");
    }

    @Test
    void runsOnlyBranchRules() {
        run(Map.of(), "--branch", "feature/retry", "--target", "main", "--format", "json");

        assertThat(stdout()).contains("\"rule\": \"branch/name\"").doesNotContain("\"rule\": \"freshness/")
                .doesNotContain("\"rule\": \"alerts/");
    }

    @Test
    void aLastUpdatedNotBumpedIsReported() throws Exception {
        try (TempGitRepository git = TempGitRepository.init(tmp.resolve("second"))) {
            String runbook = Files.readString(runbooks.resolve("incidents/RB-001-SERVICE-DOWN.md"));
            git.write("runbooks/incidents/RB-001-SERVICE-DOWN.md", runbook).commit("RB-001", "2026-11-20T10:00:00Z");
            git.branch("runbook/RB-001-rollback")
                    .write("runbooks/incidents/RB-001-SERVICE-DOWN.md", runbook.replace("release", "deployment now"))
                    .commit("edit without a date bump", "2026-11-21T10:00:00Z");
        }
        runbooks = tmp.resolve("second/runbooks");

        assertThat(run(Map.of(), "--target", "main", "--fail-on", "info")).isEqualTo(1);
        assertThat(stdout()).contains("branch/date-not-bumped");
    }

    @Test
    void saysSoWhenGitIsOff() {
        assertThat(run(Map.of(), "--no-git")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-git was given, so no branch rule could run");
    }

    @Test
    void badFormatIsUsageError() {
        assertThat(run(Map.of(), "--format", "yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format: `yaml` is not a report format");
    }
}
