package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.CONFIG;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.rule;
import static org.runbookgovernance.rules.alerts.AlertFixtures.seed;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withConfig;
import static org.runbookgovernance.rules.alerts.AlertFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** {@code alerts/alert-without-runbook}: an alert of a required severity that leads to no runbook. */
class AlertWithoutRunbookTest {

    @TempDir
    Path root;

    @Test
    void seedLikeRepository() {
        assertThat(check(new AlertWithoutRunbook(), seed())).extracting(Finding::level, Finding::position,
                        f -> f.runbook().map(Object::toString).orElse(""))
                .containsExactly(tuple(Level.ERROR, new SourcePosition("alerts/resources.rules.yml", 22), ""));
    }

    @Test
    void theRequirePolicyComesFromTheConfig() {
        Inventory seed = seed();
        Map<String, Object> section = new HashMap<>(seed.config().section("alerts"));
        section.put(AlertSettings.REQUIRE, List.of("warning"));
        section.put(AlertSettings.SEVERITY_MAP, Map.of("critical", "P0-P1", "warning", "P0-P3"));

        // NodeDiskFull is critical, and only warning alerts are required now
        assertThat(check(new AlertWithoutRunbook(), withConfig(seed, seed.config().withSection("alerts", section))))
                .isEmpty();
    }

    @Test
    void aRequireSettingThatMatchesNoAlertSaysWhichSeveritiesTheAlertsCarry() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/api.yml", "groups:\n- name: api\n  rules:\n"
                + rule("ApiDown", "s1", null) + rule("ApiSlow", "s2", null) + rule("ApiErrors", "s2", null)
                + rule("ApiNoise", null, null));

        List<Finding> findings = check(new AlertWithoutRunbook(), FixtureRepository.load(root).inventory());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.position()).isEqualTo(SourcePosition.file("."));
            assertThat(f.message()).isEqualTo("no alert has a required severity: `require_runbook_for` [critical] "
                    + "matches none of the 4 alerts; their severity labels are s1 (1), s2 (2), and 1 has none. Name "
                    + "the labels that page in `alerts.require_runbook_for`, or map them to P-levels in "
                    + "`alerts.severity_map` and require those (e.g. [P0, P1]).");
        });
    }

    @Test
    void requiringMappedPLevelsFindsTheAlertsOfAnotherSchemeWithoutRunbooks() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG + "  require_runbook_for: [P0, P1]\n"
                + "  severity_map: {s1: P0, s2: P1, s3: P2, s4: P3}\n");
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/api.yml", "groups:\n- name: api\n  rules:\n"
                + rule("ApiDown", "s1", null) + rule("ApiSlow", "s3", null)
                + rule("ApiErrors", "s2", "docs/api/README.md#alerts"));

        List<Finding> findings = check(new AlertWithoutRunbook(), FixtureRepository.load(root).inventory());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).startsWith("alert without runbook: `ApiDown` (severity `s1`) has no ");
        });
    }

    @Test
    void anAlertWhoseRunbookIsMissingIsLeftToDanglingRunbookUrl() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n");
        write(root, "rules/api.yml", "groups:\n- name: api\n  rules:\n"
                + rule("ApiDown", "critical", "docs/gone/README.md") + rule("ApiSlow", "critical", null));
        Inventory inventory = FixtureRepository.load(root).inventory();

        assertThat(check(new AlertWithoutRunbook(), inventory)).extracting(Finding::message)
                .singleElement().asString().startsWith("alert without runbook: `ApiSlow` (severity `critical`)");
        assertThat(check(new DanglingRunbookUrl(), inventory)).extracting(f -> f.message())
                .singleElement().asString().contains("`docs/gone/README.md`");
    }
}
