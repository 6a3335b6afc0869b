package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.deleted;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
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
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;

/** {@code branch/id-mismatch}: the runbook id a branch names is one it changes. */
class BranchIdMismatchTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-003-dns", modified(RB1, 3, true),
                                modified(RB2, 1, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch names a runbook that did not change:"
                                + " `runbook/RB-003-dns` names `RB-003` but the branch changes `RB-001`, `RB-002`;"
                                + " rename the branch to `runbook/RB-001-service-down`, or make the change to"
                                + " `RB-003` it promises.")),
                Arguments.of(Config.DEFAULT, pullRequest("feature/OPS-123-tune", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(Config.DEFAULT, pullRequest("runbook/RB-004-gone", deleted(
                        "incidents/RB-004-gone.md")), List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findings(Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(new BranchIdMismatch(), inventory)).containsExactlyElementsOf(expected);
    }

    static final String TARGET_DOWN = "alerts/cluster-monitoring/TargetDown.md";
    static final String KUBE_DOWN = "alerts/virt/KubeVirtDown.md";
    static final String RUNBOOK_MD = "mixin/runbook.md";

    static Stream<Arguments> alertNamedCases() {
        return Stream.of(
                Arguments.of("runbook/TargetDown", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("runbook/targetdown-relabel", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("fix-docs", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("TargetDown", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("runbook/", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("PR-12", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                // `runbook` is the kind of branch here, not the runbook mixin/runbook.md
                Arguments.of("runbook/relabel-targets", List.of(modified(TARGET_DOWN, 3, true)), List.of()),
                Arguments.of("runbook/kubevirtdown", List.of(modified(KUBE_DOWN, 3, true)), List.of()),
                Arguments.of("runbook/KubeVirtDown-fix", List.of(modified(TARGET_DOWN, 3, true)),
                        List.of("alerts/cluster-monitoring/TargetDown.md:8 branch names a runbook that did not change:"
                                + " `runbook/KubeVirtDown-fix` names `KubeVirtDown` but the branch changes"
                                + " `TargetDown`; rename the branch, or make the"
                                + " change to `KubeVirtDown` it promises.")),
                Arguments.of("runbook/KubeVirtDownMore", List.of(modified(TARGET_DOWN, 3, true)), List.of()));
    }

    @ParameterizedTest(name = "branch {0}")
    @MethodSource("alertNamedCases")
    void idMismatchWithRunbooksNamedAfterTheirAlert(String branch, List<GitFacts.ChangedFile> changed,
                                                    List<String> expected) {
        Inventory inventory = inventory(Config.DEFAULT, pullRequest(branch,
                        changed.toArray(GitFacts.ChangedFile[]::new)),
                runbook(TARGET_DOWN, "TargetDown", "Target Down", "2026-01-01", "2026-01-01"),
                runbook(KUBE_DOWN, "KubeVirtDown", "KubeVirt Down", "2026-01-01", "2026-01-01"),
                runbook(RUNBOOK_MD, "runbook", "Thanos", "2026-01-01", "2026-01-01"));
        assertThat(inventory.runbookAt(TARGET_DOWN).orElseThrow().id().value()).isEqualTo("TargetDown");
        assertThat(run(new BranchIdMismatch(), inventory)).containsExactlyElementsOf(expected);
    }
}
