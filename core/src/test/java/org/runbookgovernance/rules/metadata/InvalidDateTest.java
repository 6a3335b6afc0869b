package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class InvalidDateTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("valid dates", Docs.inventory(Docs.runbook("RB-001.md").meta("last_updated", "2026-01-01")
                        .meta("last_review", "2026-1-5").label("Next Review", "2026-04-01", "monthly review").build()),
                        List.of()),
                new Case("not a calendar date", Docs.inventory(Docs.runbook("RB-001.md").h1("RB-001: X")
                        .label("Last Review", "2024-02-30").build()),
                        List.of("2 invalid date: `2024-02-30` in Last Review is not a calendar date; write YYYY-MM-DD")),
                new Case("not ISO", Docs.inventory(Docs.runbook("RB-001.md").meta("last_updated", "Nov 19, 2025")
                        .build()),
                        List.of("1 invalid date: `Nov 19, 2025` in last_updated is not an ISO date; write YYYY-MM-DD")),
                new Case("placeholders are not dates and not errors", Docs.inventory(Docs.runbook("RB-001.md")
                        .label("Last Review", "TBD").label("Next Review", "YYYY-MM-DD").label("Last Updated", "-")
                        .build()), List.of()),
                new Case("other documents and other date keys", Docs.inventory(
                        Docs.doc("postmortems/2026-01.md", DocumentKind.INCIDENT_REPORT)
                                .label("Incident Date", "2026-13-01").label("Date", "yesterday")
                                .label("Owner", "2026-99-99").build()),
                        List.of("1 in Incident Date is not a calendar date", "2 `yesterday` in Date is not an ISO date")),
                new Case("each document is checked", Docs.inventory(
                        Docs.runbook("a/RB-001.md").label("Last Review", "2026-02-29").build(),
                        Docs.doc("README.md", DocumentKind.INDEX).text().label("Last Updated", "31/12/2025").build()),
                        List.of("README.md:2 `31/12/2025`", "a/RB-001.md:1 `2026-02-29`")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsInvalidDates(Case c) {
        Docs.assertFindings(Docs.run(new InvalidDate(), c.inventory()), c.expected());
    }

    @Test
    void levelOverride() {
        Inventory inv = Docs.inventory(Docs.config(InvalidDate.ID, Docs.level(Level.INFO)),
                Docs.runbook("RB-001.md").label("Last Review", "2024-02-30").build());
        assertThat(Docs.run(new InvalidDate(), inv)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.runbook()).map(Object::toString).hasValue("RB-001");
        });
    }
}
