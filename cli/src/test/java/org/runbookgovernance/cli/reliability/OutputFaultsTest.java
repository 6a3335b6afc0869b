package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.cli.reliability.ScratchRepository.CliRun;

/**
 * A write that fails leaves the previous report or index byte-identical, says so in one line (exit 2, no
 * stack trace) and leaves no temporary file behind. Disk full and read-only are a real tmpfs.
 */
class OutputFaultsTest {

    static final String PREVIOUS = "previous report, which must survive byte for byte\n";
    static final String README = """
            # Runbooks

            Hand-written introduction that must survive.

            <!-- runbook-governance:begin directory -->
            old generated table
            <!-- runbook-governance:end directory -->
            """;

    @TempDir
    Path tmp;

    ScratchRepository repo;
    Path disk;

    @BeforeEach
    void repository() throws IOException {
        repo = ScratchRepository.in(tmp);
        disk = Files.createDirectory(tmp.resolve("disk"));
    }

    /** Files in the folder besides {@code keep}: a leftover temp file would show up here. */
    static List<String> others(Path folder, String... keep) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !List.of(keep).contains(n)).toList();
        }
    }

    /** Fills the file system until a write fails, leaving no free block. */
    static void fill(Path folder) throws IOException {
        byte[] block = new byte[1024];
        Path filler = folder.resolve("filler");
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
        assertThat(Files.size(filler)).isPositive();
    }

    @Test
    void outputIntoReadOnlyFolder() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(disk, "1m")) {
            Path report = Files.writeString(disk.resolve("governance.txt"), PREVIOUS);
            fs.readOnly();

            CliRun run = repo.check("--output", report.toString(), "--fail-on", "never").exits(2);

            assertThat(run.stderr()).contains("cannot write the report").contains("governance.txt")
                    .contains("left unchanged").hasLineCount(1);
            assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
            assertThat(others(disk, "governance.txt")).isEmpty();
        }
    }

    @Test
    void outputOntoADirectory() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("reports/governance.txt"));
        Path inside = Files.writeString(folder.resolve("keep.txt"), PREVIOUS);
        Path empty = Files.createDirectories(tmp.resolve("reports/empty.txt"));

        for (Path target : List.of(folder, empty)) {
            CliRun run = repo.check("--output", target.toString(), "--fail-on", "never").exits(2);

            assertThat(run.stderr()).contains("cannot write the report").contains(target.getFileName().toString())
                    .hasLineCount(1);
            assertThat(target).isDirectory();
        }
        assertThat(Files.readString(inside)).isEqualTo(PREVIOUS);
        assertThat(others(tmp.resolve("reports"), "governance.txt", "empty.txt")).isEmpty();
    }

    @Test
    void outputOnFullDisk() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(disk, "64k")) {
            Path report = Files.writeString(disk.resolve("governance.json"), PREVIOUS);
            fill(disk);

            CliRun run = repo.check("--format", "json", "--output", report.toString(), "--fail-on", "never").exits(2);

            assertThat(run.stderr()).contains("cannot write the report").contains("governance.json")
                    .contains("left unchanged").hasLineCount(1);
            assertThat(Files.readAllBytes(report)).isEqualTo(PREVIOUS.getBytes(StandardCharsets.UTF_8));
            assertThat(others(disk, "governance.json", "filler")).isEmpty();
        }
    }

    @Test
    void indexWriteOnFullDisk() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(disk, "64k")) {
            ScratchRepository small = ScratchRepository.in(disk);
            Path readme = small.write("README.md", README).path("README.md");
            fill(disk);

            CliRun run = CliRun.of("index", small.root().toString(), "--write", "--no-git", "--today",
                    ScratchRepository.TODAY).exits(2);

            assertThat(run.stderr()).contains("README.md").hasLineCount(1);
            assertThat(Files.readString(readme)).isEqualTo(README);
            assertThat(others(small.root(), "README.md", "incidents")).isEmpty();
        }
    }

    @Test
    void indexWriteIntoReadOnlyFolder() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(disk, "1m")) {
            ScratchRepository small = ScratchRepository.in(disk);
            Path readme = small.write("README.md", README).path("README.md");
            fs.readOnly();

            CliRun run = CliRun.of("index", small.root().toString(), "--write", "--no-git", "--today",
                    ScratchRepository.TODAY).exits(2);

            assertThat(run.stderr()).contains("README.md").hasLineCount(1);
            assertThat(Files.readString(readme)).isEqualTo(README);
        }
    }
}
