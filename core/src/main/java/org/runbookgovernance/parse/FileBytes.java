package org.runbookgovernance.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file's bytes, at most {@link RepositoryScanner#MAX_FILE_BYTES} + 1 of them (one more than the limit
 * says the file is too large). A regular file of known size is read into one array of that size; the
 * general bounded read allocates an 8 KiB chunk and a trimmed copy per file, a tenth of all a check allocates.
 */
final class FileBytes {

    private static final int MORE_THAN_LIMIT = (int) RepositoryScanner.MAX_FILE_BYTES + 1;

    private FileBytes() {
    }

    static byte[] read(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return read(channel);
        }
    }

    /** Reads the channel from its position to its end or the limit; its size is only a hint. */
    static byte[] read(SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        if (size <= 0 || size > RepositoryScanner.MAX_FILE_BYTES) {
            // Size unknown (special files say 0) or over the limit: the general read, bounded all the same.
            return Channels.newInputStream(channel).readNBytes(MORE_THAN_LIMIT);
        }
        byte[] bytes = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) <= 0) {
                return Arrays.copyOf(bytes, buffer.position()); // it shrank since its size was read
            }
        }
        ByteBuffer next = ByteBuffer.allocate(1);
        if (channel.read(next) <= 0) {
            return bytes;
        }
        // It grew since its size was read: the rest the general way, still bounded.
        byte[] rest = Channels.newInputStream(channel).readNBytes(MORE_THAN_LIMIT - bytes.length - 1);
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = next.get(0);
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }
}
