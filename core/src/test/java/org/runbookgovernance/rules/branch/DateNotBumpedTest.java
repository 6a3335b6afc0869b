package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.added;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
import static org.runbookgovernance.git.InventoryFixture.runbook;
import static org.runbookgovernance.git.InventoryFixture.unknownChanges;
import static org.runbookgovernance.rules.branch.BranchFixtures.INDEX;
import static org.runbookgovernance.rules.branch.BranchFixtures.RB1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RB2;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_1;
import static org.runbookgovernance.rules.branch.BranchFixtures.RUNBOOK_2;
import static org.runbookgovernance.rules.branch.BranchFixtures.run;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;

/** {@code branch/date-not-bumped}: a content change bumps the runbook's last-updated date. */
class DateNotBumpedTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 4, false)),
                        List.of("incidents/RB-001-service-down.md:5 last updated not bumped: `RB-001` changed 4 content"
                                + " lines since `main` but its Last Updated is still 2026-01-01; set Last Updated to"
                                + " the day of this change.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 4, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 0, false)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", added(RB2)), List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 1, false)),
                        List.of("incidents/RB-001-service-down.md:5 last updated not bumped: `RB-001` changed 1 content"
                                + " line since `main` but its Last Updated is still 2026-01-01; set Last Updated to"
                                + " the day of this change.")),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 2, false),
                                modified(RB2, 3, false)),
                        List.of("incidents/RB-001-service-down.md:5 last updated not bumped: `RB-001` changed 2 content"
                                        + " lines since `main` but its Last Updated is still 2026-01-01; set Last Updated"
                                        + " to the day of this change.",
                                "incidents/RB-002-high-latency.md:5 last updated not bumped: `RB-002` changed 3 content"
                                        + " lines since `main` but its Last Updated is still 2026-01-01; set Last Updated"
                                        + " to the day of this change.")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findings(Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(new DateNotBumped(), inventory)).containsExactlyElementsOf(expected);
    }

    @Test
    void aRunbookThatKeepsNoLastUpdatedLeavesTheDateToGit() {
        Document undated = runbook(RB1, "RB-001", "Service Down", null, "2026-01-01");
        Inventory inventory = inventory(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 4, false)),
                undated, RUNBOOK_2, INDEX);

        assertThat(run(new DateNotBumped(), inventory)).isEmpty();
    }

    @Test
    void withoutAKnownChangeSetNothingIsJudged() {
        Inventory inventory = inventory(Config.DEFAULT, unknownChanges("runbook/RB-001-x", null, "no target"),
                RUNBOOK_1, RUNBOOK_2, INDEX);

        assertThat(run(new DateNotBumped(), inventory)).isEmpty();
    }
}
