package org.runbookgovernance.rules.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.runbookgovernance.rules.alerts.AlertFixtures.CONFIG;
import static org.runbookgovernance.rules.alerts.AlertFixtures.check;
import static org.runbookgovernance.rules.alerts.AlertFixtures.rule;
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
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.FixtureRepository;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** {@code alerts/dangling-runbook-url}: an alert's runbook reference that leads to no document or heading. */
class DanglingRunbookUrlTest {

    @TempDir
    Path root;

    @Test
    void seedLikeRepository() {
        assertThat(check(new DanglingRunbookUrl(), seed())).extracting(Finding::level, Finding::position,
                        f -> f.runbook().map(Object::toString).orElse(""))
                .containsExactly(tuple(Level.ERROR, new SourcePosition("README.md", 13), ""));
    }

    @Test
    void theMessageNamesTheReferenceTheAlertAndTheFix() {
        assertThat(check(new DanglingRunbookUrl(), seed())).extracting(Finding::message).containsExactly(
                "dangling runbook URL: `incidents/RB-011-DISK-PRESSURE.md` of alert `DiskPressure` leads nowhere: no "
                        + "document at `incidents/RB-011-DISK-PRESSURE.md`; correct the reference or restore the "
                        + "runbook.");
    }

    @Test
    void withoutAUrlMapBlobUrlsAreReportedAsUnverifiable() {
        List<Finding> dangling = check(new DanglingRunbookUrl(), withConfig(seed(), Config.DEFAULT));

        assertThat(dangling).filteredOn(f -> f.level() == Level.INFO).hasSize(5)
                .allSatisfy(f -> assertThat(f.message()).contains("add --runbook-url-map"));
        assertThat(dangling).filteredOn(f -> f.level() == Level.ERROR).extracting(f -> f.position().path())
                .containsExactly("README.md");
    }

    @Test
    void aMissingHeadingSharedBy288RulesIsOneFindingAtTheFirstRuleNamingTheAlerts() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/x/README.md", "# X\n\n## Alerts\n");
        StringBuilder rules = new StringBuilder("groups:\n- name: x\n  rules:\n");
        for (int i = 0; i < 288; i++) {
            rules.append(rule("Alert" + i, "critical", "docs/x/README.md#missing"));
        }
        write(root, "rules/x.yml", rules.toString());
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
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/x/README.md", "# X\n\n## Alerts\n");
        write(root, "rules/x.yml", "groups:\n- name: x\n  rules:\n"
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
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "mixin/runbook.md", "# Alerts\n\n## compact\n\n|Name|Runbook|\n|---|---|\n|CompactHalted|x|\n");
        write(root, "rules/x.yml", "groups:\n- name: x\n  rules:\n"
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
        Inventory seed = seed();
        List<Alert> alerts = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D")) {
            alerts.add(new Alert(name, Optional.of("critical"), Optional.of("docs/{{ $labels.service }}.md"),
                    new SourcePosition("alerts/t.yml", 3 + alerts.size()), AlertOrigin.RULE_FILE, Map.of()));
        }

        assertThat(check(new DanglingRunbookUrl(), withAlerts(seed, alerts))).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.position()).isEqualTo(new SourcePosition("alerts/t.yml", 3));
            assertThat(f.message()).startsWith("runbook URL cannot be verified: `docs/{{ $labels.service }}.md` of "
                    + "4 alerts (`A`, `B`, `C` and 1 more): ");
        });
    }

    @Test
    void aReferenceToAnExistingHeadingIsNotDangling() throws IOException {
        write(root, ".runbook-governance.yml", CONFIG);
        write(root, "docs/x/README.md", "# X\n\n## Alerts\n\n### X Down\n");
        write(root, "rules/x.yml", "groups:\n- name: x\n  rules:\n"
                + rule("XDown", "critical", "docs/x/README.md#x-down") + rule("XAny", "critical", "docs/x/README.md"));

        assertThat(check(new DanglingRunbookUrl(), FixtureRepository.load(root).inventory())).isEmpty();
    }
}
