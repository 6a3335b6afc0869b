package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;

/** In-process runs that golden files cannot express: files written, terminals, help. */
class MainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path repo;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void overdueRunbook() throws IOException {
        repo = OverdueRunbook.write(tmp);
    }

    private int run(boolean terminal, Map<String, String> env, String... args) {
        return Main.run(args, new Invocation(CLOCK, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandIsKeyedByItsOwnNameAndHelpListsThemAll() {
        Invocation invocation = new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Map<String, java.util.function.Supplier<picocli.CommandLine>> commands = Main.commands(invocation);
        assertThat(commands).hasSize(11);
        commands.forEach((name, command) -> assertThat(command.get().getCommandName()).isEqualTo(name));

        assertThat(run(false, Map.of(), "--help")).isZero();
        for (String name : commands.keySet()) {
            assertThat(stdout()).containsPattern("(?m)^\\s+" + java.util.regex.Pattern.quote(name) + "\\b");
        }
    }

    @Test
    void aMistypedCommandIsAUsageErrorNamingTheCommands() {
        assertThat(run(false, Map.of(), "chek", repo.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("runbook-governance: ").contains("chek").doesNotContain("Exception");
    }

    @Test
    void outputOptionWritesTheReportAndNothingToStdout() {
        Path report = tmp.resolve("reports/governance.txt");

        int exit = run(false, Map.of(), "check", repo.toString(), "--output", report.toString(), "--fail-on", "never");

        assertThat(exit).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEmpty();
        assertThat(report).content(StandardCharsets.UTF_8).contains("incidents/RB-001-SERVICE-DOWN.md");
    }

    @Test
    void unwritableOutputIsOneLineExitTwoAndKeepsTheOldReport() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("locked"));
        Path report = Files.writeString(folder.resolve("governance.txt"), "previous report\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(folder)).as("folder really read-only (not root)").isFalse();

            int exit = run(false, Map.of(), "check", repo.toString(), "--output", report.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(stderr()).startsWith("runbook-governance: " + report + ": cannot write the report")
                    .hasLineCount(1);
            assertThat(report).hasContent("previous report");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void colourOnATerminalAndNotWithNoColor() {
        run(true, Map.of("TERM", "xterm"), "check", repo.toString());
        String coloured = stdout();
        out.reset();
        run(true, Map.of("TERM", "xterm", "NO_COLOR", "1"), "check", repo.toString());

        assertThat(coloured).contains("\u001b[");
        assertThat(stdout()).doesNotContain("\u001b[");
    }

    @Test
    void todayDefaultsToTheInjectedClock() {
        run(false, Map.of(), "check", repo.toString(), "--format", "markdown");

        assertThat(stdout()).contains("2026-11-26");
    }

    @Test
    void junitReportIsWellFormedXmlWithTheOverdueFailure() throws Exception {
        int exit = run(false, Map.of(), "check", repo.toString(), "--format", "junit");

        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(exit).isEqualTo(1);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(document.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type")
                .getNodeValue()).isEqualTo("freshness/overdue");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run(false, Map.of(), "--help")).isZero();
        assertThat(run(false, Map.of(), "check", "--help")).isZero();
        assertThat(run(false, Map.of(), "--version")).isZero();

        assertThat(stdout()).contains("Usage: runbook-governance", "check", "review-plan", "--fail-on",
                "Does not change the exit code", "runbook-governance 0.1.0");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void rulesListsEveryRegisteredRuleWithLevelAndDocsPage() {
        assertThat(run(false, Map.of(), "rules")).isZero();

        for (Rule rule : RuleRegistry.standard().rules()) {
            assertThat(stdout()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(rule.id()) + " +"
                    + rule.defaultLevel().label() + " +" + java.util.regex.Pattern.quote(rule.docsPath()) + " ");
        }
    }
}
