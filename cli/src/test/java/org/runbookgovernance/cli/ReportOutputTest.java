package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.BadInputException;

class ReportOutputTest {

    @TempDir
    Path tmp;

    @Test
    void createsParentFoldersAndReplacesAnExistingReport() throws IOException {
        Path report = tmp.resolve("reports/nested/governance.json");

        ReportOutput.writeAtomically(report, "{\"first\": true}\n");
        ReportOutput.writeAtomically(report, "{\"second\": true}\n");

        assertThat(report).hasContent("{\"second\": true}");
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertThat(left).as("no temp file left behind").containsExactly(report);
        }
    }

    @Test
    void writesUtf8WhateverThePlatformDefault() throws IOException {
        Path report = tmp.resolve("report.txt");

        ReportOutput.writeAtomically(report, "✅ RB-001 fresh\n");

        assertThat(Files.readAllBytes(report)).isEqualTo("✅ RB-001 fresh\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void leavesTheOldReportIntactWhenTheFolderIsReadOnly() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("locked"));
        Path report = folder.resolve("report.txt");
        Files.writeString(report, "previous report\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions: then there is nothing to observe
            assumeThat(Files.isWritable(folder)).as("folder really read-only (not root)").isFalse();

            assertThatThrownBy(() -> ReportOutput.writeAtomically(report, "new report\n"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(report.toString())
                    .hasMessageContaining("cannot write the report")
                    .hasMessageContaining("left unchanged");
            assertThat(report).hasContent("previous report");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failsWithTheFileNamedWhenAFileIsInTheWayOfTheFolder() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("not-a-folder-parent"));
        Path blocker = Files.writeString(folder.resolve("file"), "x");
        // a regular file where a folder is needed: createDirectories fails whatever the user
        Path report = blocker.resolve("report.txt");

        assertThatThrownBy(() -> ReportOutput.writeAtomically(report, "text"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(report + ": cannot write the report");
        assertThat(blocker).hasContent("x");
    }

    @Test
    void aNewReportIsReadableAsAnyNewFileAndAReplacedOneKeepsItsMode() throws IOException {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path report = tmp.resolve("out/report.json");

        ReportOutput.write(out -> out.write("{}\n"), report, null);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        ReportOutput.write(out -> out.write("{\"again\": true}\n"), report, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        assertThat(report).hasContent("{\"again\": true}");
    }

    @Test
    void aFileAndStdoutBothGetTheBytesAsTheyAre() throws IOException {
        Path report = tmp.resolve("report.json");
        byte[] utf8 = "bytes é 🚨\n".getBytes(StandardCharsets.UTF_8);
        ReportOutput.Bytes bytes = out -> out.write(utf8);

        ReportOutput.writeBytes(bytes, report, null);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ReportOutput.writeBytes(bytes, null, new PrintStream(printed, false, StandardCharsets.UTF_8));

        assertThat(Files.readAllBytes(report)).isEqualTo(utf8);
        assertThat(printed.toByteArray()).isEqualTo(utf8);
    }

    @Test
    void aByteWriterThatFailsLeavesTheOldReportAndNoTempFile() throws IOException {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "previous\n");

        assertThatThrownBy(() -> ReportOutput.writeBytesAtomically(report, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(BadInputException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining("left unchanged");
        assertThatThrownBy(() -> ReportOutput.writeBytesAtomically(report, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("renderer bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(report).hasContent("previous");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("no temp file left behind").containsExactly(report);
        }
    }

    @Test
    void textForAFileIsStillEncodedStrictly() {
        Path report = tmp.resolve("report.txt");

        // a lone surrogate cannot be UTF-8: as with Files.newBufferedWriter, that fails instead of writing '?'
        assertThatThrownBy(() -> ReportOutput.writeAtomically(report, "lone \ud800\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("cannot write the report");
        assertThat(report).doesNotExist();
    }
}
