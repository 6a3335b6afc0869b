package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} on a copy of the sample repository, with the seed's index settings in a config file. */
class IndexCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final String INDEX_SECTION = """

            index:
              categories:
                "Database Issues": {title: "Database Issues (P0-P2)"}
                "Infrastructure & Resource Issues": {title: "Infrastructure & Resource Issues (P1-P2)"}
              symptom_order: [RB-001, RB-003, RB-002, RB-005, RB-010, RB-012, RB-007]
              sections:
                templates: ["templates/INCIDENT_REPORT_TEMPLATE.md", "**"]
            """;

    @TempDir
    Path tmp;

    private Path repo;
    private Path config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void sample() throws IOException {
        Path sample = Path.of("..", "runbooks");
        repo = tmp.resolve("runbooks");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path p : files.toList()) {
                Path to = repo.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String sampleConfig = Files.readString(repo.resolve(".runbook-governance.yml"));
        config = tmp.resolve("config.yml");
        Files.writeString(config, sampleConfig.contains("\nindex:") ? sampleConfig : sampleConfig + INDEX_SECTION);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = Stream.concat(Stream.of("index", repo.toString(), "--config", config.toString(), "--no-git"),
                Stream.of(args)).toArray(String[]::new);
        return Main.run(all, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkPassesAndWriteLeavesTheSampleByteIdentical() throws IOException {
        byte[] before = Files.readAllBytes(repo.resolve("README.md"));

        assertThat(run("--check")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout()).isEqualTo("index up to date: README.md\n");
        assertThat(run("--write")).isZero();
        assertThat(Files.readAllBytes(repo.resolve("README.md"))).isEqualTo(before);
    }

    @Test
    void aRunbookAddedWithoutRegeneratingFailsTheCheckByNameUntilWritten() throws IOException {
        Files.writeString(repo.resolve("incidents/RB-013-QUEUE-BACKLOG.md"), """
                # RB-013: Kafka Consumer Backlog

                **ID:** RB-013
                **Severity:** P2
                **Category:** Performance Issues
                **Description:** Consumer lag growing
                """);

        assertThat(run("--check")).isEqualTo(1);
        assertThat(stdout()).contains("README.md:54 error index/out-of-date\n  index out of date: region `directory` "
                        + "differs from the index generated from runbook metadata (runbook `RB-013` is not in the index)")
                .contains("--- a/README.md\n+++ b/README.md\n")
                .contains("+| [RB-013](./incidents/RB-013-QUEUE-BACKLOG.md) | Kafka Consumer Backlog | P2 | "
                        + "Consumer lag growing |");

        assertThat(run("--write")).isZero();
        assertThat(stdout()).isEqualTo("index written: README.md\n");
        assertThat(Files.readString(repo.resolve("README.md"))).contains("[RB-013](./incidents/RB-013-QUEUE-BACKLOG.md)");
        assertThat(run("--check")).isZero();
    }

    @Test
    void formatsPrintOrWriteTheIndex() throws IOException {
        assertThat(run("--format", "json")).isZero();
        assertThat(stdout()).contains("\"ServiceDown\": \"incidents/RB-001-SERVICE-DOWN.md\"");
        assertThat(run("--format", "openmetrics")).isZero();
        assertThat(stdout()).contains("runbook_governance_alerts_total 7\n").endsWith("# EOF\n");
        assertThat(run("--format", "md")).isZero();
        assertThat(stdout()).startsWith("# Runbook Index\n").contains("#### Database Issues (P0-P2)");
        Path html = tmp.resolve("dashboard.html");
        assertThat(run("--format", "html", "--output", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("<svg").contains("badge overdue").doesNotContain("<script");
    }

    @Test
    void withoutMarkersWriteIsBadInput() throws IOException {
        Files.writeString(repo.resolve("README.md"), "# Runbooks\n");

        assertThat(run("--write")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no index document with markers");
        assertThat(run("--format", "yaml")).isEqualTo(2);
    }
}
