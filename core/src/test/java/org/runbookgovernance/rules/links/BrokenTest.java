package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class BrokenTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Document RB001 = Docs.runbook("incidents/RB-001-SERVICE-DOWN.md").h1("RB-001: Down")
            .h2("Symptoms").h2("Impact").h2("Diagnosis").heading(3, "Step 1: Confirm the outage").h2("Mitigation")
            .build();

    private static final Document FRAMEWORK = Docs.doc("INCIDENT_RESPONSE_FRAMEWORK.md", DocumentKind.GUIDE)
            .h1("Framework").h2("Severity Levels").build();

    static Stream<Case> cases() {
        return Stream.of(
                new Case("good relative links", inv(Docs.doc("README.md", DocumentKind.INDEX)
                        .link("./incidents/RB-001-SERVICE-DOWN.md").link("incidents/RB-001-SERVICE-DOWN.md#diagnosis")
                        .link("INCIDENT_RESPONSE_FRAMEWORK.md#severity-levels").link("incidents/")
                        .link("incidents/RB-001-SERVICE-DOWN.md#STEP-1-CONFIRM-THE-OUTAGE").build())
                        , List.of()),
                new Case("up a folder", inv(Docs.runbook("incidents/RB-002-X.md").link("../INCIDENT_RESPONSE_FRAMEWORK.md")
                        .link("./RB-001-SERVICE-DOWN.md#impact").link("../incidents/./RB-001-SERVICE-DOWN.md?plain=1")
                        .link("/INCIDENT_RESPONSE_FRAMEWORK.md").build()), List.of()),
                new Case("missing file", inv(Docs.doc("README.md", DocumentKind.INDEX).text()
                        .link("./incidents/RB-004-X.md").build()),
                        List.of("README.md:2 broken link: `./incidents/RB-004-X.md` does not exist; fix the path or"
                                + " remove the link.")),
                new Case("wrong case names the real file", inv(Docs.doc("README.md", DocumentKind.INDEX)
                        .link("incidents/rb-001-service-down.md").build()),
                        List.of("README.md:1 the file is `incidents/RB-001-SERVICE-DOWN.md` (paths are case-sensitive)")),
                new Case("broken anchor in another file lists its headings", inv(Docs.doc("README.md",
                        DocumentKind.INDEX).link("incidents/RB-001-SERVICE-DOWN.md#diagnostics").build()),
                        List.of("README.md:1 broken anchor: `#diagnostics` is not a heading in"
                                + " `incidents/RB-001-SERVICE-DOWN.md`; headings there: #symptoms, #impact, #diagnosis,"
                                + " #step-1-confirm-the-outage, #mitigation.")),
                new Case("same-document anchors", inv(Docs.runbook("incidents/RB-003-X.md").h1("RB-003: X")
                        .h2("Diagnosis").link("#diagnosis").link("#mitigation").link("#").build()),
                        List.of("incidents/RB-003-X.md:4 broken anchor: `#mitigation` is not a heading in this document;"
                                + " headings there: #diagnosis.")),
                new Case("at most eight headings listed", inv(manyHeadings(), Docs.runbook("RB-009.md")
                        .link("BIG.md#nope").build()),
                        List.of("RB-009.md:1 headings there: #s1, #s2, #s3, #s4, #s5, #s6, #s7, #s8, ...")),
                new Case("percent-encoded path", Docs.inventory(Docs.doc("docs/On Call.md", DocumentKind.OTHER)
                        .build(), Docs.doc("README.md", DocumentKind.INDEX).link("docs/On%20Call.md")
                        .link("<docs/On Call.md>").link("docs/Off%20Call.md").build()),
                        List.of("README.md:3 `docs/Off%20Call.md` does not exist")),
                new Case("leaving the repository", inv(Docs.runbook("incidents/RB-002-X.md")
                        .link("../../outside.md").link("../README.md").build()),
                        List.of("incidents/RB-002-X.md:1 link leaves the repository: `../../outside.md` climbs above"
                                + " the repository root", "incidents/RB-002-X.md:2 broken link: `../README.md`")),
                new Case("external, mail and other schemes are skipped", inv(Docs.runbook("RB-002.md")
                        .link("https://grafana.example.com/d/x").link("mailto:sre@example.com")
                        .link("javascript:void(0)").link("//cdn.example.com/x.md").link("tel:+15550100").build()),
                        List.of()),
                new Case("non-Markdown targets are not verified by default", inv(Docs.runbook("RB-002.md")
                        .link("images/diagram.png").link("scripts/restart.sh").link("images/graph.png#x").build()),
                        List.of()),
                new Case("excluded folders are not verified", inv(Docs.runbook("RB-002.md")
                        .link("node_modules/pkg/README.md").build()), List.of()),
                new Case("check_non_markdown reports unknown other files", Docs.inventory(
                        Docs.config(Broken.ID, Docs.options(Map.of("check_non_markdown", true))),
                        RB001, Docs.runbook("RB-002.md").link("scripts/restart.sh").link("incidents").build()),
                        List.of("RB-002.md:1 broken link: `scripts/restart.sh` does not exist")),
                new Case("anchor into a file without headings", Docs.inventory(
                        Docs.doc("NOTES.md", DocumentKind.OTHER).build(),
                        Docs.runbook("RB-002.md").link("NOTES.md#top").link("NOTES.md#L12").build()),
                        List.of("RB-002.md:1 it has no headings, so link to the file without an anchor.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsBrokenLinks(Case c) {
        Docs.assertFindings(Docs.run(new Broken(), c.inventory()), c.expected());
    }

    @Test
    void levelOverrideAndRunbookId() {
        Inventory inv = Docs.inventory(Docs.config(Broken.ID, Docs.level(Level.WARNING)),
                Docs.runbook("incidents/RB-002-X.md").link("RB-404.md").build());
        assertThat(Docs.run(new Broken(), inv)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.runbook()).map(Object::toString).hasValue("RB-002");
        });
    }

    private static Inventory inv(Document... more) {
        List<Document> all = new java.util.ArrayList<>(List.of(RB001, FRAMEWORK));
        all.addAll(List.of(more));
        return Docs.inventory(all.toArray(Document[]::new));
    }

    private static Document manyHeadings() {
        Docs.Doc big = Docs.doc("BIG.md", DocumentKind.OTHER).h1("Big");
        for (int i = 1; i <= 10; i++) {
            big.h2("S" + i);
        }
        return big.build();
    }
}
