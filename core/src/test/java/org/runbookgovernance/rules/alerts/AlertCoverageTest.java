package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.rules.RandomStrings;

class AlertCoverageTest {

    /**
     * ruleFileDefines (declared names answered from a small set) against the plain set of every rule-file
     * alert's name, for names runbooks declare and names they do not.
     */
    @Test
    void ruleFileDefinesAgreesWithEveryRuleFileName() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        Set<String> declared = new LinkedHashSet<>();
        for (Runbook r : seed.runbooks()) {
            declared.addAll(r.alerts());
        }
        assertThat(declared).hasSizeGreaterThan(3);
        List<String> pool = new ArrayList<>(declared);
        pool.addAll(RandomStrings.of(new char[] {'A', 'l', 'e', 'r', 't', 'D', 'o', 'w', 'n'}, 60, 8, 3));
        Random random = new Random(5);
        for (int round = 0; round < 40; round++) {
            List<Alert> alerts = new ArrayList<>();
            Set<String> expected = new HashSet<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                String name = pool.get(random.nextInt(pool.size()));
                AlertOrigin origin = AlertOrigin.values()[random.nextInt(AlertOrigin.values().length)];
                alerts.add(new Alert(name, Optional.of("critical"), Optional.empty(),
                        new SourcePosition("alerts/a.rules.yml", i), origin, Map.of()));
                if (origin == AlertOrigin.RULE_FILE) {
                    expected.add(name);
                }
            }
            Inventory inventory = new Inventory(seed.config(), seed.today(), seed.documents(), alerts, seed.git(),
                    List.of());
            AlertCoverage coverage = AlertCoverage.of(inventory);
            for (String name : pool) {
                assertThat(coverage.ruleFileDefines(name)).as("%s in round %d", name, round)
                        .isEqualTo(expected.contains(name));
            }
        }
    }
}
