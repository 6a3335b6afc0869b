package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.CONFIG;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.rule;
import static org.runbookgovernance.rules.alerts.AlertFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReaderProblemCases;

/** {@code alerts/malformed-rule-file}: an alert rule file Prometheus could not load either. */
class MalformedRuleFileTest {

    @TempDir
    Path root;

    @Test
    void reportsTheReadersProblemsOfItsIdOnly() {
        ReaderProblemCases.assertReportsItsOwnProblemsOnly(new MalformedRuleFile());
    }

    @Test
    void theLevelCanBeChanged() {
        ReaderProblemCases.assertLevelCanBeChanged(new MalformedRuleFile());
    }

    @Test
    void cleanRuleFilesAreNoFinding() {
        ReaderProblemCases.assertNothingWithoutProblems(new MalformedRuleFile());
    }

    @Test
    void eachBrokenFileIsOneErrorAtItsLineAndTheOthersStillCount() {
        Inventory inventory = FixtureRepository.load(FixtureRepository.resource("broken")).inventory();

        assertThat(check(new MalformedRuleFile(), inventory)).extracting(Finding::level, f -> f.position().path())
                .containsExactly(tuple(Level.ERROR, "alerts/bomb.yml"), tuple(Level.ERROR, "alerts/malformed.yml"));
        assertThat(check(new MalformedRuleFile(), inventory)).filteredOn(f -> f.position().path().endsWith("malformed.yml"))
                .singleElement().satisfies(f -> {
                    assertThat(f.position().line()).isEqualTo(8);
                    assertThat(f.message()).startsWith("malformed rule file: invalid YAML:")
                            .endsWith("; fix the YAML so Prometheus can load `alerts/malformed.yml`.");
                });
    }

    @Test
    void aFileOfValidRulesBesideABrokenOneIsNotReported() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/good.yml", "groups:\n- name: api\n  rules:\n" + rule("ApiDown", "critical", null));
        write(root, "rules/torn.yml", "groups:\n- name: api\n  rules:\n    - alert: [ApiSlow\n");

        assertThat(check(new MalformedRuleFile(), FixtureRepository.load(root).inventory()))
                .extracting(f -> f.position().path()).containsExactly("rules/torn.yml");
    }
}
