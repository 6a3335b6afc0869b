package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How {@code check}, {@code freshness} and {@code alerts} read their command lines: the options the docs show, and usage errors. */
class CheckOptionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final Invocation QUIET = new Invocation(CLOCK, Map.of(), System.out, System.err, false);

    @Test
    void aBareCheckTakesTheDefaults() {
        CheckCommand check = parse("check");
        assertThat(check.repository.dir).isEqualTo(Path.of("runbooks"));
        assertThat(check.reporting.format).isEqualTo("text");
        assertThat(check.reporting.failOn).isEqualTo("error");
        assertThat(check.reporting.minSeverity).isEqualTo("info");
        assertThat(check.reporting.groupBy).isEqualTo("file");
        assertThat(check.reporting.colour).isNull();
        assertThat(check.repository.noGit).isFalse();
        assertThat(check.baseline.file).isNull();
    }

    @Test
    void readsTheLinesTheDocsShow() {
        CheckCommand sarif = parse("check . --format=sarif -o runbook-governance.sarif --fail-on never");
        assertThat(sarif.repository.dir).isEqualTo(Path.of("."));
        assertThat(sarif.reporting.format).isEqualTo("sarif");
        assertThat(sarif.reporting.output).isEqualTo(Path.of("runbook-governance.sarif"));
        assertThat(sarif.reporting.failOn).isEqualTo("never");

        CheckCommand rules = parse("check runbooks --rules alerts/*.yml --rules extra/**/*.yaml "
                + "--runbook-url-map https://wiki/rb/=incidents --include incidents/**/*.md --exclude drafts/**");
        assertThat(rules.repository.alertRules).containsExactly("alerts/*.yml", "extra/**/*.yaml");
        assertThat(rules.repository.urlMap).containsExactly("https://wiki/rb/=incidents");
        assertThat(rules.repository.include).containsExactly("incidents/**/*.md");
        assertThat(rules.repository.exclude).containsExactly("drafts/**");

        CheckCommand noColour = parse("check --min-severity warning --no-color --config ops/governance.yml runbooks");
        assertThat(noColour.reporting.colour).isFalse();
        assertThat(noColour.reporting.minSeverity).isEqualTo("warning");
        assertThat(noColour.repository.config).isEqualTo(Path.of("ops/governance.yml"));
        assertThat(noColour.repository.dir).isEqualTo(Path.of("runbooks"));
        assertThat(parse("check -f junit --colour").reporting.colour).isTrue();
        assertThat(parse("check -f junit --colour").reporting.format).isEqualTo("junit");

        CheckCommand change = parse("check runbooks --changed-only --new-only --branch runbook/RB-001-service-down "
                + "--target main --no-git --no-cache --cache-dir /tmp/rg --timings --group-by rule "
                + "--baseline ci/accepted.json --today 2026-11-26");
        assertThat(change.reporting.changedOnly).isTrue();
        assertThat(change.reporting.newOnly).isTrue();
        assertThat(change.reporting.timings).isTrue();
        assertThat(change.reporting.groupBy).isEqualTo("rule");
        assertThat(change.repository.branch).isEqualTo("runbook/RB-001-service-down");
        assertThat(change.repository.target).isEqualTo("main");
        assertThat(change.repository.noGit).isTrue();
        assertThat(change.repository.noCache).isTrue();
        assertThat(change.repository.cacheDir).isEqualTo(Path.of("/tmp/rg"));
        assertThat(change.repository.today).isEqualTo("2026-11-26");
        assertThat(change.baseline.file).isEqualTo(Path.of("ci/accepted.json"));

        assertThat(parse("freshness runbooks --today 2026-11-26 --fail-on warning")).isInstanceOf(FreshnessCommand.class);
        assertThat(parse("alerts runbooks --no-git --format json")).isInstanceOf(AlertsCommand.class);
    }

    /** Each is a usage error: exit 2, one line on stderr naming the option and pointing at the command's help. */
    @Test
    void refusesRepeatsASecondFolderAndBadValuesWithOneLine() {
        Map<String, String> refused = Map.of(
                "check a b", "Unmatched argument at index 2: 'b'",
                "check --today 2026-11-26 --today 2026-11-27", "option '--today' (YYYY-MM-DD) should be specified only once",
                "check -f json --format json", "option '--format' (FORMAT) should be specified only once",
                "check --color --no-color", "option '--colour' should be specified only once",
                "check --form json", "Unknown option: '--form'",
                "check --output", "Missing required parameter for option '--output' (FILE)",
                "check --runbook-url-map =x", "--runbook-url-map: `=x` is not URL=DIR");
        for (String command : List.of("check", "freshness", "alerts")) {
            refused.forEach((line, message) -> {
                String[] args = (command + line.substring("check".length())).split(" ");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int exit = Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), false));
                String said = err.toString(StandardCharsets.UTF_8);
                assertThat(exit).as(Arrays.toString(args)).isEqualTo(2);
                assertThat(out.size()).as(Arrays.toString(args)).isZero();
                assertThat(said).as(Arrays.toString(args)).startsWith("runbook-governance: ").contains(message)
                        .endsWith("(see `runbook-governance " + command + " --help`)\n").hasLineCount(1);
            });
        }
    }

    private static CheckCommand parse(String line) {
        String[] args = line.split(" ");
        CheckCommand command = switch (args[0]) {
            case "freshness" -> new FreshnessCommand(QUIET);
            case "alerts" -> new AlertsCommand(QUIET);
            default -> new CheckCommand(QUIET);
        };
        new CommandLine(command).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return command;
    }
}
