package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.RB012;
import static org.runbookgovernance.rules.alerts.AlertFixtures.alert;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.seed;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withAlerts;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** {@code alerts/severity-mismatch}: an alert's severity label disagrees with its runbook's severity. */
class SeverityMismatchTest {

    @Test
    void seedLikeRepository() {
        assertThat(check(new SeverityMismatch(), seed())).extracting(Finding::level, Finding::position,
                        f -> f.runbook().map(Object::toString).orElse(""))
                .containsExactly(tuple(Level.WARNING, new SourcePosition("alerts/resources.rules.yml", 16), "RB-012"));
    }

    @Test
    void theMessageNamesTheAlertBothSeveritiesAndTheFix() {
        assertThat(check(new SeverityMismatch(), seed())).extracting(Finding::message).containsExactly(
                "severity mismatch: alert `CertificateExpiringSoon` is labelled `warning` (P2-P3) but its runbook "
                        + "`RB-012` is P0-P1; change the label or the runbook's severity, or adjust "
                        + "`alerts.severity_map`.");
    }

    @Test
    void alertsSharingALabelAndARunbookEachGetTheirOwnMessageBetweenAlertsOfOtherOrigins() {
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>();
        // Alerts of other origins first and in between: the rule-file alerts' indexes differ from the routing ones.
        alerts.add(alert("FromIndexTable", null, RB012, "README.md", AlertOrigin.INDEX_TABLE));
        alerts.addAll(seed.alerts());
        alerts.add(alert("CertificateRenewalFailed", "warning", "../" + RB012, "alerts/certs.rules.yml",
                AlertOrigin.RULE_FILE));
        alerts.add(alert("FromMetadata", null, RB012, RB012, AlertOrigin.RUNBOOK_METADATA));
        alerts.add(alert("CertificateExpired", "warning", "../" + RB012, "alerts/certs.rules.yml",
                AlertOrigin.RULE_FILE));
        Inventory inventory = withAlerts(seed, alerts);

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

    @Test
    void theSeverityMapComesFromTheConfig() {
        Inventory seed = seed();
        Map<String, Object> section = new HashMap<>(seed.config().section("alerts"));
        section.put(AlertSettings.REQUIRE, List.of("warning"));
        section.put(AlertSettings.SEVERITY_MAP, Map.of("critical", "P0-P1", "warning", "P0-P3"));

        assertThat(check(new SeverityMismatch(), withConfig(seed, seed.config().withSection("alerts", section))))
                .isEmpty();
    }

    @Test
    void aLabelTheMapDoesNotKnowIsNotJudged() {
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>(seed.alerts());
        alerts.add(alert("CertificateAudit", "page-someone", "../" + RB012, "alerts/certs.rules.yml",
                AlertOrigin.RULE_FILE));

        assertThat(check(new SeverityMismatch(), withAlerts(seed, alerts))).extracting(Finding::message)
                .singleElement().asString().contains("`CertificateExpiringSoon`");
    }
}
