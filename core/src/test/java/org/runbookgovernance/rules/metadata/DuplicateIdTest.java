package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class DuplicateIdTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("distinct ids", Docs.inventory(Docs.runbook("RB-001-A.md").h1("RB-001: A").build(),
                        Docs.runbook("RB-002-B.md").h1("RB-002: B").build()), List.of()),
                new Case("the later path is reported at its id field", Docs.inventory(
                        Docs.runbook("incidents/RB-004-NEW.md").meta("id", "RB-003").build(),
                        Docs.runbook("incidents/RB-003-OLD.md").h1("RB-003: Old").build()),
                        List.of("incidents/RB-004-NEW.md:1 duplicate id: `RB-003` is also declared by"
                                + " `incidents/RB-003-OLD.md`; give this runbook an unused id")),
                new Case("three copies name all others", Docs.inventory(
                        Docs.runbook("c/RB-007.md").text().h1("RB-007: C").build(),
                        Docs.runbook("a/RB-007.md").build(),
                        Docs.runbook("b/rb-007.md").build()),
                        List.of("b/rb-007.md:1 also declared by `a/RB-007.md`, `c/RB-007.md`;",
                                "c/RB-007.md:2 also declared by `a/RB-007.md`, `b/rb-007.md`;")),
                new Case("file-name fallbacks without an RB id are not ids", Docs.inventory(
                        Docs.runbook("a/README.md").build(), Docs.runbook("b/README.md").build()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsDuplicates(Case c) {
        Docs.assertFindings(Docs.run(new DuplicateId(), c.inventory()), c.expected());
    }

    @Test
    void levelOverride() {
        Inventory inv = Docs.inventory(Docs.config(DuplicateId.ID, Docs.level(Level.WARNING)),
                Docs.runbook("a/RB-001.md").build(), Docs.runbook("b/RB-001.md").build());
        assertThat(Docs.run(new DuplicateId(), inv)).singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.WARNING));
    }
}
