package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.ReaderUse.Outcome;

/** The rule file seam: the switch, a fast path that gives up, and one that throws, each counted. */
class RuleFileSeamTest {

    private static final String RULES = """
            groups:
              - name: storage
                rules:
                  - alert: DiskFilling
                    expr: disk_free < 0.1
                    labels:
                      severity: critical
                    annotations:
                      runbook_url: https://runbooks.example/RB-007.md
                  - record: job:disk:sum
                    expr: sum(disk)
            """;

    private final AlertSettings settings = AlertSettings.from(Config.DEFAULT, List.of(), java.util.Map.of());

    private Outcome read(Path file, AlertCollector.FastRuleFileRead fastPath, List<Alert> alerts,
                         List<Problem> problems) {
        return AlertCollector.readRuleFile("alerts/storage.rules.yml", file, settings, new SharedAlertParts(), alerts,
                problems, fastPath);
    }

    @Test
    void aFastPathThatThrowsIsCountedAndSnakeyamlReadsTheFile(@TempDir Path root) throws IOException {
        Path file = Files.writeString(root.resolve("storage.rules.yml"), RULES);
        List<Alert> library = new ArrayList<>();
        List<Alert> afterFailure = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();

        assertThat(read(file, null, library, problems)).isEqualTo(Outcome.LIBRARY);
        assertThat(read(file, (f, reader, s) -> {
            throw new IllegalStateException("a bug in the fast path");
        }, afterFailure, problems)).isEqualTo(Outcome.FAILURE);

        assertThat(afterFailure).isEqualTo(library).extracting(Alert::name).containsExactly("DiskFilling");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFastPathThatGivesUpIsAFallback(@TempDir Path root) throws IOException {
        Path file = Files.writeString(root.resolve("storage.rules.yml"), RULES);
        List<Alert> alerts = new ArrayList<>();
        assertThat(read(file, (f, reader, s) -> Optional.empty(), alerts, new ArrayList<>())).isEqualTo(Outcome.FALLBACK);
        assertThat(alerts).extracting(Alert::name).containsExactly("DiskFilling");
    }

    @Test
    void theLoadCountsFallbacksAndTheSwitchTurnsTheFastPathOff(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("alerts"));
        Files.writeString(root.resolve("alerts/storage.rules.yml"), RULES);
        // An anchor is outside the fast path's subset: snakeyaml reads this one.
        Files.writeString(root.resolve("alerts/anchored.rules.yml"), RULES.replace("severity: critical",
                "severity: &sev critical"));

        AlertLoad fast = AlertCollector.startReadingRuleFiles(root, settings).join();
        String before = System.getProperty(FastPaths.PROPERTY);
        System.setProperty(FastPaths.PROPERTY, "off");
        AlertLoad library;
        try {
            library = AlertCollector.startReadingRuleFiles(root, settings).join();
        } finally {
            if (before == null) {
                System.clearProperty(FastPaths.PROPERTY);
            } else {
                System.setProperty(FastPaths.PROPERTY, before);
            }
        }

        assertThat(FastPaths.on(ReaderUse.Reader.RULE_FILES) ? fast.ruleFileFallbacks() : 1).isEqualTo(1);
        assertThat(fast.ruleFileFailures()).isZero();
        assertThat(library.ruleFileFallbacks()).isZero();
        assertThat(library.alerts()).isEqualTo(fast.alerts()).hasSize(2);
        assertThat(library.problems()).isEqualTo(fast.problems()).isEmpty();
    }
}
