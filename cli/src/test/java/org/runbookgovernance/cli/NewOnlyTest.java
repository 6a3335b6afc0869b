package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --new-only} on a repository whose main branch carries hundreds of old findings: a pull request is
 * judged only on what it changes, and says what it fixes.
 */
class NewOnlyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    /** Runbooks on main, each with {@link #OLD_LINKS} links to runbooks that do not exist. */
    private static final int RUNBOOKS = 40;
    private static final int OLD_LINKS = 6;

    @TempDir
    Path tmp;

    private TempGitRepository repo;

    @BeforeEach
    void mainWithHundredsOfFindings() throws IOException, GitAPIException {
        repo = TempGitRepository.init(tmp.resolve("project"));
        for (int i = 1; i <= RUNBOOKS; i++) {
            repo.write(path(i), runbook(i, List.of()));
        }
        repo.commit("runbooks as they were imported", "2026-11-01T10:00:00Z");
    }

    @Test
    void mainHasHundredsOfFindings() {
        Run plain = check("--fail-on", "never");
        assertThat(plain.exit()).isZero();
        assertThat(plain.lines("links/broken")).hasSize(RUNBOOKS * OLD_LINKS);
    }

    @Test
    void aPullRequestAddingOneBrokenLinkReportsExactlyThatOne() throws Exception {
        repo.branch("runbook/RB-007-more-steps")
                .write(path(7), changed(runbook(7, List.of("[the new step](RB-999-NEW-STEP.md)"))))
                .commit("RB-007: one more step", "2026-11-20T10:00:00Z");

        Run run = check("--new-only", "--target", "main");

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.findingLines()).as(run.out()).containsExactly(
                "incidents/RB-007-SERVICE-7.md:" + (11 + OLD_LINKS) + "  error  links/broken  broken link:"
                        + " `RB-999-NEW-STEP.md` does not exist; fix the path or remove the link.");
        assertThat(run.out()).contains("compared with `main` at the merge base `")
                .contains(" findings it has as well are not shown");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPullRequestFixingAnOldFindingSaysSoAndPasses() throws Exception {
        repo.branch("runbook/RB-003-fix-link")
                .write(path(3), changed(runbook(3, List.of()).replace("(RB-301-MISSING.md)", "(RB-001-SERVICE-1.md)")))
                .commit("RB-003: link the existing runbook", "2026-11-20T10:00:00Z");

        Run run = check("--new-only", "--target", "main");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.findingLines()).as(run.out()).containsExactly("incidents/RB-003-SERVICE-3.md  info  "
                + "governance/fixed-by-change  fixed by this change: the `links/broken` finding about"
                + " `RB-301-MISSING.md` on `main` no longer occurs.");
        assertThat(run.out()).contains("1 finding of it fixed by this change");
    }

    @Test
    void aTargetThatIsNotInTheCloneStopsWithOneLineSayingHowToFetchIt() throws Exception {
        repo.branch("runbook/RB-007-more-steps")
                .write(path(7), changed(runbook(7, List.of("[the new step](RB-999-NEW-STEP.md)"))))
                .commit("RB-007: one more step", "2026-11-20T10:00:00Z");

        Run run = check("--new-only", "--target", "release-2");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly("runbook-governance: --new-only: the target branch"
                + " `release-2` is not in this clone (neither `origin/release-2` nor a local branch); fetch it"
                + " (`git fetch origin release-2:refs/remotes/origin/release-2`; in a multibranch job add the refspec"
                + " `+refs/heads/release-2:refs/remotes/origin/release-2` to the branch source).");
    }

    @Test
    void theTargetComesFromJenkinsChangeTarget() throws Exception {
        repo.branch("runbook/RB-007-more-steps")
                .write(path(7), changed(runbook(7, List.of("[the new step](RB-999-NEW-STEP.md)"))))
                .commit("RB-007: one more step", "2026-11-20T10:00:00Z");

        Run run = check(Map.of("CHANGE_TARGET", "main", "CHANGE_BRANCH", "runbook/RB-007-more-steps"),
                "--new-only");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines("links/broken")).hasSize(1);
    }

    @Test
    void changedOnlyWithAMissingTargetIsAnErrorAndShowsNoFindingOnAFile() throws Exception {
        repo.branch("runbook/RB-007-more-steps")
                .write(path(7), changed(runbook(7, List.of("[the new step](RB-999-NEW-STEP.md)"))))
                .commit("RB-007: one more step", "2026-11-20T10:00:00Z");

        Run run = check("--changed-only", "--target", "release-2");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines("links/broken")).isEmpty();
        assertThat(run.findingLines()).singleElement().asString()
                .startsWith(".  error  governance/change-set-unknown  change set unknown: the target branch"
                        + " `release-2` is not in this clone")
                .contains("`+refs/heads/release-2:refs/remotes/origin/release-2`");
        assertThat(run.out()).doesNotContain("findings on every file");
    }

    @Test
    void newOnlyAndNoGitContradictEachOther() {
        Run run = check("--new-only", "--no-git", "--target", "main");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--new-only").contains("--no-git");
    }

    private static String path(int i) {
        return "incidents/RB-" + String.format("%03d", i) + "-SERVICE-" + i + ".md";
    }

    /** {@code runbook} as a pull request changes it: with its Last Updated bumped, as the branch rules ask. */
    private static String changed(String runbook) {
        return runbook.replace("**Last Updated:** 2026-11-01", "**Last Updated:** 2026-11-20");
    }

    /** A runbook with {@link #OLD_LINKS} links to missing runbooks, then {@code extra} lines. */
    private static String runbook(int i, List<String> extra) {
        String id = "RB-" + String.format("%03d", i);
        StringBuilder text = new StringBuilder("# " + id + ": Service " + i + " Down\n\n"
                + "**ID:** " + id + "\n"
                + "**Severity:** P2\n"
                + "**Last Updated:** 2026-11-01\n"
                + "**Last Review:** 2026-11-01\n"
                + "**Next Review:** 2027-02-01\n\n"
                + "## Steps\n\n");
        for (int n = 1; n <= OLD_LINKS; n++) {
            text.append("- See [step ").append(n).append("](RB-").append(i * 100 + n).append("-MISSING.md).\n");
        }
        for (String line : extra) {
            text.append("- ").append(line).append('\n');
        }
        return text.toString();
    }

    private Run check(String... args) {
        return check(Map.of(), args);
    }

    private Run check(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("check", repo.root().toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(all.toArray(String[]::new), new Invocation(CLOCK, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {

        /** The report's finding lines (indented under their file), spaces collapsed. */
        List<String> findingLines() {
            return out.lines().filter(l -> l.startsWith("  ")).map(String::strip)
                    .map(l -> l.replaceAll(" {2,}", "  ")).toList();
        }

        List<String> lines(String rule) {
            return findingLines().stream().filter(l -> l.contains(" " + rule + " ")).toList();
        }
    }
}
