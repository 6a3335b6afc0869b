package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookSection;
import org.runbookgovernance.report.Finding;

/**
 * {@code documents.runbook_sections}: a mixin-style page with one {@code ## AlertName} section per alert, and a
 * rule file whose {@code runbook_url}s name those headings. Coverage, orphans and freshness work per section;
 * a section without a review line is as fresh as the last commit that changed one of its lines.
 */
class RunbookSectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String PAGE = "mixin/runbook.md";
    private static final String CONFIG = """
            documents:
              runbook_sections:
                - {path: mixin/runbook.md, level: 2}
            review:
              interval: yearly
            alerts:
              rule_files: ["alerts/*.yaml"]
              runbook_url_map:
                "https://github.com/example/queue-mixin/blob/main/": ""
            """;
    private static final String RULES = """
            groups:
              - name: queue
                rules:
                  - alert: QueueConsumerStalled
                    expr: rate(queue_consumed_total[5m]) == 0
                    annotations:
                      runbook_url: https://github.com/example/queue-mixin/blob/main/mixin/runbook.md#queueconsumerstalled
                  - alert: QueueDepthGrowing
                    expr: deriv(queue_depth[30m]) > 0
                    annotations:
                      runbook_url: https://github.com/example/queue-mixin/blob/main/mixin/runbook.md#QueueDepthGrowing
                  - alert: QueueBrokerDiskFull
                    expr: queue_broker_disk_free_ratio < 0.05
                    annotations:
                      runbook_url: https://github.com/example/queue-mixin/blob/main/mixin/runbook.md#queuebrokerdiskfull
            """;

    /** Two years ago: every section as first written. */
    private static final String FIRST = """
            # Queue runbooks

            ## QueueConsumerStalled

            Consumers have stopped taking messages.

            ## QueueDepthGrowing

            The backlog grows faster than consumers drain it.

            ## QueueBrokerDiskFull

            **Owner:** queue-team
            **Last Review:** 2026-06-01

            The broker's disk is nearly full; producers will block.

            ## QueueDeadLetters

            Messages land in the dead-letter queue.
            """;

    /** Last year: only QueueConsumerStalled's lines changed. */
    private static final String SECOND = FIRST.replace("Consumers have stopped taking messages.",
            "Consumers have stopped taking messages; check the consumer group's lag first.");

    /** After its review: only QueueBrokerDiskFull's advice changed. */
    private static final String THIRD = SECOND.replace("producers will block.",
            "producers will block. Expand the volume before deleting anything.");

    @Test
    void aSectionEditedAfterItsReviewLineIsEditedNotReviewedAndTheOthersAreNot(@TempDir Path dir) {
        assertThat(findings(check(dir), "freshness/edited-not-reviewed")).extracting(f -> f.position().toString(),
                Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(PAGE + ":14", "edited after "
                + "last review: `QueueBrokerDiskFull` had lines changed on 2026-08-03 after its last review on "
                + "2026-06-01; review the section against that change and set Last Review."));
    }

    @Test
    void eachHeadingOfTheLevelIsARunbookAndThePageIsNone(@TempDir Path dir) {
        Checked checked = check(dir);
        Inventory inventory = checked.inventory();

        assertThat(inventory.document(PAGE).orElseThrow().kind()).isEqualTo(DocumentKind.RUNBOOK_PAGE);
        assertThat(inventory.runbookAt(PAGE)).isEmpty();
        assertThat(inventory.runbooks()).extracting(r -> r.id().value(), Runbook::location,
                r -> r.section().map(RunbookSection::line).orElse(0)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QueueConsumerStalled", PAGE + "#queueconsumerstalled", 3),
                        org.assertj.core.groups.Tuple.tuple("QueueDepthGrowing", PAGE + "#queuedepthgrowing", 7),
                        org.assertj.core.groups.Tuple.tuple("QueueBrokerDiskFull", PAGE + "#queuebrokerdiskfull", 11),
                        org.assertj.core.groups.Tuple.tuple("QueueDeadLetters", PAGE + "#queuedeadletters", 18));
        assertThat(checked.report().runbooks()).extracting(s -> s.path())
                .contains(PAGE + "#queuebrokerdiskfull");
        assertThat(findings(checked, "structure/required-section")).as("the page and its sections are not judged "
                + "for required sections").isEmpty();
    }

    @Test
    void anAlertWhoseUrlNamesAHeadingCoversThatSectionAndAnUnreferencedSectionIsAnOrphan(@TempDir Path dir) {
        Checked checked = check(dir);

        assertThat(checked.inventory().runbookAt(PAGE, Optional.of("QueueDepthGrowing")).map(r -> r.id().value()))
                .as("the anchor is compared as GitHub does, ignoring case").contains("QueueDepthGrowing");
        assertThat(checked.inventory().runbookAt(PAGE, Optional.empty())).as("the page alone reaches no section")
                .isEmpty();
        assertThat(findings(checked, "alerts/runbook-without-alert")).extracting(f -> f.position().toString())
                .containsExactly(PAGE + ":18");
        assertThat(findings(checked, "alerts/dangling-runbook-url")).isEmpty();
    }

    @Test
    void aReviewLineUnderTheHeadingIsTheSectionsLastReview(@TempDir Path dir) {
        Runbook disk = section(check(dir), "QueueBrokerDiskFull");

        assertThat(disk.lastReview()).contains(LocalDate.of(2026, 6, 1));
        assertThat(disk.owner()).contains("queue-team");
        assertThat(disk.section().orElseThrow().lastReviewFromGit()).isFalse();
    }

    @Test
    void aSectionWithoutAReviewLineIsReviewedWhenGitLastChangedItsLines(@TempDir Path dir) {
        Checked checked = check(dir);

        Runbook stalled = section(checked, "QueueConsumerStalled");
        Runbook growing = section(checked, "QueueDepthGrowing");
        assertThat(stalled.reviewed()).as("changed last year").map(LastReview::date).contains(LocalDate.of(2025, 12, 20));
        assertThat(stalled.lastReview()).as("it declares none").isEmpty();
        assertThat(stalled.section().orElseThrow().lastReviewFromGit()).isTrue();
        assertThat(growing.reviewed()).as("changed two years ago, untouched since").map(LastReview::date)
                .contains(LocalDate.of(2024, 11, 4));
        List<Finding> overdue = findings(checked, "freshness/overdue");
        assertThat(overdue).extracting(f -> f.position().toString()).as("a yearly interval: the sections changed two "
                + "years ago are overdue, the one changed last year is not").containsExactly(PAGE + ":7", PAGE + ":18");
        assertThat(overdue.get(0).message()).isEqualTo("review overdue: `QueueDepthGrowing` was last changed in git "
                + "on 2024-11-04 (no review line under its heading) and was due on 2025-11-04, 387 days ago (yearly "
                + "policy); review it and add `**Last Review:** YYYY-MM-DD`, or commit the fix it needs (a commit that "
                + "changes its lines counts as a review).");
        assertThat(findings(checked, "freshness/never-reviewed")).as("git knows every section's lines").isEmpty();
    }

    @Test
    void runbookSectionsIsAListOfPathAndLevel() {
        Config config = ConfigLoader.parse("documents:\n  runbook_sections:\n    - path: docs/*.md\n      level: 3\n",
                "cfg.yml");
        assertThat(config.documents().sectionLevel("docs/alerts.md")).hasValue(3);
        assertThat(config.documents().kindOf("docs/alerts.md")).isEqualTo(DocumentKind.RUNBOOK_PAGE);
        assertThat(config.documents().kindOf("runbooks/other.md")).isEqualTo(DocumentKind.RUNBOOK);
        assertThatThrownBy(() -> ConfigLoader.parse("documents:\n  runbook_sections:\n    - {path: a.md, level: 7}\n",
                "cfg.yml")).isInstanceOf(BadInputException.class).hasMessageContaining("not a heading level");
        assertThatThrownBy(() -> ConfigLoader.parse("documents:\n  runbook_sections:\n    - {level: 2}\n", "cfg.yml"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("has no `path`");
    }

    private static Checked check(Path dir) {
        Path root = dir.resolve("queue-mixin");
        try (ScratchRepository repo = ScratchRepository.init(root)) {
            repo.write(".runbook-governance.yml", CONFIG).write("alerts/queue.yaml", RULES).write(PAGE, FIRST)
                    .commit("first runbooks", Instant.parse("2024-11-04T10:00:00Z"));
            repo.write(PAGE, SECOND).commit("consumer lag first", Instant.parse("2025-12-20T10:00:00Z"));
            repo.write(PAGE, THIRD).commit("broker disk: expand first", Instant.parse("2026-08-03T10:00:00Z"));
        }
        Config config = ConfigLoader.load(root, null);
        CheckRequest request = CheckRequest.of(root, config, TODAY)
                .withGit(true, Map.of(), Optional.of("main"), Optional.empty(), false);
        return Governance.standard().checkKeepingInventory(request);
    }

    private static Runbook section(Checked checked, String id) {
        return checked.inventory().runbooks().stream().filter(r -> r.id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<Finding> findings(Checked checked, String ruleId) {
        return checked.report().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
