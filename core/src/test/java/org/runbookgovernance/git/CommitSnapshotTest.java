package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked folder written from a past commit's objects, whatever the work tree holds now. */
class CommitSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheFolderAsItWasAtTheCommitWithTheOwnerFilesAboveItAndTheNamedFolders() throws IOException {
        Path project = tmp.resolve("project");
        RevCommit before;
        try (ScratchRepository repo = ScratchRepository.init(project)) {
            repo.write("OWNERS", "approvers: [sre]\n")
                    .write(".github/CODEOWNERS", "* @sre\n")
                    .write("docs/runbooks/RB-001.md", "# RB-001 as it was\n")
                    .write("docs/runbooks/img/flow.png", "not really a picture\n")
                    .write("alerts/rules.yaml", "groups: []\n")
                    .write("src/main.go", "package main\n");
            before = repo.commit("runbooks", Instant.parse("2026-11-01T10:00:00Z"));
            repo.write("docs/runbooks/RB-001.md", "# RB-001 edited\n")
                    .write("docs/runbooks/RB-002.md", "# RB-002 added later\n")
                    .commit("more", Instant.parse("2026-11-02T10:00:00Z"));
            repo.write("docs/runbooks/RB-001.md", "# RB-001 not even committed\n");
        }
        Path dir = project.resolve("docs/runbooks");

        Path root;
        try (CommitSnapshot snapshot = CommitSnapshot.write(dir, before.name(), List.of(".github/CODEOWNERS"),
                List.of("OWNERS"), List.of(project.resolve("alerts")))) {
            Path folder = snapshot.folder();
            root = folder.getParent().getParent();
            assertThat(folder.getFileName().toString()).isEqualTo("runbooks");
            assertThat(Files.readString(folder.resolve("RB-001.md"))).isEqualTo("# RB-001 as it was\n");
            assertThat(folder.resolve("RB-002.md")).doesNotExist();
            assertThat(folder.resolve("img/flow.png")).exists();
            assertThat(Files.readString(root.resolve("OWNERS"))).isEqualTo("approvers: [sre]\n");
            assertThat(root.resolve(".github/CODEOWNERS")).exists();
            assertThat(root.resolve("alerts/rules.yaml")).exists();
            assertThat(root.resolve("src")).doesNotExist();
            assertThat(root.resolve(".git")).isDirectory();
            assertThat(snapshot.place(project.resolve("alerts"))).isEqualTo(root.resolve("alerts"));
            assertThat(snapshot.place(tmp)).isEqualTo(tmp);
        }
        assertThat(root).doesNotExist();
    }

    @Test
    void theWholeTreeWhenTheFolderIsTheRepositoryRoot() throws IOException {
        Path project = tmp.resolve("project");
        RevCommit first;
        try (ScratchRepository repo = ScratchRepository.init(project)) {
            repo.write("RB-001.md", "# one\n").write("nested/deeper/RB-002.md", "# two\n");
            first = repo.commit("runbooks", Instant.parse("2026-11-01T10:00:00Z"));
        }
        try (CommitSnapshot snapshot = CommitSnapshot.write(project, first.name(), List.of(), List.of("OWNERS"),
                List.of())) {
            assertThat(snapshot.folder().resolve("RB-001.md")).hasContent("# one");
            assertThat(snapshot.folder().resolve("nested/deeper/RB-002.md")).exists();
        }
    }
}
