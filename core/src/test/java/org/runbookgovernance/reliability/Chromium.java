package org.runbookgovernance.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian package {@code chromium}) as the index's DashboardBrowserTest runs it: skipped
 * locally without it, a failure in CI (CI=true), where {@code .ci/run} installs it.
 */
final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** The DOM after the page loaded and ran whatever scripts it has. */
    static String dumpDom(Path temp, Path page) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("/usr/bin/chromium is missing in CI; install it with `apt-get install -y chromium`");
            }
            Assumptions.abort("/usr/bin/chromium is not installed (apt-get install -y chromium)");
        }
        List<String> command = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + temp.resolve("profile"),
                "--dump-dom", page.toUri().toString());
        Path out = temp.resolve("chromium.out");
        Path err = temp.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertThat(process.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
