package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.cli.reliability.ScratchRepository.CliRun;

/**
 * Nothing outside the repository is read: symlinks and {@code ..} references that leave it are findings, and
 * no line of the file they point at ever reaches a report. A secret next to the repository stands in for
 * {@code /etc/passwd} where the real one would be too short or too common to tell apart.
 */
class ContainmentTest {

    /** A line that exists only in the file outside the repository. */
    static final String SECRET_LINE = "TOP-SECRET-7f3a: db_password=hunter2";

    @TempDir
    Path tmp;

    ScratchRepository repo;
    Path secret;

    @BeforeEach
    void repositoryNextToASecret() throws IOException {
        repo = ScratchRepository.in(tmp);
        secret = Files.writeString(tmp.resolve("secret.md"), "# RB-666: Secret\n\n" + SECRET_LINE + "\n");
    }

    /** No line of the target (blank lines aside) occurs in stdout or stderr, in any format. */
    static void leaksNothingOf(Path target, CliRun run) throws IOException {
        List<String> lines = Files.readAllLines(target).stream().map(String::strip).filter(l -> l.length() > 3)
                .toList();
        for (String line : lines) {
            assertThat(run.all()).as("a line of %s", target).doesNotContain(line);
        }
    }

    @Test
    void symlinkToEtcPasswd() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        Files.createSymbolicLink(repo.path("incidents/RB-002-PASSWD.md"), passwd);
        Files.createSymbolicLink(repo.path("incidents/RB-003-SECRET.md"), secret);
        Files.createDirectories(repo.path("alerts"));
        Files.createSymbolicLink(repo.path("alerts/passwd.yml"), passwd);

        for (String format : List.of("text", "json")) {
            CliRun run = repo.check("--format", format).exits(1);

            assertThat(run.stdout()).contains("input/outside-repository").contains("incidents/RB-002-PASSWD.md")
                    .contains("incidents/RB-003-SECRET.md").contains("alerts/passwd.yml");
            if (Files.isReadable(passwd)) {
                leaksNothingOf(passwd, run);
            }
            leaksNothingOf(secret, run);
        }
    }

    @Test
    void dotDotMarkdownLink() throws IOException {
        repo.write("incidents/RB-002-LINKS.md", ScratchRepository.runbook("RB-002", "Links",
                "[passwd](../../../etc/passwd) and [secret](../../secret.md) and [deeper](../../../../../../etc/shadow)"));

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout())
                .containsPattern("incidents/RB-002-LINKS\\.md:\\d+ +error +links/broken +link leaves the repository: "
                        + "`\\.\\./\\.\\./\\.\\./etc/passwd`")
                .containsPattern("links/broken +link leaves the repository: `\\.\\./\\.\\./secret\\.md`");
        leaksNothingOf(secret, run);
    }

    @Test
    void runbookAnnotationLeavingTheRepository() throws IOException {
        repo.write("alerts/rules.yml", """
                groups:
                  - name: availability
                    rules:
                      - alert: ServiceDown
                        expr: up == 0
                        labels:
                          severity: critical
                        annotations:
                          runbook: ../../secret.md
                """);

        CliRun run = repo.check("--format", "json").exits(1);

        assertThat(run.stdout()).contains("\"rule\": \"alerts/dangling-runbook-url\"")
                .contains("leads outside the repository").contains("\"path\": \"alerts/rules.yml\"");
        leaksNothingOf(secret, run);
    }
}
