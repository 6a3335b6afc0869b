package org.runbookgovernance.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;

/** A checkout whose runbooks live in {@code docs/runbooks}, as in Kubernetes-style monitoring repositories. */
class RepositoryOwnersTest {

    @TempDir
    Path checkout;

    private Path runbooks;

    @BeforeEach
    void checkoutWithOwnersFiles() throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        runbooks = Files.createDirectories(checkout.resolve("docs/runbooks"));
        Files.createDirectories(runbooks.resolve("storage"));
        write("OWNERS_ALIASES", """
                aliases:
                  monitoring-approvers:
                    - ana
                    - bo
                  storage-reviewers:
                    - cy
                """);
        write("OWNERS", """
                filters:
                  ".*":
                    approvers:
                      - monitoring-approvers
                """);
        write("docs/runbooks/storage/OWNERS", """
                reviewers:
                  - storage-reviewers
                """);
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(checkout.resolve(path), text);
    }

    @Test
    void theNearestOwnersFileWithApproversNamesTheAliasMembers() {
        RepositoryOwners.Read read = RepositoryOwners.read(runbooks, List.of("DiskFull.md", "storage/VolumeStuck.md"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.byPath().get("DiskFull.md"))
                .isEqualTo(new Owner(List.of("ana", "bo"), OwnerSource.OWNERS_FILE, "../../OWNERS"));
        assertThat(read.byPath().get("storage/VolumeStuck.md")).as("reviewers only when no approvers")
                .isEqualTo(new Owner(List.of("cy"), OwnerSource.OWNERS_FILE, "storage/OWNERS"));
    }

    @Test
    void codeOwnersComesBeforeOwnersFilesAndAPathItDoesNotCoverFallsThrough() throws IOException {
        Files.createDirectories(checkout.resolve(".github"));
        write(".github/CODEOWNERS", "/docs/runbooks/storage/ @acme/storage\n");

        RepositoryOwners.Read read = RepositoryOwners.read(runbooks, List.of("DiskFull.md", "storage/VolumeStuck.md"));

        assertThat(read.byPath().get("storage/VolumeStuck.md"))
                .isEqualTo(new Owner(List.of("@acme/storage"), OwnerSource.CODEOWNERS, "../../.github/CODEOWNERS"));
        assertThat(read.byPath().get("DiskFull.md").source()).isEqualTo(OwnerSource.OWNERS_FILE);
    }

    @Test
    void aBrokenOwnersFileIsAProblemNamingItsLineNotACrash() throws IOException {
        write("docs/runbooks/storage/OWNERS", "reviewers:\n  - cy\n approvers: [\n");
        write("OWNERS_ALIASES", "aliases: just-a-string\n");

        RepositoryOwners.Read read = RepositoryOwners.read(runbooks, List.of("storage/VolumeStuck.md"));

        assertThat(read.problems()).extracting(Problem::position).contains(SourcePosition.file("../../OWNERS_ALIASES"))
                .anySatisfy(p -> assertThat(p.path()).isEqualTo("storage/OWNERS"));
        assertThat(read.problems().stream().filter(p -> p.position().path().equals("storage/OWNERS")).findFirst()
                .orElseThrow().position().line()).isPositive();
        assertThat(read.byPath().get("storage/VolumeStuck.md").names()).as("aliases are shown by name")
                .containsExactly("monitoring-approvers");
    }

    @Test
    void anOwnerFileLargerThanTheLimitIsSkippedAndSaidSo() throws IOException {
        write("OWNERS", "approvers:\n" + "  - someone\n".repeat((int) (RepositoryOwners.MAX_BYTES / 12) + 1));

        RepositoryOwners.Read read = RepositoryOwners.read(runbooks, List.of("DiskFull.md"));

        assertThat(read.byPath()).isEmpty();
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("larger than 1024 KiB"));
    }

    @Test
    void outsideGitTheCheckedFolderIsTheRoot() throws IOException {
        Files.delete(checkout.resolve(".git"));
        RepositoryOwners.Read read = RepositoryOwners.read(runbooks, List.of("DiskFull.md", "storage/VolumeStuck.md"));
        assertThat(read.byPath()).containsOnlyKeys("storage/VolumeStuck.md");
        assertThat(read.byPath().get("storage/VolumeStuck.md").names()).containsExactly("storage-reviewers");
    }
}
