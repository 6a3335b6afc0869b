package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/** The alerts rules on the seed-like fixture (the sample's layout, with GitHub blob URLs and the index table). */
class AlertsRulesTest {

    private static final String RB001 = "incidents/RB-001-SERVICE-DOWN.md";
    private static final String RB002 = "incidents/RB-002-SERVICE-DEGRADED.md";
    private static final String RB007 = "incidents/RB-007-SECURITY-BREACH.md";

    static Stream<Arguments> seedFindings() {
        return Stream.of(
                Arguments.of(new RunbookWithoutAlert(), List.of(
                        tuple(Level.WARNING, new SourcePosition(RB007, 5), "RB-007"))),
                Arguments.of(new AlertWithoutRunbook(), List.of(
                        tuple(Level.ERROR, new SourcePosition("alerts/resources.rules.yml", 22), ""))),
                Arguments.of(new DanglingRunbookUrl(), List.of(
                        tuple(Level.ERROR, new SourcePosition("README.md", 13), ""))),
                Arguments.of(new UnknownAlert(), List.of(
                        tuple(Level.WARNING, new SourcePosition(RB002, 5), "RB-002"))),
                Arguments.of(new SeverityMismatch(), List.of(
                        tuple(Level.WARNING, new SourcePosition("alerts/resources.rules.yml", 16), "RB-012"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFindings")
    void seedLikeRepository(Rule rule, List<org.assertj.core.groups.Tuple> expected) {
        Inventory inventory = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();

        assertThat(check(rule, inventory)).extracting(Finding::level, Finding::position,
                f -> f.runbook().map(Object::toString).orElse("")).containsExactlyElementsOf(expected);
    }

    @Test
    void messagesNameTheValueAndTheFix() {
        Inventory inventory = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();

        assertThat(check(new RunbookWithoutAlert(), inventory)).extracting(Finding::message).containsExactly(
                "runbook without alert: `RB-007` (Security Breach / Unauthorized Access) is not the runbook of any "
                        + "alert in the rule files or the index's By Alert Name table; set `runbook_url` on the alerts "
                        + "that should lead here, or add a row for them to the index table.");
        assertThat(check(new SeverityMismatch(), inventory)).extracting(Finding::message).containsExactly(
                "severity mismatch: alert `CertificateExpiringSoon` is labelled `warning` (P2-P3) but its runbook "
                        + "`RB-012` is P0-P1; change the label or the runbook's severity, or adjust "
                        + "`alerts.severity_map`.");
        assertThat(check(new UnknownAlert(), inventory)).extracting(Finding::message).containsExactly(
                "unknown alert: `RB-002` declares alert `HighErrorRatio`, which no rule file defines; correct the "
                        + "name or remove it from the runbook's alerts.");
        assertThat(check(new DanglingRunbookUrl(), inventory)).extracting(Finding::message).containsExactly(
                "dangling runbook URL: `incidents/RB-011-DISK-PRESSURE.md` of alert `DiskPressure` leads nowhere: no "
                        + "document at `incidents/RB-011-DISK-PRESSURE.md`; correct the reference or restore the "
                        + "runbook.");
    }

    @Test
    void withoutAUrlMapTheIndexStillRoutesAndBlobUrlsAreReportedAsUnverifiable() {
        Inventory mapped = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        Inventory inventory = withConfig(mapped, Config.DEFAULT);

        assertThat(check(new RunbookWithoutAlert(), inventory)).extracting(f -> f.position().path())
                .containsExactly(RB007);
        List<Finding> dangling = check(new DanglingRunbookUrl(), inventory);
        assertThat(dangling).filteredOn(f -> f.level() == Level.INFO).hasSize(5)
                .allSatisfy(f -> assertThat(f.message()).contains("add --runbook-url-map"));
        assertThat(dangling).filteredOn(f -> f.level() == Level.ERROR).extracting(f -> f.position().path())
                .containsExactly("README.md");
    }

    @Test
    void anAlertRoutingToTheRunbookClearsIt() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        List<org.runbookgovernance.model.Alert> alerts = new java.util.ArrayList<>(seed.alerts());
        alerts.add(new org.runbookgovernance.model.Alert("GuardDutyFinding", java.util.Optional.of("critical"),
                java.util.Optional.of("../incidents/RB-007-SECURITY-BREACH.md"),
                new SourcePosition("alerts/security.rules.yml", 4), AlertOrigin.RULE_FILE, Map.of()));
        Inventory inventory = new Inventory(seed.config(), seed.today(), seed.documents(), alerts, seed.git(),
                seed.problems());

        assertThat(check(new RunbookWithoutAlert(), inventory)).isEmpty();
    }

    @Test
    void alertsSharingALabelAndARunbookEachGetTheirOwnMessageBetweenAlertsOfOtherOrigins() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        String rb012 = "incidents/RB-012-CERTIFICATE-EXPIRATION.md";
        List<org.runbookgovernance.model.Alert> alerts = new java.util.ArrayList<>();
        // Alerts of other origins first and in between: the rule-file alerts' indexes differ from the routing ones.
        alerts.add(alert("FromIndexTable", null, rb012, "README.md", AlertOrigin.INDEX_TABLE));
        alerts.addAll(seed.alerts());
        alerts.add(alert("CertificateRenewalFailed", "warning", "../" + rb012, "alerts/certs.rules.yml",
                AlertOrigin.RULE_FILE));
        alerts.add(alert("FromMetadata", null, rb012, rb012, AlertOrigin.RUNBOOK_METADATA));
        alerts.add(alert("CertificateExpired", "warning", "../" + rb012, "alerts/certs.rules.yml",
                AlertOrigin.RULE_FILE));
        Inventory inventory = new Inventory(seed.config(), seed.today(), seed.documents(), alerts, seed.git(),
                seed.problems());

        assertThat(check(new SeverityMismatch(), inventory)).extracting(Finding::message).containsExactly(
                "severity mismatch: alert `CertificateExpiringSoon` is labelled `warning` (P2-P3) but its runbook "
                        + "`RB-012` is P0-P1; change the label or the runbook's severity, or adjust "
                        + "`alerts.severity_map`.",
                "severity mismatch: alert `CertificateRenewalFailed` is labelled `warning` (P2-P3) but its runbook "
                        + "`RB-012` is P0-P1; change the label or the runbook's severity, or adjust "
                        + "`alerts.severity_map`.",
                "severity mismatch: alert `CertificateExpired` is labelled `warning` (P2-P3) but its runbook "
                        + "`RB-012` is P0-P1; change the label or the runbook's severity, or adjust "
                        + "`alerts.severity_map`.");
        assertThat(check(new AlertWithoutRunbook(), inventory)).extracting(Finding::position)
                .containsExactly(new SourcePosition("alerts/resources.rules.yml", 22));
    }

    private static org.runbookgovernance.model.Alert alert(String name, String severity, String ref, String file,
                                                           AlertOrigin origin) {
        return new org.runbookgovernance.model.Alert(name, java.util.Optional.ofNullable(severity),
                java.util.Optional.of(ref), new SourcePosition(file, 4), origin, Map.of());
    }

    @Test
    void noAlertSourceMeansNothingToCheck() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        Inventory onlyMetadata = new Inventory(seed.config(), seed.today(), seed.documents(),
                seed.alerts().stream().filter(a -> a.origin() == AlertOrigin.RUNBOOK_METADATA).toList(), seed.git(),
                seed.problems());

        assertThat(check(new RunbookWithoutAlert(), onlyMetadata)).isEmpty();
        assertThat(check(new UnknownAlert(), onlyMetadata)).isEmpty();
    }

    @Test
    void countDeclaredCoversRunbooksWhoseDeclaredAlertsExist() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        // Only rule-file alerts without references: nothing routes, but RB-001's declared ServiceDown exists.
        List<org.runbookgovernance.model.Alert> alerts = List.of(new org.runbookgovernance.model.Alert("ServiceDown",
                java.util.Optional.of("critical"), java.util.Optional.empty(), new SourcePosition("alerts/a.yml", 4),
                AlertOrigin.RULE_FILE, Map.of()));
        Config counting = seed.config().withSection("alerts", seed.config().section("alerts"));
        Map<String, RuleSettings> rules = Map.of(RunbookWithoutAlert.ID,
                new RuleSettings(true, java.util.Optional.empty(), Map.of("count_declared", true)));
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
    void requirePolicyAndSeverityMapComeFromTheConfig() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        Map<String, Object> section = new java.util.HashMap<>(seed.config().section("alerts"));
        section.put(AlertSettings.REQUIRE, List.of("warning"));
        section.put(AlertSettings.SEVERITY_MAP, Map.of("critical", "P0-P1", "warning", "P0-P3"));
        Inventory inventory = withConfig(seed, seed.config().withSection("alerts", section));

        assertThat(check(new AlertWithoutRunbook(), inventory)).isEmpty(); // NodeDiskFull is critical
        assertThat(check(new SeverityMismatch(), inventory)).isEmpty();
    }

    private static Inventory withConfig(Inventory i, Config config) {
        return new Inventory(config, i.today(), i.documents(), i.alerts(), i.git(), i.problems());
    }

    private static List<Finding> check(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list();
    }
}
