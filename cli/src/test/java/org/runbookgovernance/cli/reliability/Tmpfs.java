package org.runbookgovernance.cli.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small RAM file system mounted for one test, so "disk full" and "read-only folder" are real kernel errors
 * (ENOSPC, EROFS) rather than mocks. Needs root (CI runs as root); elsewhere the test is skipped, saying why.
 */
final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "64k") on the existing empty folder. */
    static Tmpfs mount(Path folder, String size) throws IOException, InterruptedException {
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", folder.toString());
        Assumptions.assumeTrue(exit == 0, "mounting a tmpfs needs root; run as root (as CI does) to test disk faults");
        return new Tmpfs(folder);
    }

    /** From now on every write fails with EROFS, for root too. */
    void readOnly() throws IOException, InterruptedException {
        if (run("mount", "-o", "remount,ro", mountPoint.toString()) != 0) {
            throw new IllegalStateException("cannot remount " + mountPoint + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
