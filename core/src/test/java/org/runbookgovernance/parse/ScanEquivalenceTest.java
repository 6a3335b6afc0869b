package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.ProblemIds;

/** The scanner finds exactly what the one-thread, regex-only walk found, on a tree full of awkward entries. */
class ScanEquivalenceTest {

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

    private boolean link(String path, Path target) throws IOException {
        Path link = repo.resolve(path);
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Test
    void sameFilesAndProblemsAsTheSequentialRegexWalk() throws IOException {
        for (int i = 0; i < 70; i++) { // more than PARALLEL_FROM_ENTRIES on the root level and below
            write("doc-" + i + ".md", "# " + i + "\n");
            write("incidents/c" + (i % 12) + "/RB-" + i + "-DOWN.md", "# RB-" + i + "\n");
        }
        write("README.md", "# Index\n");
        write("INDEX.md", "# Index\n");
        write("notes.MD", "# upper\n");
        write("x.Markdown", "# mixed\n");
        write("a.txt", "not markdown\n");
        write("sp ace.md", "# space\n");
        write("ünï-RB-1.md", "# unicode\n");
        write("tab\tname.md", "# tab\n");
        write("dir.md/RB-7.md", "# in a folder named like a file\n");
        write("templates/INCIDENT_TEMPLATE.md", "# T\n");
        write("postmortems/2026/p.md", "# PIR\n");
        write("quick-reference/q.md", "# Q\n");
        write("docs/OPS_GUIDE.md", "# G\n");
        write("node_modules/pkg/README.md", "# vendored\n");
        write("a/b/node_modules/c.md", "# vendored\n");
        write("target/site/x.md", "# build\n");
        write(".git/x.md", "# git\n");
        write(".github/y.md", "# github\n");
        write("binary.md", new byte[] {'#', ' ', 0, '\n'});
        write("latin1.md", "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try {
            write("name\nwith newline.md", "# newline\n");
        } catch (IOException | RuntimeException e) {
            // a file system without such names: the rest still counts
        }
        Path big = repo.resolve("incidents/RB-999-BIG.md");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[(int) RepositoryScanner.MAX_FILE_BYTES + 1]);
        }
        Files.writeString(outside.resolve("secret.md"), "# not yours\n");
        Files.createDirectories(outside.resolve("dir"));
        assumeTrue(link("incidents/loop", repo.resolve("incidents")), "no symlinks here");
        link("guides/RB-0-link.md", repo.resolve("incidents/c0/RB-0-DOWN.md"));
        link("incidents/RB-500-OUT.md", outside.resolve("secret.md"));
        link("shared", outside.resolve("dir"));
        link("node_modules/out.md", outside.resolve("secret.md"));
        link("broken.md", repo.resolve("nowhere.md"));
        link("broken-dir", repo.resolve("nowhere"));
        link("git-link.md", repo.resolve(".git/x.md"));
        link("text-link", repo.resolve("a.txt"));
        link("templates-link", repo.resolve("templates"));

        DocumentGlobs custom = new DocumentGlobs(
                List.of(Glob.of("**/RB-*.{md,MD}"), Glob.of("./incidents/**")),
                List.of(Glob.of("{README,INDEX}.md")),
                List.of(Glob.of("templates/**")),
                List.of(Glob.of("**/*GUIDE*"), Glob.of("quick-reference/?.md")),
                List.of(Glob.of("postmortems/**")),
                List.of(Glob.of("./node_modules/**"), Glob.of("**/target/**"), Glob.of("doc-1?.md")));
        for (DocumentGlobs globs : List.of(DocumentGlobs.DEFAULT, custom)) {
            Scan listed = RepositoryScanner.list(repo, globs);
            assertThat(listed).isEqualTo(SequentialScan.list(repo, globs));
            assertThat(RepositoryScanner.scan(repo, globs)).isEqualTo(SequentialScan.scan(repo, globs));
            assertThat(listed.files()).hasSizeGreaterThan(100);
            assertThat(listed.files()).extracting(ScannedFile::path).isSorted();
            assertThat(listed.problems()).extracting(p -> p.ruleId()).contains(ProblemIds.OUTSIDE_REPOSITORY,
                    ProblemIds.TOO_LARGE, ProblemIds.UNREADABLE);
        }
        assertThat(RepositoryScanner.list(repo, DocumentGlobs.DEFAULT).files())
                .extracting(ScannedFile::path, ScannedFile::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("guides/RB-0-link.md", DocumentKind.RUNBOOK),
                        org.assertj.core.groups.Tuple.tuple("notes.MD", DocumentKind.OTHER))
                .noneMatch(t -> String.valueOf(t.toList().get(0)).contains("node_modules"));
    }

    @Test
    void markdownEndingsAreMatchedLikeTheLowerCasedPath() {
        List<String> mismatches = new java.util.ArrayList<>();
        int markdown = 0;
        for (String ending : List.of(".md", ".markdown")) {
            for (int at = 0; at < ending.length(); at++) {
                for (int c = 0; c <= 0xFFFF; c++) {
                    String path = "dir/İx" + ending.substring(0, at) + (char) c + ending.substring(at + 1);
                    String lower = path.toLowerCase(java.util.Locale.ROOT);
                    boolean expected = lower.endsWith(".md") || lower.endsWith(".markdown");
                    if (RepositoryScanner.isMarkdown(path) != expected) {
                        mismatches.add(path);
                    }
                    markdown += expected ? 1 : 0;
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // ".md" and ".markdown": the dot, both cases of each letter, and the Kelvin sign that lower-cases to k
        assertThat(markdown).isEqualTo(1 + 2 * 2 + 1 + 8 * 2 + 1);
        assertThat(RepositoryScanner.isMarkdown("md")).isFalse();
        assertThat(RepositoryScanner.isMarkdown("x.MarkDown")).isTrue();
    }
}
