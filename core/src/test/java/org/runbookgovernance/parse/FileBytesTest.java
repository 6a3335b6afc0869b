package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bounded read gives exactly the file's bytes, or one more than the limit, whatever the size says. */
class FileBytesTest {

    private static final int LIMIT = (int) RepositoryScanner.MAX_FILE_BYTES;

    static Stream<Integer> lengths() {
        return Stream.of(0, 1, 4_700, 8_192, 8_193, 100_000, LIMIT, LIMIT + 1, LIMIT + 5_000);
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void filesOfEverySizeAreReadWholeUpToOneMoreThanTheLimit(int length, @TempDir Path dir) throws IOException {
        byte[] content = bytes(length);
        Path file = dir.resolve("RB-001.md");
        Files.write(file, content);
        assertThat(FileBytes.read(file)).isEqualTo(Arrays.copyOf(content, Math.min(length, LIMIT + 1)));
    }

    @Test
    void aSizeThatUnderstatesOrOverstatesTheContentIsOnlyAHint() throws IOException {
        for (int length : new int[] {0, 1, 10, 5_000, 9_000, LIMIT, LIMIT + 3}) {
            byte[] content = bytes(length);
            byte[] expected = Arrays.copyOf(content, Math.min(length, LIMIT + 1));
            for (long claimed : new long[] {0, 1, length / 2, length - 1L, length, length + 1L, length * 2L + 7}) {
                assertThat(FileBytes.read(new Lying(content, claimed))).as("%d bytes said to be %d", length, claimed)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aFileWhoseSizeIsUnknownIsStillRead() throws IOException {
        Path status = Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(status), "a Linux /proc file");
        assertThat(Files.size(status)).isZero();
        assertThat(new String(FileBytes.read(status), java.nio.charset.StandardCharsets.US_ASCII)).contains("Name:");
    }

    private static byte[] bytes(int length) {
        byte[] b = new byte[length];
        new Random(length).nextBytes(b);
        return b;
    }

    /** A channel over fixed bytes that reports a size of its choosing, like a file that changed meanwhile. */
    private static final class Lying implements SeekableByteChannel {
        private final byte[] content;
        private final long claimedSize;
        private int position;

        Lying(byte[] content, long claimedSize) {
            this.content = content;
            this.claimedSize = claimedSize;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= content.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), Math.min(content.length - position, 3_000)); // short reads too
            dst.put(content, position, n);
            position += n;
            return n;
        }

        @Override
        public long size() {
            return claimedSize;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) newPosition;
            return this;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
