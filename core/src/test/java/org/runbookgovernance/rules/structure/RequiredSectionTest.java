package org.runbookgovernance.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class RequiredSectionTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("the four default sections and two more", Docs.inventory(complete().build()), List.of()),
                new Case("Meaning counts for Symptoms: the Meaning, Impact, Diagnosis, Mitigation style passes",
                        Docs.inventory(Docs.runbook("docs/runbooks/VirtHandlerDown.md").h1("VirtHandlerDown")
                                .h2("Meaning").h2("Impact").h2("Diagnosis").h2("Mitigation").build()), List.of()),
                new Case("a heading that joins two sections, Diagnosis and mitigation, counts for both",
                        Docs.inventory(Docs.runbook("alerts/cluster-monitoring-operator/TargetDown.md").h1("TargetDown")
                                .h2("Meaning").h2("Impact").h2("Diagnosis and mitigation").build()), List.of()),
                new Case("a heading that only mentions a section after other words does not count for it",
                        Docs.inventory(Docs.runbook("alerts/x/Down.md").h1("Down").h2("Meaning").h2("Impact")
                                .h2("Diagnosis").h2("Notes on mitigation").build()),
                        List.of("1 `Down` has no `## Mitigation` section")),
                new Case("Escalation and Verification are asked for only when configured, as the sample does",
                        Docs.inventory(Docs.config(RequiredSection.ID, Docs.options(Map.of("runbook", List.of(
                                        "Symptoms", "Impact", "Diagnosis", "Mitigation", "Escalation", "Verification")))),
                                Docs.runbook("RB-012.md").h1("RB-012: X").h2("Description").h2("Impact")
                                        .h2("Diagnosis").h2("Remediation").build()),
                        List.of("1 `RB-012` has no `## Escalation` section",
                                "1 `RB-012` has no `## Verification` section")),
                new Case("written-out built-in synonyms are named once", Docs.inventory(Docs.config(RequiredSection.ID,
                                Docs.options(Map.of("synonyms", Map.of("Symptoms", List.of("Meaning", "Description"),
                                        "Diagnosis", List.of("Checks"))))),
                        Docs.runbook("RB-013.md").h1("RB-013: X").h2("Impact").h2("Checks").h2("Mitigation").build()),
                        List.of("1 has no `## Symptoms` section (`Meaning`, `Description` also count); add it before"
                                + " `Impact` (line 2).")),
                new Case("decorated, numbered and synonym headings count", Docs.inventory(Docs.runbook("RB-002.md")
                        .h1("RB-002: X").h2("🚨 Symptoms").h2("ðŸ“Š Impact (customers)").heading(3, "1. Triage")
                        .h2("Immediate Actions (First 5 Minutes)").h2("Escalation & Contacts")
                        .h2("Verification Steps").build()), List.of()),
                new Case("missing sections say where to add them", Docs.inventory(Docs.runbook("RB-003.md")
                        .text().h1("RB-003: X").h2("Symptoms").h2("Impact").h2("Diagnosis").h2("Escalation")
                        .build()),
                        List.of("2 missing section: `RB-003` has no `## Mitigation` section (`Resolution`,"
                                        + " `Remediation`, `Immediate Actions` also count); add it after the"
                                        + " `Diagnosis` section (line 5).")),
                new Case("first section missing goes before the next", Docs.inventory(Docs.runbook("RB-004.md")
                        .h1("RB-004: X").h2("Impact").h2("Diagnosis").h2("Mitigation").h2("Escalation")
                        .h2("Verification").build()),
                        List.of("1 has no `## Symptoms` section (`Meaning`, `Description` also count); add it"
                                + " before `Impact` (line 2).")),
                new Case("no H1 and no sections", Docs.inventory(Docs.runbook("RB-005.md").build()),
                        List.of("1 `## Diagnosis`", "1 `## Impact`", "1 `## Mitigation`",
                                "1 `## Symptoms` section (`Meaning`, `Description` also count); add it below the"
                                        + " title.")),
                new Case("an H1 does not count as a section", Docs.inventory(Docs.runbook("RB-006.md")
                        .h1("Symptoms").h2("Impact").h2("Diagnosis").h2("Mitigation").h2("Escalation")
                        .h2("Verification").build()), List.of("1 `## Symptoms`")),
                new Case("other kinds need nothing by default", Docs.inventory(
                        Docs.doc("README.md", DocumentKind.INDEX).h1("Index").build(),
                        Docs.doc("templates/T.md", DocumentKind.TEMPLATE).build()), List.of()),
                new Case("per-kind lists", Docs.inventory(Docs.config(RequiredSection.ID, Docs.options(Map.of(
                                "guide", List.of("Purpose", "Scope"), "runbook", List.of("Symptoms")))),
                        Docs.doc("quick-reference/ON_CALL_GUIDE.md", DocumentKind.GUIDE).h1("On-call")
                                .h2("Purpose").build(),
                        Docs.runbook("RB-007.md").h1("RB-007: X").h2("Symptoms").build()),
                        List.of("quick-reference/ON_CALL_GUIDE.md:1 `quick-reference/ON_CALL_GUIDE.md` has no"
                                + " `## Scope` section; add it after the `Purpose` section (line 2).")),
                new Case("by severity adds sections when the range includes the level", Docs.inventory(
                        Docs.config(RequiredSection.ID, Docs.options(Map.of("runbook", List.of("Symptoms"),
                                "by_severity", Map.of("P0", List.of("Communication"), "P2", "Rollback")))),
                        Docs.runbook("RB-008.md").label("Severity", "P0-P1").h1("RB-008: X").h2("Symptoms").build(),
                        Docs.runbook("RB-009.md").label("Severity", "P1").h1("RB-009: X").h2("Symptoms").build(),
                        Docs.runbook("RB-010.md").label("Severity", "P1-P2").h1("RB-010: X").h2("Symptoms").build()),
                        List.of("RB-008.md:2 `RB-008` has no `## Communication`",
                                "RB-010.md:2 `RB-010` has no `## Rollback`")),
                new Case("synonyms option extends the defaults", Docs.inventory(Docs.config(RequiredSection.ID,
                                Docs.options(Map.of("synonyms", Map.of("Verification", List.of("Checks"))))),
                        Docs.runbook("RB-011.md").h1("RB-011: X").h2("Symptoms").h2("Impact").h2("Investigation")
                                .h2("Remediation").h2("Escalation Path").h2("Checks").build()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMissingSections(Case c) {
        Docs.assertFindings(Docs.run(new RequiredSection(), c.inventory()), c.expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "## 🔍 Diagnosis | diagnosis",
        "ðŸ“ž Escalation & Contacts | escalation and contacts",
        "Step 2: Mitigation | mitigation",
        "3.1 Verification (after the fix) | verification",
        "Root Causes | root causes"})
    void normalisesHeadingText(String heading, String expected) {
        assertThat(RequiredSection.normalise(heading)).isEqualTo(expected);
    }

    @Test
    void badSeverityKeyIsAConfigError() {
        Inventory inv = Docs.inventory(Docs.config(RequiredSection.ID, Docs.options(Map.of("by_severity",
                Map.of("critical", List.of("X"))))), complete().build());
        assertThatThrownBy(() -> Docs.run(new RequiredSection(), inv)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("by_severity key `critical`");
    }

    @Test
    void levelOverride() {
        Inventory inv = Docs.inventory(Docs.config(RequiredSection.ID, Docs.level(Level.ERROR)),
                Docs.runbook("RB-001.md").h1("RB-001: X").build());
        assertThat(Docs.run(new RequiredSection(), inv)).hasSize(4).allMatch(f -> f.level() == Level.ERROR);
    }

    private static Docs.Doc complete() {
        return Docs.runbook("RB-001.md").h1("RB-001: X").h2("Symptoms").h2("Impact").h2("Diagnosis")
                .h2("Mitigation").h2("Escalation").h2("Verification");
    }
}
