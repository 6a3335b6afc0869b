package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.InventoryFixture.edit;
import static org.runbookgovernance.git.InventoryFixture.edits;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.InventoryFixture.runbook;
import static org.runbookgovernance.git.RunbookText.steps;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.git.BranchContext;
import org.runbookgovernance.git.GitHistory;
import org.runbookgovernance.git.RunbookText;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;

class EditedNotReviewedTest {

    static final String RB1 = "incidents/RB-001-service-down.md";

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        Document reviewed = runbook(RB1, "RB-001", "Service Down", "2026-01-10", "2026-01-10");
        Document neverReviewed = runbook(RB1, "RB-001", "Service Down", "2026-01-10", null);
        return Stream.of(
                Arguments.of("content edited after review", reviewed, edits(Map.of(RB1, edit("2026-01-12T09:00:00Z", 7))),
                        List.of("incidents/RB-001-service-down.md:6 edited after last review: `RB-001` changed 7"
                                + " content lines on 2026-01-12 (commit `0123456`) after its last review on"
                                + " 2026-01-10; review the runbook against that change and set Last Review.")),
                Arguments.of("edited the day of the review", reviewed,
                        edits(Map.of(RB1, edit("2026-01-10T23:59:00Z", 7))), List.of()),
                Arguments.of("edited before the review", reviewed, edits(Map.of(RB1, edit("2026-01-02T10:00:00Z", 7))),
                        List.of()),
                Arguments.of("late evening elsewhere is the next day in UTC", reviewed,
                        edits(Map.of(RB1, edit("2026-01-11T00:30:00Z", 4))), List.of(
                                "incidents/RB-001-service-down.md:6 edited after last review: `RB-001` changed 4"
                                        + " content lines on 2026-01-11 (commit `0123456`) after its last review on"
                                        + " 2026-01-10; review the runbook against that change and set Last Review.")),
                Arguments.of("no history for the path (shallow clone)", reviewed, edits(Map.of()), List.of()),
                Arguments.of("never reviewed: another rule", neverReviewed,
                        edits(Map.of(RB1, edit("2026-01-12T09:00:00Z", 7))), List.of()),
                Arguments.of("git not consulted", reviewed, GitFacts.NONE, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(String name, Document runbook, GitFacts git, List<String> expected) {
        assertThat(run(inventoryOf(git, runbook))).containsExactlyElementsOf(expected);
    }

    @Test
    void onARealRepositoryATypoFixAfterTheReviewIsNotAnEditButARewriteIs() {
        Instant reviewDay = Instant.parse("2026-01-10T10:00:00Z");
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write(RB1, RunbookText.runbook("RB-001", "Service Down", "2026-01-10", "2026-01-10", steps(10, "a")))
                    .commit("reviewed", reviewDay);
            repo.write(RB1, RunbookText.runbook("RB-001", "Service Down", "2026-01-10", "2026-01-10",
                    steps(10, "a").replace("step 3 a", "step 3 A"))).commit("typo", Instant.parse("2026-01-15T10:00:00Z"));
            Document doc = runbook(RB1, "RB-001", "Service Down", "2026-01-10", "2026-01-10");

            GitFacts afterTypo = GitHistory.read(repo.root(), List.of(RB1), BranchContext.unknown(),
                    GitHistory.typoThreshold(Config.DEFAULT));
            assertThat(run(inventoryOf(afterTypo, doc))).isEmpty();

            Config strict = Config.DEFAULT.withSection("git", Map.of("typo_threshold", 0));
            GitFacts strictFacts = GitHistory.read(repo.root(), List.of(RB1), BranchContext.unknown(),
                    GitHistory.typoThreshold(strict));
            assertThat(run(inventoryOf(strictFacts, doc))).singleElement().asString()
                    .contains("changed 1 content line on 2026-01-15");

            repo.write(RB1, RunbookText.runbook("RB-001", "Service Down", "2026-01-20", "2026-01-10", steps(10, "b")))
                    .commit("rewrite diagnosis", Instant.parse("2026-01-20T10:00:00Z"));
            GitFacts afterRewrite = GitHistory.read(repo.root(), List.of(RB1), BranchContext.unknown(), 3);
            assertThat(run(inventoryOf(afterRewrite, doc))).singleElement().asString()
                    .contains("changed 10 content lines on 2026-01-20");
        }
    }

    private static org.runbookgovernance.inventory.Inventory inventoryOf(GitFacts git, Document doc) {
        return inventory(git, doc);
    }

    private static List<String> run(org.runbookgovernance.inventory.Inventory inventory) {
        EditedNotReviewed rule = new EditedNotReviewed();
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list().stream().sorted(Finding.ORDER).map(f -> f.position() + " " + f.message()).toList();
    }
}
