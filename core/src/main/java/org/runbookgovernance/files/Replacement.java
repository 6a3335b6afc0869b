package org.runbookgovernance.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * How a file the user owns is written: into a hidden file beside it, which is then moved over it (atomically
 * where the file system allows), so a reader or a crash never sees half a file and a failure leaves the old
 * one as it was. The file ends up with the permissions it had, or, when new, with those any program's new
 * file gets (the umask applies): not the owner-only mode of {@code Files.createTempFile}.
 */
public final class Replacement {

    /** What goes into the file; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Random NAMES = new SecureRandom();

    private Replacement() {
    }

    /** Writes {@code content} as the whole of {@code target}, which may or may not exist yet; its folder must. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = create(target);
        try {
            // Not through a link someone put in its place since it was made.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp); // gone already after the move; left only by a failure
            } catch (IOException ignored) {
                // a leftover hidden file is harmless; the failure that left it is what the user needs to see
            }
        }
    }

    /** A new empty hidden file beside {@code target}, with the permissions {@code target} has or would get. */
    private static Path create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(NAMES.nextLong(), 36)
                    + ".tmp");
            try {
                // CREATE_NEW with no explicit mode: the file system's default for a new file, as the umask says
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try {
                keepPermissions(target, temp);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return temp;
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (old != null && fresh != null) {
            fresh.setPermissions(old.readAttributes().permissions());
        }
    }
}
