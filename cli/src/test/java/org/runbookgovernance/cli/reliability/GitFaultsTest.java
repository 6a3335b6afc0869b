package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.cli.reliability.ScratchRepository.CliRun;

/**
 * A damaged git repository (objects missing as in a partial or shallow clone, a truncated packfile) costs the
 * git-based checks, not the run: the report comes out with a note, the usual exit code, no stack trace.
 */
class GitFaultsTest {

    @TempDir
    Path tmp;

    ScratchRepository repo;
    RevCommit first;
    RevCommit second;

    @BeforeEach
    void twoCommits() throws Exception {
        repo = ScratchRepository.in(tmp);
        PersonIdent who = new PersonIdent("Runbook Author", "author@example.com",
                Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(repo.root().toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            first = git.commit().setMessage("RB-001").setAuthor(who).setCommitter(who).setSign(false).call();
            repo.write("incidents/RB-002-SLOW.md", ScratchRepository.runbook("RB-002", "Slow", ""));
            git.add().addFilepattern(".").call();
            second = git.commit().setMessage("RB-002").setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }

    private Path objectFile(ObjectId id) {
        String name = id.name();
        return repo.path(".git/objects/" + name.substring(0, 2) + "/" + name.substring(2));
    }

    /** With git: the default run, no --no-git. */
    private CliRun checkWithGit() {
        return CliRun.of("check", repo.root().toString(), "--today", ScratchRepository.TODAY, "--fail-on", "error",
                "--format", "json");
    }

    @Test
    void healthyRepositoryHasNoGitNote() {
        CliRun run = checkWithGit().exits(0);

        assertThat(run.stdout()).contains("\"notes\": []");
    }

    @Test
    void missingCommitObject() throws IOException {
        Files.delete(objectFile(first.getId()));

        CliRun run = checkWithGit().exits(0);

        assertThat(run.stdout()).contains("incidents/RB-002-SLOW.md").doesNotContain("\"notes\": []");
    }

    @Test
    void missingTreeObject() throws IOException {
        Files.delete(objectFile(second.getTree().getId()));

        CliRun run = checkWithGit().exits(0);

        assertThat(run.stdout()).contains("incidents/RB-002-SLOW.md").doesNotContain("\"notes\": []");
    }

    @Test
    void truncatedPackfile() throws Exception {
        try (Git git = Git.open(repo.root().toFile())) {
            git.gc().setAggressive(false).setPrunePreserved(true).call();
        }
        List<Path> packs;
        try (Stream<Path> files = Files.list(repo.path(".git/objects/pack"))) {
            packs = files.filter(p -> p.toString().endsWith(".pack")).toList();
        }
        assertThat(packs).isNotEmpty();
        for (Path pack : packs) {
            try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
                file.setLength(file.length() / 2);
            }
        }

        CliRun run = checkWithGit().exits(0);

        assertThat(run.stdout()).contains("incidents/RB-002-SLOW.md").doesNotContain("\"notes\": []");
    }

    @Test
    void shallowCloneBoundary() throws IOException {
        Files.delete(objectFile(first.getId()));
        Files.writeString(repo.path(".git/shallow"), second.getId().name() + "\n");

        CliRun run = checkWithGit().exits(0);

        assertThat(run.stdout()).contains("incidents/RB-002-SLOW.md");
    }
}
