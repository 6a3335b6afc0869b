package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * The dashboard in a real browser: headless Chromium (Debian package {@code chromium}) loads the page from a
 * file, and the rendered DOM and a screenshot are checked. Without Chromium the test is skipped locally and
 * fails in CI (CI=true), where {@code .ci/run} installs it.
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @BeforeAll
    static void needsChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("/usr/bin/chromium is missing in CI; install it with `apt-get install -y chromium`");
            }
            Assumptions.abort("/usr/bin/chromium is not installed (apt-get install -y chromium)");
        }
    }

    @Test
    void theRenderedPageShowsTheIndexAndAHostileTitleAsText(@TempDir Path temp) throws Exception {
        Path page = temp.resolve("dashboard.html");
        Files.writeString(page, dashboard(), StandardCharsets.UTF_8);

        String dom = chromium(temp, "--dump-dom", page.toUri().toString());

        assertThat(dom).contains("Runbook governance").contains("Incident Runbooks").contains("Review age by category")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("review overdue")
                .doesNotContain("<img src=\"x\"").doesNotContain("<img src=x");
        assertThat(dom).containsPattern("<svg[^>]*>");

        Path png = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(temp, "--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10 * 1024);
    }

    static String dashboard() {
        var inventory = IndexFixtures.inventory(List.of(
                IndexFixtures.runbook("RB-001", "RB-001-DOWN.md", "title=Service Completely Down", "owner=platform-sre",
                        "severity=P0", "category=Service Availability", "last_review=2026-10-28",
                        "next_review=2027-01-28", "alerts=ServiceDown", "symptoms=Service is down"),
                IndexFixtures.runbook("RB-003", "RB-003-SLOW.md", "title=" + HOSTILE, "owner=performance-team",
                        "severity=P1-P2", "category=Performance Issues", "last_review=2026-09-01",
                        "next_review=2026-12-01", "alerts=HighAPILatency"),
                IndexFixtures.runbook("RB-010", "RB-010-MEM.md", "title=Memory Leak / OOM Kills", "owner=platform-sre",
                        "severity=P1-P2", "category=Infrastructure & Resource Issues", "last_review=2026-08-20",
                        "next_review=2026-11-20", "alerts=PodMemoryHigh;OOMKilled")));
        Report report = new Report(Report.TOOL, "0.1.0", LocalDate.of(2026, 11, 26), "runbooks", List.of(), List.of(),
                List.of(new Finding("freshness/overdue", Level.ERROR, new SourcePosition("incidents/RB-010-MEM.md", 1),
                        Optional.of(RunbookId.of("RB-010")), "review overdue: `RB-010` was due for review on "
                        + "2026-11-20, 6 days ago; review it and set Last Review and Next Review.")),
                Map.of(), List.of());
        IndexSettings settings = IndexSettings.DEFAULT;
        return Dashboard.render(inventory, report, IndexGenerator.generate(inventory, settings), settings);
    }

    private static String chromium(Path temp, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + temp.resolve("profile")));
        command.addAll(List.of(args));
        Path stdout = temp.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(temp.resolve("chromium.err").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s: " + Files.readString(temp.resolve("chromium.err")));
        }
        assertThat(process.exitValue()).as("chromium exit code; stderr: %s",
                Files.readString(temp.resolve("chromium.err"))).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
