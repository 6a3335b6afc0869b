package org.runbookgovernance.rules.index;

import static org.runbookgovernance.index.IndexFixtures.index;
import static org.runbookgovernance.rules.index.IndexCases.DOCS_A;
import static org.runbookgovernance.rules.index.IndexCases.DOCS_B;
import static org.runbookgovernance.rules.index.IndexCases.DOCS_C;
import static org.runbookgovernance.rules.index.IndexCases.RB1;
import static org.runbookgovernance.rules.index.IndexCases.RB2;
import static org.runbookgovernance.rules.index.IndexCases.RB3;
import static org.runbookgovernance.rules.index.IndexCases.RB4;
import static org.runbookgovernance.rules.index.IndexCases.RB5;
import static org.runbookgovernance.rules.index.IndexCases.assertFindingsStartWith;
import static org.runbookgovernance.rules.index.IndexCases.committedWithOnlyRb1;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Link;

/** {@code index/missing-entry}: a runbook no hand-kept index links to, where one answers for it. */
class MissingEntryTest {

    static Stream<Arguments> cases() {
        IndexRegions stale = committedWithOnlyRb1();
        return Stream.of(
                Arguments.of("all linked", List.of(), List.of(RB1, RB2, index("README.md",
                        new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                        new Link("incidents/RB-002-SLOW.md#diagnosis", "RB-002", 6))), List.of()),
                Arguments.of("one missing", List.of(), List.of(RB1, RB2, RB3, index("README.md",
                        new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                        new Link("./incidents/RB-003-DISK.md", "RB-003", 6))),
                        List.of("incidents/RB-002-SLOW.md:1 runbook missing from index: `RB-002` "
                                + "(incidents/RB-002-SLOW.md) is not linked from `README.md`; add a row for it, or "
                                + "add index markers and run `runbook-governance index --write`.")),
                Arguments.of("a prose README with no runbook link is no index", List.of(),
                        List.of(RB1, RB2, RB3, index("README.md", new Link("https://grafana.com", "Grafana", 3),
                                new Link("docs/metrics.md", "metrics", 4))), List.of()),
                Arguments.of("a README that links one runbook as an example is no index", List.of(), List.of(RB1, RB2, RB3, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5))), List.of()),
                Arguments.of("links to fewer than half of the runbooks are highlights, not an index",
                        List.of(), List.of(RB1, RB2, RB3, RB4, RB5, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                                new Link("./incidents/RB-002-SLOW.md", "RB-002", 6))), List.of()),
                Arguments.of("half of the runbooks linked is an index", List.of(),
                        List.of(RB1, RB2, RB3, RB4, index("README.md",
                                new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                                new Link("./incidents/RB-002-SLOW.md", "RB-002", 6))),
                        List.of("incidents/RB-003-DISK.md:1 runbook missing from index: `RB-003`",
                                "incidents/RB-004-CPU.md:1 runbook missing from index: `RB-004`")),
                Arguments.of("an index answers for the runbooks of its folder and below", List.of(), List.of(RB1, DOCS_A, DOCS_B, DOCS_C, index("docs/runbooks/README.md",
                                new Link("KubeDown.md", "KubeDown", 5), new Link("./etcd/EtcdSlow.md", "EtcdSlow", 6))),
                        List.of("docs/runbooks/etcd/EtcdNoLeader.md:1 runbook missing from index: `")),
                Arguments.of("a Hugo section page that lists nothing is no index", List.of(),
                        List.of(DOCS_A, DOCS_B, DOCS_C, index("docs/runbooks/_index.md")), List.of()),
                Arguments.of("markers: left to out-of-date", List.of(stale),
                        List.of(RB1, RB2, index("README.md")), List.of()),
                Arguments.of("no index document", List.of(), List.of(RB1), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings(String name, List<IndexRegions> regions, List<Document> documents, List<String> expected) {
        assertFindingsStartWith(new MissingEntry(), regions, documents, expected);
    }
}
