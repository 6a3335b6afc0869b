package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
import static org.runbookgovernance.git.InventoryFixture.unknownChanges;
import static org.runbookgovernance.rules.branch.BranchFixtures.CUSTOM;
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

/** {@code branch/name}: a branch that changes runbooks follows the naming convention. */
class BranchNameTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-service-down", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("fix-stuff", modified(RB1, 3, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch name does not follow the convention: `fix-stuff`"
                                + " does not match `runbook/RB-\\d{3}-[a-z0-9-]+`; rename the branch, e.g."
                                + " `git branch -m runbook/RB-001-service-down`.")),
                Arguments.of(Config.DEFAULT, pullRequest("fix-stuff", modified("src/App.java", 3, false)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("main", modified(RB1, 3, true)), List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("dependabot/maven/org.x-1.2", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("release/2026.1", modified(RB1, 3, true)), List.of()),
                Arguments.of(Config.DEFAULT, unknownChanges("docs-update", null, "no target branch is known"),
                        List.of(". branch name does not follow the convention: `docs-update` does not match"
                                + " `runbook/RB-\\d{3}-[a-z0-9-]+` (the change set is unknown, so the name was checked"
                                + " anyway); rename the branch, e.g. `git branch -m runbook/RB-001-short-description`.")),
                Arguments.of(Config.DEFAULT, unknownChanges(null, "main", "x"), List.of()),
                Arguments.of(CUSTOM, pullRequest("rb/RB-001", modified(RB1, 3, true)), List.of()),
                Arguments.of(CUSTOM, pullRequest("hotfix/dns", modified(RB1, 3, true)), List.of()),
                Arguments.of(CUSTOM, pullRequest("runbook/RB-001-service-down", modified(RB1, 3, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch name does not follow the convention:"
                                + " `runbook/RB-001-service-down` does not match `rb/RB-\\d{3}`; rename the branch,"
                                + " e.g. `git branch -m rb/RB-001`.")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findings(Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(new BranchName(), inventory)).containsExactlyElementsOf(expected);
    }
}
