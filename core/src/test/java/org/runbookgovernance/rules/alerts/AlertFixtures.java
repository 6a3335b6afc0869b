package org.runbookgovernance.rules.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/**
 * The alerts rules' fixtures: the seed-like repository (the sample's layout, with GitHub blob URLs and the index
 * table), rule files written as teams write them, and a rule run with its default level.
 */
final class AlertFixtures {

    static final String RB001 = "incidents/RB-001-SERVICE-DOWN.md";
    static final String RB002 = "incidents/RB-002-SERVICE-DEGRADED.md";
    static final String RB007 = "incidents/RB-007-SECURITY-BREACH.md";
    static final String RB012 = "incidents/RB-012-CERTIFICATE-EXPIRATION.md";

    /** A config for repositories whose runbooks are folder READMEs and whose rules are under {@code rules/}. */
    static final String CONFIG = """
            documents:
              runbooks: ["docs/**/README.md"]
            alerts:
              rule_files: ["rules/*.yml"]
            """;

    private AlertFixtures() {
    }

    static Inventory seed() {
        return FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
    }

    static Inventory withConfig(Inventory i, Config config) {
        return new Inventory(config, i.today(), i.documents(), i.alerts(), i.git(), i.problems());
    }

    static Inventory withAlerts(Inventory i, List<Alert> alerts) {
        return new Inventory(i.config(), i.today(), i.documents(), alerts, i.git(), i.problems());
    }

    static Alert alert(String name, String severity, String ref, String file, AlertOrigin origin) {
        return new Alert(name, Optional.ofNullable(severity), Optional.of(ref), new SourcePosition(file, 4), origin,
                Map.of());
    }

    /** A rule-file rule; {@code severity} and {@code runbookUrl} may be null. */
    static String rule(String name, String severity, String runbookUrl) {
        return "    - alert: " + name + "\n      expr: up == 0\n"
                + (severity == null ? "" : "      labels:\n        severity: " + severity + "\n")
                + (runbookUrl == null ? "" : "      annotations:\n        runbook_url: " + runbookUrl + "\n");
    }

    /** A rule file whose alerts name their runbook in a {@code runbook} label. */
    static String labelledRules(String... names) {
        StringBuilder out = new StringBuilder("groups:\n- name: g\n  rules:\n");
        for (String name : names) {
            out.append("    - alert: ").append(name).append("\n      expr: up == 0\n      labels:\n")
                    .append("        severity: s2\n        runbook: docs/api/README.md#alerts\n");
        }
        return out.toString();
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static List<Finding> check(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list();
    }
}
