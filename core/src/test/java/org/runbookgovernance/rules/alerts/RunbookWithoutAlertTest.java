package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.CONFIG;
import static org.runbookgovernance.rules.alerts.AlertFixtures.RB001;
import static org.runbookgovernance.rules.alerts.AlertFixtures.RB007;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.labelledRules;
import static org.runbookgovernance.rules.alerts.AlertFixtures.seed;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withAlerts;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withConfig;
import static org.runbookgovernance.rules.alerts.AlertFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** {@code alerts/runbook-without-alert}: a runbook no alert routes to. */
class RunbookWithoutAlertTest {

    @TempDir
    Path root;

    @Test
    void seedLikeRepository() {
        assertThat(check(new RunbookWithoutAlert(), seed())).extracting(Finding::level, Finding::position,
                        f -> f.runbook().map(Object::toString).orElse(""))
                .containsExactly(tuple(Level.WARNING, new SourcePosition(RB007, 5), "RB-007"));
    }

    @Test
    void theMessageNamesTheRunbookAndTheFix() {
        assertThat(check(new RunbookWithoutAlert(), seed())).extracting(Finding::message).containsExactly(
                "runbook without alert: `RB-007` (Security Breach / Unauthorized Access) is not the runbook of any "
                        + "alert in the rule files or the index's By Alert Name table; set `runbook_url` on the alerts "
                        + "that should lead here, or add a row for them to the index table.");
    }

    @Test
    void withoutAUrlMapTheIndexStillRoutes() {
        Inventory inventory = withConfig(seed(), Config.DEFAULT);

        assertThat(check(new RunbookWithoutAlert(), inventory)).extracting(f -> f.position().path())
                .containsExactly(RB007);
    }

    @Test
    void anAlertRoutingToTheRunbookClearsIt() {
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>(seed.alerts());
        alerts.add(new Alert("GuardDutyFinding", Optional.of("critical"),
                Optional.of("../incidents/RB-007-SECURITY-BREACH.md"),
                new SourcePosition("alerts/security.rules.yml", 4), AlertOrigin.RULE_FILE, Map.of()));

        assertThat(check(new RunbookWithoutAlert(), withAlerts(seed, alerts))).isEmpty();
    }

    @Test
    void noAlertSourceMeansNothingToCheck() {
        Inventory seed = seed();
        Inventory onlyMetadata = withAlerts(seed,
                seed.alerts().stream().filter(a -> a.origin() == AlertOrigin.RUNBOOK_METADATA).toList());

        assertThat(check(new RunbookWithoutAlert(), onlyMetadata)).isEmpty();
    }

    @Test
    void countDeclaredCoversRunbooksWhoseDeclaredAlertsExist() {
        Inventory seed = seed();
        // Only rule-file alerts without references: nothing routes, but RB-001's declared ServiceDown exists.
        List<Alert> alerts = List.of(new Alert("ServiceDown", Optional.of("critical"), Optional.empty(),
                new SourcePosition("alerts/a.yml", 4), AlertOrigin.RULE_FILE, Map.of()));
        Config counting = seed.config().withSection("alerts", seed.config().section("alerts"));
        Map<String, RuleSettings> rules = Map.of(RunbookWithoutAlert.ID,
                new RuleSettings(true, Optional.empty(), Map.of("count_declared", true)));
        counting = new Config(counting.source(), counting.documents(), counting.review(), rules, counting.waivers(),
                counting.sections());

        List<Finding> strict = check(new RunbookWithoutAlert(), new Inventory(seed.config(), seed.today(),
                seed.documents(), alerts, seed.git(), List.of()));
        List<Finding> lenient = check(new RunbookWithoutAlert(), new Inventory(counting, seed.today(),
                seed.documents(), alerts, seed.git(), List.of()));

        assertThat(strict).extracting(f -> f.position().path()).contains(RB001);
        assertThat(lenient).extracting(f -> f.position().path()).doesNotContain(RB001).contains(RB007);
    }

    @Test
    void aRunbookThatRulesRouteToThroughTheirLabelsIsNotOrphaned() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/api/README.md", "# API\n\n## Alerts\n\nWhat each alert means.\n");
        write(root, "docs/web/README.md", "# Web\n\n## Alerts\n");
        write(root, "rules/api.yml", labelledRules("ApiDown", "ApiSlow", "ApiErrors"));

        Inventory inventory = FixtureRepository.load(root).inventory();

        assertThat(inventory.alerts()).filteredOn(a -> a.origin() == AlertOrigin.RULE_FILE)
                .extracting(a -> a.runbookRef().orElse("")).containsOnly("docs/api/README.md#alerts");
        assertThat(check(new RunbookWithoutAlert(), inventory)).extracting(f -> f.position().path())
                .containsExactly("docs/web/README.md");
        assertThat(check(new DanglingRunbookUrl(), inventory)).isEmpty();
    }
}
