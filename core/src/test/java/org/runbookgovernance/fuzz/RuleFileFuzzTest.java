package org.runbookgovernance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.AlertCollector;
import org.runbookgovernance.alerts.AlertLoad;
import org.runbookgovernance.alerts.AlertSettings;

/** Prometheus rule files as written to disk: never a throw, every alert and problem inside the file. */
class RuleFileFuzzTest {

    private static final String RULE_FILE = "alerts/generated.yml";

    @TempDir
    static Path root;

    @FuzzTest(maxDuration = "10s")
    void ruleFile(FuzzedDataProvider data) throws IOException {
        byte[] content = data.consumeRemainingAsBytes();
        Path file = root.resolve(RULE_FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, content);

        AlertLoad load = AlertCollector.collect(root, AlertSettings.DEFAULT, List.of(), null);

        assertThat(AlertCollector.collect(root, AlertSettings.DEFAULT, List.of(), null))
                .as("the same file, the same alerts and problems").isEqualTo(load);
        int lines = Invariants.lineCount(content);
        assertThat(load.alerts()).allSatisfy(a -> {
            Invariants.positionInside(a.position(), RULE_FILE, lines);
            assertThat(a.name()).isNotNull();
        });
        assertThat(load.problems()).allSatisfy(p -> {
            Invariants.positionInside(p.position(), RULE_FILE, lines);
            assertThat(p.message()).isNotBlank().doesNotContain(root.toString());
        });
    }
}
