package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.added;
import static org.runbookgovernance.git.InventoryFixture.deleted;
import static org.runbookgovernance.git.InventoryFixture.index;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.modified;
import static org.runbookgovernance.git.InventoryFixture.pullRequest;
import static org.runbookgovernance.git.InventoryFixture.renamed;
import static org.runbookgovernance.git.InventoryFixture.retitled;
import static org.runbookgovernance.git.InventoryFixture.runbook;
import static org.runbookgovernance.git.InventoryFixture.unknownChanges;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

class BranchRulesTest {

    static final String RB1 = "incidents/RB-001-service-down.md";
    static final String RB2 = "incidents/RB-002-high-latency.md";
    static final Document RUNBOOK_1 = runbook(RB1, "RB-001", "Service Down", "2026-01-01", "2026-01-01");
    static final Document RUNBOOK_2 = runbook(RB2, "RB-002", "High Latency", "2026-01-01", "2026-01-01");
    static final Document INDEX = index("README.md", RB1, RB2);

    static final Config CUSTOM = Config.DEFAULT.withSection("branch", Map.of("pattern", "rb/RB-\\d{3}",
            "exempt", List.of("main", "hotfix/*"), "example", "rb/{id}"));

    static Stream<Arguments> cases() {
        return Stream.of(
                // branch/name
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("runbook/RB-001-service-down", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("fix-stuff", modified(RB1, 3, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch name does not follow the convention: `fix-stuff`"
                                + " does not match `runbook/RB-\\d{3}-[a-z0-9-]+`; rename the branch, e.g."
                                + " `git branch -m runbook/RB-001-service-down`.")),
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("fix-stuff", modified("src/App.java", 3, false)),
                        List.of()),
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("main", modified(RB1, 3, true)), List.of()),
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("dependabot/maven/org.x-1.2", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(new Name(), Config.DEFAULT, pullRequest("release/2026.1", modified(RB1, 3, true)), List.of()),
                Arguments.of(new Name(), Config.DEFAULT, unknownChanges("docs-update", null, "no target branch is known"),
                        List.of(". branch name does not follow the convention: `docs-update` does not match"
                                + " `runbook/RB-\\d{3}-[a-z0-9-]+` (the change set is unknown, so the name was checked"
                                + " anyway); rename the branch, e.g. `git branch -m runbook/RB-001-short-description`.")),
                Arguments.of(new Name(), Config.DEFAULT, unknownChanges(null, "main", "x"), List.of()),
                Arguments.of(new Name(), CUSTOM, pullRequest("rb/RB-001", modified(RB1, 3, true)), List.of()),
                Arguments.of(new Name(), CUSTOM, pullRequest("hotfix/dns", modified(RB1, 3, true)), List.of()),
                Arguments.of(new Name(), CUSTOM, pullRequest("runbook/RB-001-service-down", modified(RB1, 3, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch name does not follow the convention:"
                                + " `runbook/RB-001-service-down` does not match `rb/RB-\\d{3}`; rename the branch,"
                                + " e.g. `git branch -m rb/RB-001`.")),
                // branch/id-mismatch
                Arguments.of(new IdMismatch(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(new IdMismatch(), Config.DEFAULT, pullRequest("runbook/RB-003-dns", modified(RB1, 3, true),
                                modified(RB2, 1, true)),
                        List.of("incidents/RB-001-service-down.md:8 branch names a runbook that did not change:"
                                + " `runbook/RB-003-dns` names `RB-003` but the branch changes `RB-001`, `RB-002`;"
                                + " rename the branch to `runbook/RB-001-service-down`, or make the change to"
                                + " `RB-003` it promises.")),
                Arguments.of(new IdMismatch(), Config.DEFAULT, pullRequest("feature/OPS-123-tune", modified(RB1, 3, true)),
                        List.of()),
                Arguments.of(new IdMismatch(), Config.DEFAULT, pullRequest("runbook/RB-004-gone", deleted(
                        "incidents/RB-004-gone.md")), List.of()),
                // branch/date-not-bumped
                Arguments.of(new DateNotBumped(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 4, false)),
                        List.of("incidents/RB-001-service-down.md:5 last updated not bumped: `RB-001` changed 4 content"
                                + " lines since `main` but its Last Updated is still 2026-01-01; set Last Updated to"
                                + " the day of this change.")),
                Arguments.of(new DateNotBumped(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 4, true)),
                        List.of()),
                Arguments.of(new DateNotBumped(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 0, false)),
                        List.of()),
                Arguments.of(new DateNotBumped(), Config.DEFAULT, pullRequest("runbook/RB-001-x", added(RB2)), List.of()),
                // branch/index-not-updated
                Arguments.of(new IndexNotUpdated(), Config.DEFAULT, pullRequest("runbook/RB-002-x", added(RB2)),
                        List.of("incidents/RB-002-high-latency.md:8 index not updated: `RB-002` was added on this"
                                + " branch but `README.md` did not change; update the index entry for it.")),
                Arguments.of(new IndexNotUpdated(), Config.DEFAULT, pullRequest("runbook/RB-002-x", added(RB2),
                        modified("README.md", 1, false)), List.of()),
                Arguments.of(new IndexNotUpdated(), Config.DEFAULT, pullRequest("runbook/RB-002-x", renamed(RB2,
                                "incidents/RB-002-latency.md")),
                        List.of("incidents/RB-002-high-latency.md:8 index not updated: `RB-002` was renamed from"
                                + " `incidents/RB-002-latency.md` on this branch but `README.md` did not change;"
                                + " update the index entry for it.")),
                Arguments.of(new IndexNotUpdated(), Config.DEFAULT, pullRequest("runbook/RB-001-x", retitled(RB1)),
                        List.of("incidents/RB-001-service-down.md:8 index not updated: `RB-001` was retitled to"
                                + " \"Service Down\" on this branch but `README.md` did not change; update the index"
                                + " entry for it.")),
                Arguments.of(new IndexNotUpdated(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 9, true)),
                        List.of()),
                // branch/unknown-context
                Arguments.of(new UnknownContext(), Config.DEFAULT, unknownChanges(null, "main", "x"),
                        List.of(". branch unknown: HEAD is detached (as Jenkins checks out) and no CI variable names"
                                        + " the branch, so `branch/name` and `branch/id-mismatch` were skipped; pass"
                                        + " `--branch <name>` or set `CHANGE_BRANCH` or `BRANCH_NAME`.",
                                ". change set unknown: x, so `branch/date-not-bumped`, `branch/index-not-updated` and"
                                        + " `branch/id-mismatch` were skipped.")),
                Arguments.of(new UnknownContext(), Config.DEFAULT, unknownChanges("main", null, "no target branch is known"),
                        List.of()),
                Arguments.of(new UnknownContext(), Config.DEFAULT, unknownChanges("runbook/RB-001-x", null,
                                "no target branch is known"),
                        List.of(". change set unknown: no target branch is known, so `branch/date-not-bumped`,"
                                + " `branch/index-not-updated` and `branch/id-mismatch` were skipped.")),
                Arguments.of(new UnknownContext(), Config.DEFAULT, pullRequest("runbook/RB-001-x", modified(RB1, 1, true)),
                        List.of()),
                Arguments.of(new UnknownContext(), Config.DEFAULT, GitFacts.NONE, List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rule(Rule rule, Config config, GitFacts git, List<String> expected) {
        Inventory inventory = inventory(config, git, RUNBOOK_1, RUNBOOK_2, INDEX);
        assertThat(run(rule, inventory)).containsExactlyElementsOf(expected);
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
        assertThat(run(new IdMismatch(), inventory)).containsExactlyElementsOf(expected);
    }

    static List<String> run(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list().stream().sorted(Finding.ORDER).map(f -> f.position() + " " + f.message()).toList();
    }
}
