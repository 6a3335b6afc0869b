package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class MissingFieldTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("complete front matter", Docs.inventory(complete("incidents/RB-001-DOWN.md").build()),
                        List.of()),
                new Case("labels style, last review missing", Docs.inventory(Docs.runbook("incidents/RB-002-X.md")
                        .h1("RB-002: Degraded").label("Severity", "P1").label("Owner", "sre")
                        .label("Last Updated", "2026-01-01").label("Next Review", "2026-04-01").build()),
                        List.of("1 missing field: `RB-002` has no `last_review`; add the line"
                                + " `**Last Review:** YYYY-MM-DD` below its title.")),
                new Case("front matter style hint", Docs.inventory(Docs.runbook("incidents/RB-003-X.md")
                        .meta("id", "RB-003").meta("severity", "P2").meta("last_updated", "2026-01-01")
                        .meta("last_review", "2026-01-01").at(8).h1("RB-003: Slow").build()),
                        List.of("8 has no `owner`; add the line `owner: team-name` to its front matter.")),
                new Case("id from file name and title from H1 suffice", Docs.inventory(
                        Docs.runbook("incidents/RB-004-X.md").h1("Database trouble").meta("severity", "P1")
                                .meta("owner", "db").meta("last_updated", "2026-01-01")
                                .meta("last_review", "2026-01-01").build()), List.of()),
                new Case("a runbook with no RB-like id anywhere is known by its file name, which is no missing field",
                        Docs.inventory(Docs.runbook("incidents/database.md")
                        .meta("title", "Database").meta("severity", "P1").meta("owner", "db")
                        .meta("last_updated", "2026-01-01").meta("last_review", "2026-01-01").build()),
                        List.of()),
                new Case("a runbook named after its alert reports its other missing fields under that name as written",
                        Docs.inventory(Docs.runbook("alerts/cluster-monitoring-operator/TargetDown.md")
                                .h1("TargetDown").label("Severity", "P2").label("Owner", "monitoring")
                                .label("Last Updated", "2026-01-01").label("Next Review", "2026-04-01").build()),
                        List.of("1 missing field: `TargetDown` has no `last_review`; add the line"
                                + " `**Last Review:** YYYY-MM-DD` below its title.")),
                new Case("next review satisfied by review interval", Docs.inventory(Docs.runbook("RB-005.md")
                        .h1("RB-005: X").label("Severity", "P1").label("Owner", "o").label("Last Updated", "2026-01-01")
                        .label("Review Interval", "monthly").build()),
                        List.of("1 has no `last_review`")),
                new Case("nothing but an H1 reports every other field (report order is by message)",
                        Docs.inventory(Docs.runbook("RB-006.md").h1("RB-006: X").build()),
                        List.of("1 has no `last_review`", "1 has no `last_updated`",
                                "1 has no `next_review`; add the line `**Next Review:** YYYY-MM-DD` below its title"
                                        + " or set `last_review`",
                                "1 has no `owner`",
                                "1 has no `severity`; add the line `**Severity:** P2` below its title, choosing P0")),
                new Case("a blank second entry does not hide a filled one", Docs.inventory(complete("RB-007.md").meta("owner", "  ")
                        .build()), List.of()),
                new Case("fields option narrows and normalises labels", Docs.inventory(
                        Docs.config(MissingField.ID, Docs.options(Map.of("fields", List.of("Document Owner",
                                "status")))),
                        Docs.runbook("RB-008.md").h1("RB-008: X").label("Owner", "sre").build()),
                        List.of("1 has no `status`; add the line `**Status:** ...`")),
                new Case("other kinds are not checked", Docs.inventory(Docs.doc("README.md",
                        DocumentKind.INDEX).h1("Runbooks").build()), List.of()),
                new Case("a field no runbook has is one finding for the repository, not one per runbook",
                        Docs.inventory(ownerless("RB-010.md"),
                                ownerless("RB-011.md"),
                                ownerless("RB-012.md")),
                        List.of("0 missing field everywhere: none of the 3 runbooks has `owner`; add it to each")),
                new Case("a field some runbooks have is asked of the others, each on its own",
                        Docs.inventory(complete("RB-013.md").build(), ownerless("RB-014.md")),
                        List.of("1 missing field: `RB-014` has no `owner`")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMissingFields(Case c) {
        Docs.assertFindings(Docs.run(new MissingField(), c.inventory()), c.expected());
    }

    @Test
    void aPageWithoutAnyTitleIsToldToStartWithAHeading() {
        List<Finding> found = Docs.run(new MissingField(), Docs.inventory(Docs.runbook("docs/nfs/README.md")
                .label("Owner", "storage").label("Severity", "P2").label("Last Updated", "2026-01-01")
                .label("Last Review", "2026-01-01").h2("Runbook for the NFS servers").build()));

        assertThat(Docs.lines(found)).containsExactly("docs/nfs/README.md:1 missing field: `nfs` has no title; start"
                + " the page with a `# ` heading that names it.");
    }

    @Test
    void blankOwnerIsMissingEvenWhenAnotherEntryExists() {
        List<Finding> found = Docs.run(new MissingField(), Docs.inventory(Docs.runbook("RB-009.md")
                .meta("id", "RB-009").meta("title", "X").meta("severity", "P1").meta("owner", "")
                .meta("last_updated", "2026-01-01").meta("last_review", "2026-01-01").build()));
        assertThat(Docs.lines(found)).containsExactly("RB-009.md:1 missing field: `RB-009` has no `owner`; add the"
                + " line `owner: team-name` to its front matter.");
        assertThat(found.get(0).runbook()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("RB-009"));
    }

    @Test
    void levelComesFromTheConfig() {
        Inventory inv = Docs.inventory(Docs.config(MissingField.ID, Docs.level(Level.WARNING)),
                Docs.runbook("RB-010.md").h1("RB-010: X").build());
        assertThat(Docs.run(new MissingField(), inv)).isNotEmpty().allMatch(f -> f.level() == Level.WARNING);
        assertThat(Docs.run(new MissingField(), Docs.inventory(Docs.runbook("RB-010.md").h1("RB-010: X").build())))
                .allMatch(f -> f.level() == Level.ERROR);
    }

    private static org.runbookgovernance.model.Document ownerless(String path) {
        return Docs.runbook(path).meta("title", "Down").meta("severity", "P0").meta("last_updated", "2026-01-01")
                .meta("last_review", "2026-01-01").meta("next_review", "2026-04-01").build();
    }

    private static Docs.Doc complete(String path) {
        return Docs.runbook(path).meta("id", "RB-001").meta("title", "Down").meta("severity", "P0")
                .meta("owner", "sre").meta("last_updated", "2026-01-01").meta("last_review", "2026-01-01")
                .meta("next_review", "2026-04-01");
    }
}
