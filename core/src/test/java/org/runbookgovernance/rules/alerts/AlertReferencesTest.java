package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/** Alert references as teams write them: in labels, with their own severity scheme, shared by many rules. */
class AlertReferencesTest {

    private static final String CONFIG = """
            documents:
              runbooks: ["docs/**/README.md"]
            alerts:
              rule_files: ["rules/*.yml"]
            """;

    @TempDir
    Path root;

    @Test
    void aRunbookThatRulesRouteToThroughTheirLabelsIsNotOrphaned() throws IOException {
        write(".runbook-governance.yml", CONFIG);
        write("docs/api/README.md", "# API\n\n## Alerts\n\nWhat each alert means.\n");
        write("docs/web/README.md", "# Web\n\n## Alerts\n");
        write("rules/api.yml", rules("ApiDown", "ApiSlow", "ApiErrors"));

        Inventory inventory = FixtureRepository.load(root).inventory();

        assertThat(inventory.alerts()).filteredOn(a -> a.origin() == AlertOrigin.RULE_FILE)
                .extracting(a -> a.runbookRef().orElse("")).containsOnly("docs/api/README.md#alerts");
        assertThat(check(new RunbookWithoutAlert(), inventory)).extracting(f -> f.position().path())
                .containsExactly("docs/web/README.md");
        assertThat(check(new DanglingRunbookUrl(), inventory)).isEmpty();
    }

    @Test
    void aRequireSettingThatMatchesNoAlertSaysWhichSeveritiesTheAlertsCarry() throws IOException {
        write(".runbook-governance.yml", CONFIG);
        write("docs/api/README.md", "# API\n\n## Alerts\n");
        write("rules/api.yml", "groups:\n- name: api\n  rules:\n"
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
        write(".runbook-governance.yml", CONFIG + "  require_runbook_for: [P0, P1]\n"
                + "  severity_map: {s1: P0, s2: P1, s3: P2, s4: P3}\n");
        write("docs/api/README.md", "# API\n\n## Alerts\n");
        write("rules/api.yml", "groups:\n- name: api\n  rules:\n"
                + rule("ApiDown", "s1", null) + rule("ApiSlow", "s3", null)
                + rule("ApiErrors", "s2", "docs/api/README.md#alerts"));

        List<Finding> findings = check(new AlertWithoutRunbook(), FixtureRepository.load(root).inventory());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).startsWith("alert without runbook: `ApiDown` (severity `s1`) has no ");
        });
    }

    @Test
    void aMissingHeadingSharedBy288RulesIsOneFindingAtTheFirstRuleNamingTheAlerts() throws IOException {
        write(".runbook-governance.yml", CONFIG);
        write("docs/x/README.md", "# X\n\n## Alerts\n");
        StringBuilder rules = new StringBuilder("groups:\n- name: x\n  rules:\n");
        for (int i = 0; i < 288; i++) {
            rules.append(rule("Alert" + i, "critical", "docs/x/README.md#missing"));
        }
        write("rules/x.yml", rules.toString());
        Inventory inventory = FixtureRepository.load(root).inventory();

        List<Finding> findings = check(new DanglingRunbookUrl(), inventory);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.position()).isEqualTo(new SourcePosition("rules/x.yml", 4));
            assertThat(f.message()).isEqualTo("dangling runbook URL: `docs/x/README.md#missing` is the runbook of "
                    + "288 alerts (`Alert0`, `Alert1`, `Alert2` and 285 more) and leads nowhere: `docs/x/README.md` "
                    + "has no heading with the anchor `#missing`; correct the reference or restore the heading.");
        });
        // Every alert keeps its own resolution for the report's alerts array.
        AlertResolutions resolutions = AlertResolutions.of(inventory);
        assertThat(inventory.alerts()).hasSize(288);
        for (int i = 0; i < inventory.alerts().size(); i++) {
            assertThat(resolutions.resolution(i).runbookPath()).contains("docs/x/README.md");
        }
    }

    @Test
    void eachDistinctFragmentIsItsOwnDanglingTarget() throws IOException {
        write(".runbook-governance.yml", CONFIG);
        write("docs/x/README.md", "# X\n\n## Alerts\n");
        write("rules/x.yml", "groups:\n- name: x\n  rules:\n"
                + rule("XDown", "critical", "docs/x/README.md#xdown") + rule("XSlow", "critical", "docs/x/README.md#xslow")
                + rule("XSlowToo", "warning", "docs/x/README.md#xslow"));

        List<Finding> findings = check(new DanglingRunbookUrl(), FixtureRepository.load(root).inventory());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "dangling runbook URL: `docs/x/README.md#xdown` of alert `XDown` leads nowhere: `docs/x/README.md` "
                        + "has no heading with the anchor `#xdown`; correct the reference or restore the heading.",
                "dangling runbook URL: `docs/x/README.md#xslow` is the runbook of 2 alerts (`XSlow` and `XSlowToo`) "
                        + "and leads nowhere: `docs/x/README.md` has no heading with the anchor `#xslow`; correct the "
                        + "reference or restore the heading.");
    }

    @Test
    void manyMissingAnchorsOnOnePageAreOneFindingForThePage() throws IOException {
        write(".runbook-governance.yml", CONFIG);
        write("mixin/runbook.md", "# Alerts\n\n## compact\n\n|Name|Runbook|\n|---|---|\n|CompactHalted|x|\n");
        write("rules/x.yml", "groups:\n- name: x\n  rules:\n"
                + rule("CompactHalted", "warning", "mixin/runbook.md#alert-name-compacthalted")
                + rule("CompactSlow", "warning", "mixin/runbook.md#alert-name-compactslow")
                + rule("CompactSlowToo", "warning", "mixin/runbook.md#alert-name-compactslow")
                + rule("QueryDown", "critical", "mixin/runbook.md#alert-name-querydown")
                + rule("StoreDown", "critical", "mixin/runbook.md#compact"));

        List<Finding> findings = check(new DanglingRunbookUrl(), FixtureRepository.load(root).inventory());

        assertThat(findings).extracting(Finding::message).containsExactly("dangling runbook URLs: 4 alerts "
                + "(`CompactHalted`, `CompactSlow`, `CompactSlowToo` and 1 more) link to anchors `mixin/runbook.md` "
                + "does not have (`#alert-name-compacthalted`, `#alert-name-compactslow` and `#alert-name-querydown`);"
                + " add the headings they name, or correct the references.");
    }

    @Test
    void aSharedUnverifiableReferenceIsOneInfoFindingToo() {
        Inventory seed = FixtureRepository.load(FixtureRepository.resource("seed")).inventory();
        List<Alert> alerts = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D")) {
            alerts.add(new Alert(name, Optional.of("critical"), Optional.of("docs/{{ $labels.service }}.md"),
                    new SourcePosition("alerts/t.yml", 3 + alerts.size()), AlertOrigin.RULE_FILE, Map.of()));
        }
        Inventory inventory = new Inventory(seed.config(), seed.today(), seed.documents(), alerts, seed.git(),
                seed.problems());

        assertThat(check(new DanglingRunbookUrl(), inventory)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.position()).isEqualTo(new SourcePosition("alerts/t.yml", 3));
            assertThat(f.message()).startsWith("runbook URL cannot be verified: `docs/{{ $labels.service }}.md` of "
                    + "4 alerts (`A`, `B`, `C` and 1 more): ");
        });
    }

    private static String rules(String... names) {
        StringBuilder out = new StringBuilder("groups:\n- name: g\n  rules:\n");
        for (String name : names) {
            out.append("    - alert: ").append(name).append("\n      expr: up == 0\n      labels:\n")
                    .append("        severity: s2\n        runbook: docs/api/README.md#alerts\n");
        }
        return out.toString();
    }

    private static String rule(String name, String severity, String runbookUrl) {
        return "    - alert: " + name + "\n      expr: up == 0\n"
                + (severity == null ? "" : "      labels:\n        severity: " + severity + "\n")
                + (runbookUrl == null ? "" : "      annotations:\n        runbook_url: " + runbookUrl + "\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<Finding> check(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list();
    }
}
