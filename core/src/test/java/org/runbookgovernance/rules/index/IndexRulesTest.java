package org.runbookgovernance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.index.IndexFixtures.index;
import static org.runbookgovernance.index.IndexFixtures.inventory;

import org.runbookgovernance.index.IndexFixtures;
import static org.runbookgovernance.index.IndexFixtures.runbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/** The three index rules over hand-built inventories: each case is a rule, documents, regions and the findings. */
class IndexRulesTest {

    private static final Document RB1 = runbook("RB-001", "RB-001-DOWN.md", "title=Down", "category=A", "severity=P0");
    private static final Document RB2 = runbook("RB-002", "RB-002-SLOW.md", "title=Slow", "category=A", "severity=P1");
    private static final Document RB3 = runbook("RB-003", "RB-003-DISK.md", "title=Disk", "category=A", "severity=P1");
    private static final Document RB4 = runbook("RB-004", "RB-004-CPU.md", "title=CPU", "category=A", "severity=P1");
    private static final Document RB5 = runbook("RB-005", "RB-005-DNS.md", "title=DNS", "category=A", "severity=P1");
    private static final Document DOCS_A = IndexFixtures.doc("docs/runbooks/KubeDown.md", DocumentKind.RUNBOOK, "KubeDown");
    private static final Document DOCS_B = IndexFixtures.doc("docs/runbooks/etcd/EtcdSlow.md", DocumentKind.RUNBOOK,
            "EtcdSlow");
    private static final Document DOCS_C = IndexFixtures.doc("docs/runbooks/etcd/EtcdNoLeader.md", DocumentKind.RUNBOOK,
            "EtcdNoLeader");

    /** The regions the generator writes for RB-001 alone: what a README committed before RB-002 holds. */
    private static IndexRegions committedWithOnlyRb1() {
        Map<String, String> regions = IndexGenerator.generate(inventory(List.of(RB1, index("README.md"))),
                IndexSettings.DEFAULT, "README.md").regions();
        return new IndexRegions("README.md", Map.of("directory", new IndexRegions.Region(12, regions.get("directory"))));
    }

    static Stream<Arguments> cases() {
        IndexRegions stale = committedWithOnlyRb1();
        return Stream.of(
                Arguments.of("up to date", new OutOfDate(), List.of(stale), List.of(RB1, index("README.md")), List.of()),
                Arguments.of("runbook added", new OutOfDate(), List.of(stale), List.of(RB1, RB2, index("README.md")),
                        List.of("README.md:12 index out of date: region `directory` differs from the index generated "
                                + "from runbook metadata (runbook `RB-002` is not in the index); run "
                                + "`runbook-governance index --write` and commit the result.")),
                Arguments.of("runbook removed", new OutOfDate(), List.of(committedWithOnlyRb1()),
                        List.of(RB2, index("README.md")),
                        List.of("README.md:12 index out of date: region `directory` differs from the index generated "
                                + "from runbook metadata (runbook `RB-002` is not in the index; runbook `RB-001` is "
                                + "listed but no longer exists); run `runbook-governance index --write` and commit "
                                + "the result.")),
                Arguments.of("no regions known", new OutOfDate(), List.of(), List.of(RB1, RB2, index("README.md")), List.of()),
                Arguments.of("all linked", new MissingEntry(), List.of(), List.of(RB1, RB2, index("README.md",
                        new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                        new Link("incidents/RB-002-SLOW.md#diagnosis", "RB-002", 6))), List.of()),
                Arguments.of("one missing", new MissingEntry(), List.of(), List.of(RB1, RB2, RB3, index("README.md",
                        new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                        new Link("./incidents/RB-003-DISK.md", "RB-003", 6))),
                        List.of("incidents/RB-002-SLOW.md:1 runbook missing from index: `RB-002` "
                                + "(incidents/RB-002-SLOW.md) is not linked from `README.md`; add a row for it, or "
                                + "add index markers and run `runbook-governance index --write`.")),
                Arguments.of("a prose README with no runbook link is no index", new MissingEntry(), List.of(),
                        List.of(RB1, RB2, RB3, index("README.md", new Link("https://grafana.com", "Grafana", 3),
                                new Link("docs/metrics.md", "metrics", 4))), List.of()),
                Arguments.of("a README that links one runbook as an example is no index", new MissingEntry(),
                        List.of(), List.of(RB1, RB2, RB3, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5))), List.of()),
                Arguments.of("links to fewer than half of the runbooks are highlights, not an index",
                        new MissingEntry(), List.of(), List.of(RB1, RB2, RB3, RB4, RB5, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                                new Link("./incidents/RB-002-SLOW.md", "RB-002", 6))), List.of()),
                Arguments.of("half of the runbooks linked is an index", new MissingEntry(), List.of(),
                        List.of(RB1, RB2, RB3, RB4, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                                new Link("./incidents/RB-002-SLOW.md", "RB-002", 6))),
                        List.of("incidents/RB-003-DISK.md:1 runbook missing from index: `RB-003`",
                                "incidents/RB-004-CPU.md:1 runbook missing from index: `RB-004`")),
                Arguments.of("an index answers for the runbooks of its folder and below", new MissingEntry(),
                        List.of(), List.of(RB1, DOCS_A, DOCS_B, DOCS_C, index("docs/runbooks/README.md",
                                new Link("KubeDown.md", "KubeDown", 5), new Link("./etcd/EtcdSlow.md", "EtcdSlow", 6))),
                        List.of("docs/runbooks/etcd/EtcdNoLeader.md:1 runbook missing from index: `")),
                Arguments.of("a Hugo section page that lists nothing is no index", new MissingEntry(), List.of(),
                        List.of(DOCS_A, DOCS_B, DOCS_C, index("docs/runbooks/_index.md")), List.of()),
                Arguments.of("markers: left to out-of-date", new MissingEntry(), List.of(stale),
                        List.of(RB1, RB2, index("README.md")), List.of()),
                Arguments.of("no index document", new MissingEntry(), List.of(), List.of(RB1), List.of()),
                Arguments.of("dangling runbook path and unknown id", new UnknownEntry(), List.of(), List.of(RB1, index("README.md",
                        new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                        new Link("./incidents/RB-009-GONE.md", "RB-009", 6),
                        new Link("./postmortems/x.md", "RB-044: old", 7),
                        new Link("./postmortems/y.md", "INC-2026-1110", 8),
                        new Link("https://example.com/RB-077", "RB-077", 9))),
                        List.of("README.md:6 unknown index entry: `./incidents/RB-009-GONE.md` is listed as a runbook "
                                        + "but no runbook file is at incidents/RB-009-GONE.md; fix the link or remove the row.",
                                "README.md:7 unknown index entry: `RB-044` is listed in the index but no runbook "
                                        + "declares it; fix the id or remove the row.")),
                Arguments.of("a README that mentions one runbook path is prose: the dead link is left to links/broken",
                        new UnknownEntry(), List.of(), List.of(RB1, RB2, index("README.md",
                                new Link("./incidents/RB-009-GONE.md", "RB-009", 6))), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings(String name, Rule rule, List<IndexRegions> regions, List<Document> documents,
                  List<String> expected) {
        Inventory inventory = new Inventory(org.runbookgovernance.config.Config.DEFAULT, IndexFixtures.TODAY, documents,
                List.of(), org.runbookgovernance.model.GitFacts.NONE, List.of(), regions);
        Findings findings = new Findings(rule.id(), rule.defaultLevel());

        rule.check(inventory, findings);

        List<String> found = findings.list().stream().map(f -> f.position() + " " + f.message()).toList();
        assertThat(found).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(found.get(i)).startsWith(expected.get(i));
        }
    }
}
