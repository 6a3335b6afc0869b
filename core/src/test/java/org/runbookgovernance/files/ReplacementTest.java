package org.runbookgovernance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplacementTest {

    @TempDir
    Path tmp;

    @Test
    void aNewFileGetsTheModeAnyNewFileGetsNotOwnerOnly() throws IOException {
        Path plain = tmp.resolve("plain.txt");
        Files.newOutputStream(plain, StandardOpenOption.CREATE_NEW).close();
        Path report = tmp.resolve("report.json");

        Replacement.write(report, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(report).hasContent("{}");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(tmp.toFile().list()).containsExactlyInAnyOrder("plain.txt", "report.json");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        for (String mode : new String[] {"rw-r-----", "rw-rw-rw-", "rw-------"}) {
            Path index = tmp.resolve("README-" + mode + ".md");
            Files.writeString(index, "old index, longer than the new one\n");
            Files.setPosixFilePermissions(index, PosixFilePermissions.fromString(mode));

            Replacement.write(index, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

            assertThat(index).hasContent("new");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo(mode);
        }
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTempFile() throws IOException {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "previous\n");

        assertThatThrownBy(() -> Replacement.write(report, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(report).hasContent("previous");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void theContentIsClosedAfterWritingAndCanBeLarge() throws IOException {
        Path report = tmp.resolve("large.txt");
        byte[] large = new byte[3 << 20];
        java.util.Arrays.fill(large, (byte) 'x');
        OutputStream[] seen = new OutputStream[1];

        Replacement.write(report, out -> {
            seen[0] = out;
            out.write(large);
        });

        assertThat(Files.size(report)).isEqualTo(large.length);
        assertThatThrownBy(() -> seen[0].write(1)).isInstanceOf(IOException.class);
    }
}
