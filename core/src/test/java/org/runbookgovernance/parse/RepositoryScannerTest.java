package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;

class RepositoryScannerTest {

    @TempDir
    Path repo;

    @TempDir
    Path outside;

    private void write(String path, String text) throws IOException {
        TreeFiles.write(repo, path, text);
    }

    private void write(String path, byte[] bytes) throws IOException {
        TreeFiles.write(repo, path, bytes);
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Test
    void findsMarkdownSortedAndClassified() throws IOException {
        write("README.md", "# Index\n");
        write("incidents/RB-002-DEGRADED.md", "# RB-002\n");
        write("incidents/RB-001-DOWN.markdown", "# RB-001\n");
        write("templates/INCIDENT_REPORT_TEMPLATE.md", "# Template\n");
        write("postmortems/2024-11-03.md", "# PIR\n");
        write("notes/other.md", "# Other\n");
        write("alerts/rules.yml", "groups: []\n");
        write("node_modules/pkg/README.md", "# Vendored\n");
        write(".git/info/exclude.md", "# not scanned\n");
        write("target/site/index.md", "# build output\n");

        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.files()).extracting(ScannedFile::path, ScannedFile::kind).containsExactly(
                tuple("README.md", DocumentKind.INDEX),
                tuple("incidents/RB-001-DOWN.markdown", DocumentKind.OTHER),
                tuple("incidents/RB-002-DEGRADED.md", DocumentKind.RUNBOOK),
                tuple("notes/other.md", DocumentKind.OTHER),
                tuple("postmortems/2024-11-03.md", DocumentKind.INCIDENT_REPORT),
                tuple("templates/INCIDENT_REPORT_TEMPLATE.md", DocumentKind.TEMPLATE));
        assertThat(scan.files().get(0).file()).isEqualTo(repo.resolve("README.md"));
    }

    @Test
    void gitDirectoryIsSkippedEvenWhenNotExcluded() throws IOException {
        write(".git/notes.md", "# inside git\n");
        write("a.md", "# A\n");
        DocumentGlobs noExclusions = DocumentGlobs.DEFAULT.withOverrides(java.util.List.of(), java.util.List.of());
        noExclusions = new DocumentGlobs(noExclusions.runbooks(), noExclusions.index(), noExclusions.templates(),
                noExclusions.guides(), noExclusions.incidentReports(), java.util.List.of());
        assertThat(RepositoryScanner.scan(repo, noExclusions).files()).extracting(ScannedFile::path)
                .containsExactly("a.md");
    }

    @Test
    void binaryFileIsReportedAndSkipped() throws IOException {
        write("incidents/RB-001.md", new byte[] {'#', ' ', 'x', '\n', 'y', 0, 'z'});
        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).extracting(Problem::ruleId, p -> p.position().path(), p -> p.position().line())
                .containsExactly(tuple(ProblemIds.BINARY, "incidents/RB-001.md", 2));
    }

    @Test
    void listLeavesBinaryContentToTheParserWhichReportsTheSameProblem() throws IOException {
        write("incidents/RB-001.md", new byte[] {'#', ' ', 'x', '\n', 'y', 0, 'z'});
        Scan listed = RepositoryScanner.list(repo, DocumentGlobs.DEFAULT);
        assertThat(listed.problems()).isEmpty();
        assertThat(listed.files()).extracting(ScannedFile::path).containsExactly("incidents/RB-001.md");
        ParsedFile parsed = DocumentParser.parse(listed.files().get(0));
        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).isEqualTo(RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT).problems());
    }

    @Test
    void invalidUtf8IsReportedWithTheLineAndSkipped() throws IOException {
        byte[] bytes = "# RB-001\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        write("incidents/RB-001.md", bytes);
        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.ENCODING);
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.message()).contains("`incidents/RB-001.md`").contains("UTF-8");
        });
    }

    @Test
    void tooLargeFileIsReportedAndSkipped() throws IOException {
        Path big = repo.resolve("incidents/RB-001.md");
        Files.createDirectories(big.getParent());
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= RepositoryScanner.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        write("incidents/RB-002.md", "# RB-002\n");
        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);
        assertThat(scan.files()).extracting(ScannedFile::path).containsExactly("incidents/RB-002.md");
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.TOO_LARGE);
            assertThat(p.position().path()).isEqualTo("incidents/RB-001.md");
            assertThat(p.message()).contains("split it or exclude it");
        });
    }

    @Test
    void bomAndCrlfFilesAreAccepted() throws IOException {
        byte[] text = "# RB-001\r\n\r\n**Owner:** sre\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        write("incidents/RB-001.md", withBom);
        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);
        assertThat(scan.problems()).isEmpty();
        ParsedFile parsed = DocumentParser.parse(scan.files().get(0));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.document().orElseThrow().title()).contains("RB-001");
    }

    @Test
    void symlinkLeavingTheRepositoryIsReportedAndNotFollowed() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "# not yours\n");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("dir/inner.md"), "# also not yours\n");
        assumeTrue(symlink(repo.resolve("incidents/RB-009.md"), outside.resolve("secret.md")), "no symlinks here");
        assumeTrue(symlink(repo.resolve("shared"), outside.resolve("dir")), "no symlinks here");
        write("incidents/RB-001.md", "# RB-001\n");

        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);

        assertThat(scan.files()).extracting(ScannedFile::path).containsExactly("incidents/RB-001.md");
        assertThat(scan.problems()).extracting(Problem::ruleId, p -> p.position().path()).containsExactly(
                tuple(ProblemIds.OUTSIDE_REPOSITORY, "incidents/RB-009.md"),
                tuple(ProblemIds.OUTSIDE_REPOSITORY, "shared"));
        assertThat(scan.problems().get(0).message()).contains("`incidents/RB-009.md`").contains("not followed");
    }

    @Test
    void symlinksInsideTheRepositoryWorkAndDoNotLoop() throws IOException {
        write("incidents/RB-001.md", "# RB-001\n");
        assumeTrue(symlink(repo.resolve("incidents/loop"), repo.resolve("incidents")), "no symlinks here");
        assumeTrue(symlink(repo.resolve("guides/RB-001-link.md"), repo.resolve("incidents/RB-001.md")),
                "no symlinks here");

        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.files()).extracting(ScannedFile::path)
                .containsExactly("guides/RB-001-link.md", "incidents/RB-001.md");
        assertThat(DocumentParser.parse(scan.files().get(0)).document().orElseThrow().title()).contains("RB-001");
    }

    @Test
    void missingRootIsBadInput() {
        assertThatThrownBy(() -> RepositoryScanner.scan(repo.resolve("nope"), DocumentGlobs.DEFAULT))
                .isInstanceOf(BadInputException.class).hasMessageContaining("repository not found");
    }

    @Test
    void fileChangedToTooLargeAfterScanIsStillRefusedByTheParser() throws IOException {
        write("incidents/RB-001.md", "# RB-001\n");
        Scan scan = RepositoryScanner.scan(repo, DocumentGlobs.DEFAULT);
        Files.write(repo.resolve("incidents/RB-001.md"), new byte[(int) RepositoryScanner.MAX_FILE_BYTES + 10]);
        ParsedFile parsed = DocumentParser.parse(scan.files().get(0));
        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::ruleId).containsExactly(ProblemIds.TOO_LARGE);
    }
}
