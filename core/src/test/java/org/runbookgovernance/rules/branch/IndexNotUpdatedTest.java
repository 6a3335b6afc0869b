package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.added;
import static org.runbookgovernance.git.InventoryFixture.index;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
import static org.runbookgovernance.git.InventoryFixture.renamed;
import static org.runbookgovernance.git.InventoryFixture.retitled;
import static org.runbookgovernance.git.InventoryFixture.runbook;
import static org.runbookgovernance.rules.branch.BranchFixtures.INDEX;
import static org.runbookgovernance.rules.branch.BranchFixtures.RB1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RB2;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_2;
import static org.runbookgovernance.rules.branch.BranchFixtures.run;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;

/** {@code branch/index-not-updated}: an added, renamed or retitled runbook comes with an index change. */
class IndexNotUpdatedTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-002-x", added(RB2)),
                        List.of("incidents/RB-002-high-latency.md:8 index not updated: `RB-002` was added on this"
                                + " branch but `README.md` did not change; update the index entry for it.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-002-x", added(RB2),
                        modified("README.md", 1, false)), List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-002-x", renamed(RB2,
                                "incidents/RB-002-latency.md")),
                        List.of("incidents/RB-002-high-latency.md:8 index not updated: `RB-002` was renamed from"
                                + " `incidents/RB-002-latency.md` on this branch but `README.md` did not change;"
                                + " update the index entry for it.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", retitled(RB1)),
                        List.of("incidents/RB-001-service-down.md:8 index not updated: `RB-001` was retitled to"
                                + " \"Service Down\" on this branch but `README.md` did not change; update the index"
                                + " entry for it.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 9, true)),
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findings(Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(new IndexNotUpdated(), inventory)).containsExactlyElementsOf(expected);
    }

    /** Where no index answers for a runbook, adding it asks for no index change. */
    static Stream<Arguments> noIndexThere() {
        GitFacts addRb2 = pullRequest("runbook/RB-002-x", added(RB2));
        String rb3 = "docs/runbooks/RB-003-disk-full.md";
        String rb4 = "docs/runbooks/RB-004-disk-slow.md";
        return Stream.of(
                Arguments.of("a prose README that links no runbook is no index", List.of(index("README.md")),
                        addRb2, List.of()),
                Arguments.of("a README that links one runbook of two is prose, not an index",
                        List.of(index("README.md", RB1)), addRb2, List.of()),
                Arguments.of("an index of another folder does not answer for the runbook",
                        List.of(index("docs/runbooks/README.md", rb3, rb4)), addRb2, List.of()),
                Arguments.of("an index of the runbook's folder does",
                        List.of(index("docs/runbooks/README.md", rb3, rb4)),
                        pullRequest("runbook/RB-003-x", added(rb3)),
                        List.of("docs/runbooks/RB-003-disk-full.md:8 index not updated: `RB-003` was added on this"
                                + " branch but `docs/runbooks/README.md` did not change; update the index entry for"
                                + " it.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noIndexThere")
    void indexNotUpdatedOnlyWhereAnIndexAnswersForTheRunbook(String name, List<Document> indexes, GitFacts git,
                                                             List<String> expected) {
        List<Document> docs = new java.util.ArrayList<>(List.of(RUNBOOK_1, RUNBOOK_2,
                runbook("docs/runbooks/RB-003-disk-full.md", "RB-003", "Disk Full", "2026-01-01", "2026-01-01"),
                runbook("docs/runbooks/RB-004-disk-slow.md", "RB-004", "Disk Slow", "2026-01-01", "2026-01-01")));
        docs.addAll(indexes);
        Inventory inventory = inventory(Config.DEFAULT, git, docs.toArray(Document[]::new));
        assertThat(run(new IndexNotUpdated(), inventory)).containsExactlyElementsOf(expected);
    }
}
