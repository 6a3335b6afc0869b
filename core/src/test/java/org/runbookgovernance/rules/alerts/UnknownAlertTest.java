package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.RB002;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.seed;
import static org.runbookgovernance.rules.alerts.AlertFixtures.withAlerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** {@code alerts/unknown-alert}: a runbook declares an alert no rule file defines. */
class UnknownAlertTest {

    @Test
    void seedLikeRepository() {
        assertThat(check(new UnknownAlert(), seed())).extracting(Finding::level, Finding::position,
                        f -> f.runbook().map(Object::toString).orElse(""))
                .containsExactly(tuple(Level.WARNING, new SourcePosition(RB002, 5), "RB-002"));
    }

    @Test
    void theMessageNamesTheRunbookTheAlertAndTheFix() {
        assertThat(check(new UnknownAlert(), seed())).extracting(Finding::message).containsExactly(
                "unknown alert: `RB-002` declares alert `HighErrorRatio`, which no rule file defines; correct the "
                        + "name or remove it from the runbook's alerts.");
    }

    @Test
    void noRuleFileMeansNothingToCompareWith() {
        Inventory seed = seed();
        Inventory onlyMetadata = withAlerts(seed,
                seed.alerts().stream().filter(a -> a.origin() == AlertOrigin.RUNBOOK_METADATA).toList());

        assertThat(check(new UnknownAlert(), onlyMetadata)).isEmpty();
    }

    @Test
    void aRuleFileThatDefinesTheDeclaredAlertClearsIt() {
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>(seed.alerts());
        alerts.add(new Alert("HighErrorRatio", Optional.of("warning"), Optional.empty(),
                new SourcePosition("alerts/errors.rules.yml", 4), AlertOrigin.RULE_FILE, Map.of()));

        assertThat(check(new UnknownAlert(), withAlerts(seed, alerts))).isEmpty();
    }

    @Test
    void anAlertOnlyTheIndexTableNamesIsStillUnknown() {
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>(seed.alerts());
        alerts.add(new Alert("HighErrorRatio", Optional.empty(), Optional.of("incidents/RB-002-SERVICE-DEGRADED.md"),
                new SourcePosition("README.md", 40), AlertOrigin.INDEX_TABLE, Map.of()));

        assertThat(check(new UnknownAlert(), withAlerts(seed, alerts))).extracting(f -> f.position().path())
                .containsExactly(RB002);
    }
}
