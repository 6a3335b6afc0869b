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

class MetadataIdMismatchTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("all agree", Docs.inventory(Docs.runbook("incidents/RB-001-DOWN.md").meta("id", "rb-001")
                        .h1("RB-001: Down").build()), List.of()),
                new Case("field vs file name", Docs.inventory(Docs.runbook("incidents/RB-005-DB.md")
                        .meta("id", "RB-004").build()),
                        List.of("1 id mismatch: the id field says `RB-004` but the file name `RB-005-DB.md` says"
                                + " `RB-005`; rename the file to start with `RB-004` or correct the id.")),
                new Case("field vs title", Docs.inventory(Docs.runbook("incidents/db.md").meta("id", "RB-004")
                        .text().h1("RB-005: Database").build()),
                        List.of("3 id mismatch: the title says `RB-005` but the id field says `RB-004`")),
                new Case("title vs file name without a field", Docs.inventory(Docs.runbook("RB-006-X.md")
                        .h1("RB-007: X").build()),
                        List.of("1 the title says `RB-007` but the file name `RB-006-X.md` says `RB-006`")),
                new Case("field, title and file name all differ", Docs.inventory(Docs.runbook("RB-001-X.md")
                        .meta("id", "RB-002").h1("RB-003: X").build()),
                        List.of("1 the id field says `RB-002` but the file name", "2 the title says `RB-003`")),
                new Case("nothing to compare", Docs.inventory(Docs.runbook("database.md").h1("Database").build(),
                        Docs.runbook("RB-009.md").h1("Disk full").build()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMismatches(Case c) {
        Docs.assertFindings(Docs.run(new MetadataIdMismatch(), c.inventory()), c.expected());
    }

    @Test
    void levelDefaultsToWarningAndCanBeRaised() {
        var doc = Docs.runbook("RB-005-DB.md").meta("id", "RB-004").build();
        assertThat(Docs.run(new MetadataIdMismatch(), Docs.inventory(doc))).singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.WARNING));
        assertThat(Docs.run(new MetadataIdMismatch(),
                Docs.inventory(Docs.config(MetadataIdMismatch.ID, Docs.level(Level.ERROR)), doc)))
                .singleElement().satisfies(f -> assertThat(f.level()).isEqualTo(Level.ERROR));
    }
}
