package org.runbookgovernance.rules.index;

import static org.runbookgovernance.index.IndexFixtures.index;
import static org.runbookgovernance.rules.index.IndexCases.RB1;
import static org.runbookgovernance.rules.index.IndexCases.RB2;
import static org.runbookgovernance.rules.index.IndexCases.assertFindingsStartWith;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Link;

/** {@code index/unknown-entry}: an index row naming a runbook file or id that does not exist. */
class UnknownEntryTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("dangling runbook path and unknown id", List.of(), List.of(RB1, index("README.md",
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
                        List.of(), List.of(RB1, RB2, index("README.md",
                                new Link("./incidents/RB-009-GONE.md", "RB-009", 6))), List.of()),
                Arguments.of("an index whose every row leads to a runbook is clean", List.of(),
                        List.of(RB1, RB2, index("README.md", new Link("./incidents/RB-001-DOWN.md", "RB-001", 5),
                                new Link("incidents/RB-002-SLOW.md#diagnosis", "RB-002", 6))), List.of()),
                Arguments.of("no index document, nothing to judge", List.of(), List.of(RB1, RB2), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings(String name, List<IndexRegions> regions, List<Document> documents, List<String> expected) {
        assertFindingsStartWith(new UnknownEntry(), regions, documents, expected);
    }
}
