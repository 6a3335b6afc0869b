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

class ConflictTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("dates disagree", Docs.inventory(Docs.runbook("RB-001.md").meta("last_review", "2025-11-19")
                        .at(10).h1("RB-001: X").label("Last Reviewed", "2024-11-19").build()),
                        List.of("11 conflicting metadata: Last Reviewed is `2024-11-19` on line 11 but `last_review` is"
                                + " `2025-11-19` in the front matter on line 1; keep one value")),
                new Case("same date written differently", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("last_review", "2025-01-05").label("Last Review", "2025-1-5").build()), List.of()),
                new Case("case and spacing do not count", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("owner", "Platform-SRE").label("Owner", "  platform-sre ").build()), List.of()),
                new Case("lists compare as sets", Docs.inventory(Docs.runbook("RB-001.md")
                        .metaList("alerts", "ServiceDown", "PodCrashLooping")
                        .label("Alerts", "`PodCrashLooping`, `ServiceDown`").build()), List.of()),
                new Case("lists differ", Docs.inventory(Docs.runbook("RB-001.md")
                        .metaList("alerts", "ServiceDown", "PodCrashLooping")
                        .label("Alerts", "ServiceDown, HighLatency").build()),
                        List.of("2 Alerts is `ServiceDown, HighLatency` on line 2")),
                new Case("severity differs, in a guide too", Docs.inventory(Docs.doc("GUIDE.md", DocumentKind.GUIDE)
                        .meta("severity", "P1").label("Priority", "P0").build()),
                        List.of("2 conflicting metadata: Priority is `P0` on line 2 but `severity` is `P1`")),
                new Case("label only or front matter only", Docs.inventory(
                        Docs.runbook("RB-001.md").label("Owner", "a").label("Owner", "b").build(),
                        Docs.runbook("RB-002.md").meta("owner", "a").build()), List.of()),
                new Case("blank sides are not conflicts", Docs.inventory(Docs.runbook("RB-001.md")
                        .meta("owner", "").label("Owner", "sre").build()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsConflicts(Case c) {
        Docs.assertFindings(Docs.run(new Conflict(), c.inventory()), c.expected());
    }

    @Test
    void levelOverride() {
        Inventory inv = Docs.inventory(Docs.config(Conflict.ID, Docs.level(Level.ERROR)),
                Docs.runbook("RB-001.md").meta("owner", "a").label("Owner", "b").build());
        assertThat(Docs.run(new Conflict(), inv)).singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.ERROR));
    }
}
