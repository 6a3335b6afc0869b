package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;
import picocli.CommandLine;

/** A rule that throws costs its own findings only: the report is written, the rest is kept, and the exit is 2. */
class RuleFailureTest {

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

    @Test
    void theReportIsWrittenWithEveryOtherRulesFindingsAndOneLineSaysWhichRuleFailed() throws IOException {
        Path report = tmp.resolve("out/report.json");

        int exit = check("--no-git", "--format", "json", "--output", report.toString(), "--fail-on", "never");

        assertThat(exit).as("a run in which a rule could not judge is no verdict, whatever --fail-on says")
                .isEqualTo(2);
        String json = Files.readString(report);
        assertThat(json).contains("\"governance/rule-failed\"", "\"freshness/overdue\"",
                "rule failed: `test/always-fails` threw IllegalStateException (a bug in a rule) at "
                        + "RuleFailureTest$AlwaysFails.check(RuleFailureTest.java:");
        assertThat(stderr().lines().toList()).singleElement().asString()
                .startsWith("runbook-governance: rule failed: `test/always-fails` threw IllegalStateException");
    }

    @Test
    void onStdoutTheTextReportStillEndsWithItsSummary() {
        int exit = check("--no-git");

        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).contains("governance/rule-failed", "freshness/overdue").doesNotContain("✓");
        assertThat(stderr()).contains("`test/always-fails`");
    }

    private int check(String... options) {
        Invocation invocation = new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        CheckCommand command = new CheckCommand(invocation) {
            @Override
            RuleRegistry registry() {
                List<Rule> rules = new ArrayList<>(RuleRegistry.standard().rules());
                rules.add(3, new AlwaysFails());
                return RuleRegistry.of(rules);
            }
        };
        List<String> args = new ArrayList<>(List.of(options));
        args.add(repo.toString());
        return new CommandLine(command).execute(args.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class AlwaysFails implements Rule {

        @Override
        public String id() {
            return "test/always-fails";
        }

        @Override
        public Level defaultLevel() {
            return Level.ERROR;
        }

        @Override
        public String summary() {
            return "fails";
        }

        @Override
        public void check(Inventory inventory, Findings findings) {
            throw new IllegalStateException("a bug in a rule");
        }
    }
}
