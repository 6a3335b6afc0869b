package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
import static org.runbookgovernance.git.InventoryFixture.unknownChanges;
import static org.runbookgovernance.rules.branch.BranchFixtures.INDEX;
import static org.runbookgovernance.rules.branch.BranchFixtures.RB1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_2;
import static org.runbookgovernance.rules.branch.BranchFixtures.run;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;

/** {@code branch/unknown-context}: says which branch rules were skipped and why. */
class UnknownContextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Config.DEFAULT, unknownChanges(null, "main", "x"),
                        List.of(". branch unknown: HEAD is detached (as Jenkins checks out) and no CI variable names"
                                        + " the branch, so `branch/name` and `branch/id-mismatch` were skipped; pass"
                                        + " `--branch <name>` or set `CHANGE_BRANCH` or `BRANCH_NAME`.",
                                ". change set unknown: x, so `branch/date-not-bumped`, `branch/index-not-updated` and"
                                        + " `branch/id-mismatch` were skipped.")),
                Arguments.of(Config.DEFAULT, unknownChanges("main", null, "no target branch is known"),
                        List.of()),
                Arguments.of(Config.DEFAULT, unknownChanges("runbook/RB-001-x", null,
                                "no target branch is known"),
                        List.of(". change set unknown: no target branch is known, so `branch/date-not-bumped`,"
                                + " `branch/index-not-updated` and `branch/id-mismatch` were skipped.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 1, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, GitFacts.NONE, List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findings(Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(new UnknownContext(), inventory)).containsExactlyElementsOf(expected);
    }
}
