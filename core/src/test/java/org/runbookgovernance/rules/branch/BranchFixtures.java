package org.runbookgovernance.rules.branch;

import static org.runbookgovernance.git.InventoryFixture.index;
import static org.runbookgovernance.git.InventoryFixture.runbook;

import java.util.List;
import java.util.Map;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/** Two runbooks and their index, a custom branch convention, and a branch rule run as the engine runs it. */
final class BranchFixtures {

    static final String RB1 = "incidents/RB-001-service-down.md";
    static final String RB2 = "incidents/RB-002-high-latency.md";
    static final Document RUNBOOK_1 = runbook(RB1, "RB-001", "Service Down", "2026-01-01", "2026-01-01");
    static final Document RUNBOOK_2 = runbook(RB2, "RB-002", "High Latency", "2026-01-01", "2026-01-01");
    static final Document INDEX = index("README.md", RB1, RB2);

    static final Config CUSTOM = Config.DEFAULT.withSection("branch", Map.of("pattern", "rb/RB-\\d{3}",
            "exempt", List.of("main", "hotfix/*"), "example", "rb/{id}"));

    private BranchFixtures() {
    }

    static List<String> run(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list().stream().sorted(Finding.ORDER).map(f -> f.position() + " " + f.message()).toList();
    }
}
