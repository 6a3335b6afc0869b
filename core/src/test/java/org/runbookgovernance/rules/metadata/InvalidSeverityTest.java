package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class InvalidSeverityTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("levels and ranges", Docs.inventory(
                        Docs.runbook("RB-001.md").meta("severity", "P0").build(),
                        Docs.runbook("RB-002.md").label("Severity", "P1-P2").build(),
                        Docs.runbook("RB-003.md").label("Severity", "p0 – p1 (critical)").build()), List.of()),
                new Case("a word gets a suggestion", Docs.inventory(Docs.runbook("RB-001.md").text()
                        .label("Severity", "Critical").build()),
                        List.of("2 invalid severity: `Critical` in Severity is not a severity level; write `P0`"
                                + " instead, or map `critical` to a level with this rule's `aliases` option.")),
                new Case("nonsense gets the scale", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("severity", "P5").build()),
                        List.of("1 `P5` in severity is not a severity level; write P0 (critical) to P3 (low)")),
                new Case("aliases accept words", Docs.inventory(
                        Docs.config(InvalidSeverity.ID, Docs.options(Map.of("aliases", Map.of("Critical", "P0",
                                "high", "P1")))),
                        Docs.runbook("RB-001.md").label("Severity", "critical").build(),
                        Docs.runbook("RB-002.md").label("Severity", "High").build(),
                        Docs.runbook("RB-003.md").label("Severity", "low").build()),
                        List.of("RB-003.md:1 `low` in Severity is not a severity level; write `P3`")),
                new Case("blank is missing-field's business", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("severity", "").build()), List.of()),
                new Case("every severity entry is checked", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("severity", "P1").label("Priority", "urgent").build()),
                        List.of("2 `urgent` in Priority")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsInvalidSeverities(Case c) {
        Docs.assertFindings(Docs.run(new InvalidSeverity(), c.inventory()), c.expected());
    }

    @Test
    void severityOfAppliesAliases() {
        Inventory inv = Docs.inventory(Docs.config(InvalidSeverity.ID, Docs.options(Map.of("aliases",
                Map.of("critical", "P0")))), Docs.runbook("RB-001.md").label("Severity", "Critical").build());
        assertThat(InvalidSeverity.severityOf(inv.runbooks().get(0), inv.config())).hasValue(Severity.of(0));
        assertThat(InvalidSeverity.severityOf(inv.runbooks().get(0), Docs.inventory().config())).isEmpty();
    }

    @Test
    void badAliasIsAConfigError() {
        Inventory inv = Docs.inventory(Docs.config(InvalidSeverity.ID, Docs.options(Map.of("aliases",
                Map.of("critical", "urgent")))), Docs.runbook("RB-001.md").label("Severity", "critical").build());
        assertThatThrownBy(() -> Docs.run(new InvalidSeverity(), inv)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("aliases.critical is `urgent`");
    }

    @Test
    void levelOverride() {
        Inventory inv = Docs.inventory(Docs.config(InvalidSeverity.ID, Docs.level(Level.WARNING)),
                Docs.runbook("RB-001.md").label("Severity", "high").build());
        assertThat(Docs.run(new InvalidSeverity(), inv)).singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.WARNING));
    }
}
