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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-style runs over two sibling checkouts, runbooks in {@code runbooks/} (the working directory) and
 * alert rules in {@code monitoring/}: the exact report and exit code, with the temporary folder written
 * {@code <TMP>}.
 */
class RuleFilesOutsideTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void siblingCheckouts() throws IOException {
        Path runbook = tmp.resolve("runbooks/incidents/RB-001-SERVICE-DOWN.md");
        Files.createDirectories(runbook.getParent());
        Files.copy(Path.of("src/test/resources/cases/clean/repo/incidents/RB-001-SERVICE-DOWN.md"), runbook);
        Path rules = tmp.resolve("monitoring/rules/service.yaml");
        Files.createDirectories(rules.getParent());
        Files.writeString(rules, """
                groups:
                  - name: service
                    rules:
                      - alert: ServiceDown
                        expr: up{job="marketplace"} == 0
                        labels:
                          severity: critical
                        annotations:
                          runbook_url: incidents/RB-001-SERVICE-DOWN.md
                      - alert: QueueStuck
                        expr: queue_depth > 1000
                        labels:
                          severity: critical
                """);
    }

    @Test
    void rulesInASiblingCheckoutAreReadAndReportedUnderThePathAsGiven() {
        int exit = check("--rules", "../monitoring/rules/*.yaml", "--rules", "../monitoring/alerts/*.yaml", ".");

        assertThat(stdout()).isEqualTo("""
                .
                  .  warning  alerts/rule-files-not-found  rule files not found: `../monitoring/alerts/*.yaml` in\
                 --rules matches no file (`../` is relative to the working directory, `<TMP>/runbooks`); correct the\
                 path, or remove it from --rules.

                ../monitoring/rules/service.yaml
                  ../monitoring/rules/service.yaml:10  error  alerts/alert-without-runbook  alert without runbook:\
                 `QueueStuck` (severity `critical`) has no `annotations.runbook_url`; write a runbook for it and set\
                 `annotations.runbook_url` to its URL or path.

                1 error, 1 warning, 0 info in 1 runbook (2 files with findings)
                """);
        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void theSameRulesInTheConfigAreReadTheSameWayAndAnAlternativeThatMatchesNothingIsFine() throws IOException {
        Files.writeString(tmp.resolve("runbooks/.runbook-governance.yml"),
                "alerts:\n  rule_files: [\"../monitoring/rules/**/*.yaml\", \"alerts/*.yml\"]\n");

        int exit = check(".");

        assertThat(stdout()).contains("../monitoring/rules/service.yaml:10  error  alerts/alert-without-runbook")
                .doesNotContain("rule files not found").doesNotContain(tmp.toString());
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void configGlobsOfWhichNoneMatchesAreEachReported() throws IOException {
        Files.writeString(tmp.resolve("runbooks/.runbook-governance.yml"),
                "alerts:\n  rule_files: [\"../monitoring/rule/*.yaml\", \"alerts/*.yml\"]\n");

        int exit = check(".");

        assertThat(stdout()).contains("rule files not found: `alerts/*.yml` in alerts.rule_files matches no file in the"
                + " repository;", "rule files not found: `../monitoring/rule/*.yaml` in alerts.rule_files matches no file");
        assertThat(exit).isZero();
    }

    @Test
    void withoutRuleFilesNamedTheDefaultsFindingNothingIsNoFinding() {
        int exit = check(".");

        assertThat(stdout()).isEqualTo("✓ no findings in 1 runbook\n");
        assertThat(exit).isZero();
    }

    private int check(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "check";
        all[1] = "--no-git";
        System.arraycopy(args, 0, all, 2, args.length);
        // "." is the repository, resolved against the working directory as a shell would
        for (int i = 2; i < all.length; i++) {
            if (all[i].equals(".")) {
                all[i] = tmp.resolve("runbooks").toString();
            }
        }
        return Main.run(all, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, tmp.resolve("runbooks")));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace(tmp.toString(), "<TMP>");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
