package org.runbookgovernance.rules.index;

import static org.runbookgovernance.index.IndexFixtures.index;
import static org.runbookgovernance.index.IndexFixtures.runbook;
import static org.runbookgovernance.rules.index.IndexCases.RB1;
import static org.runbookgovernance.rules.index.IndexCases.RB2;
import static org.runbookgovernance.rules.index.IndexCases.assertFindingsStartWith;
import static org.runbookgovernance.rules.index.IndexCases.committedWithOnlyRb1;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.IndexRegions;

/** {@code index/out-of-date}: a generated region differs from the index generated from runbook metadata. */
class OutOfDateTest {

    static Stream<Arguments> cases() {
        IndexRegions stale = committedWithOnlyRb1();
        return Stream.of(
                Arguments.of("up to date", List.of(stale), List.of(RB1, index("README.md")), List.of()),
                Arguments.of("runbook added", List.of(stale), List.of(RB1, RB2, index("README.md")),
                        List.of("README.md:12 index out of date: region `directory` differs from the index generated "
                                + "from runbook metadata (runbook `RB-002` is not in the index); run "
                                + "`runbook-governance index --write` and commit the result.")),
                Arguments.of("runbook removed", List.of(committedWithOnlyRb1()),
                        List.of(RB2, index("README.md")),
                        List.of("README.md:12 index out of date: region `directory` differs from the index generated "
                                + "from runbook metadata (runbook `RB-002` is not in the index; runbook `RB-001` is "
                                + "listed but no longer exists); run `runbook-governance index --write` and commit "
                                + "the result.")),
                Arguments.of("no regions known", List.of(), List.of(RB1, RB2, index("README.md")), List.of()),
                Arguments.of("runbook retitled", List.of(stale), List.of(runbook("RB-001", "RB-001-DOWN.md",
                                "title=Down Hard", "category=A", "severity=P0"), index("README.md")),
                        List.of("README.md:12 index out of date: region `directory` differs from the index generated "
                                + "from runbook metadata (the entries of `RB-001` changed); run "
                                + "`runbook-governance index --write` and commit the result.")),
                Arguments.of("a region the generator does not write", List.of(new IndexRegions("README.md",
                                Map.of("legacy", new IndexRegions.Region(7, "| old |")))), List.of(RB1, index("README.md")),
                        List.of("README.md:7 index out of date: region `legacy` is not one the generator writes; rename "
                                + "it to one of ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings(String name, List<IndexRegions> regions, List<Document> documents, List<String> expected) {
        assertFindingsStartWith(new OutOfDate(), regions, documents, expected);
    }
}
