package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.CONFIG;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.rule;
import static org.runbookgovernance.rules.alerts.AlertFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.ReaderProblemCases;

/** {@code alerts/rule-files-not-found}: a rule-file glob someone named matches no file. */
class RuleFilesNotFoundTest {

    @TempDir
    Path root;

    @Test
    void reportsTheCollectorsProblemsOfItsIdOnly() {
        ReaderProblemCases.assertReportsItsOwnProblemsOnly(new RuleFilesNotFound());
    }

    @Test
    void theLevelCanBeChanged() {
        ReaderProblemCases.assertLevelCanBeChanged(new RuleFilesNotFound());
    }

    @Test
    void globsThatMatchAreNoFinding() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/api.yml", "groups:\n- name: api\n  rules:\n" + rule("ApiDown", "critical", null));

        assertThat(check(new RuleFilesNotFound(), FixtureRepository.load(root).inventory())).isEmpty();
    }

    @Test
    void configuredGlobsAreAlternativesSoOneThatMatchesIsEnough() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG.replace("\"rules/*.yml\"", "\"rules/*.yml\", \"prometheus/*.yml\""));
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/api.yml", "groups:\n- name: api\n  rules:\n" + rule("ApiDown", "critical", null));

        assertThat(engineFindings()).isEmpty();
    }

    @Test
    void whenNoConfiguredGlobMatchesEachIsAWarningAtTheRepository() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG.replace("\"rules/*.yml\"", "\"rules/*.yml\", \"prometheus/*.yml\""));
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");

        // in report order: the same position, so by message
        assertThat(engineFindings()).extracting(Finding::level, Finding::position, Finding::message).containsExactly(
                        tuple(Level.WARNING, SourcePosition.file("."), "rule files not found: `prometheus/*.yml` in "
                                + "alerts.rule_files matches no file in the repository; correct the path, or remove it "
                                + "from alerts.rule_files."),
                        tuple(Level.WARNING, SourcePosition.file("."), "rule files not found: `rules/*.yml` in "
                                + "alerts.rule_files matches no file in the repository; correct the path, or remove it "
                                + "from alerts.rule_files."));
    }

    /** This rule's findings of a whole check: the engine names the configured globs to the collector. */
    private List<Finding> engineFindings() {
        return Governance.standard().check(CheckRequest.of(root, ConfigLoader.load(root, null), Docs.TODAY))
                .findings().stream().filter(f -> f.ruleId().equals(RuleFilesNotFound.ID)).toList();
    }
}
