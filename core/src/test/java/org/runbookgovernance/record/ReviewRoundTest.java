package org.runbookgovernance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.record.ReviewRound.RecordedReview;
import org.runbookgovernance.record.ReviewTargets.Refusal;

/** Recording reviews in files: worked out in full, read back, and only then written; a refusal writes nothing. */
class ReviewRoundTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    private Inventory inventory() {
        return Governance.standard().inventory(CheckRequest.of(root, ConfigLoader.load(root, null), TODAY)
                .withGit(false, java.util.Map.of(), Optional.empty(), Optional.empty(), false));
    }

    private static final String BODY = "\n## Symptoms\n\nIt breaks.\n";

    @Test
    void theNextReviewIsTheReviewDayPlusTheRunbooksOwnIntervalElseItsSeveritysElseTheDefault() throws IOException {
        write(".runbook-governance.yml", "review: {interval: quarterly, by_severity: {P0: monthly}}\n");
        write("incidents/RB-001.md", "# RB-001: A\n\n**Severity:** P0\n**Last Review:** 2026-10-01\n"
                + "**Next Review:** 2026-11-01 (biweekly review)\n" + BODY);
        write("incidents/RB-002.md", "# RB-002: B\n\n**Severity:** P0\n**Last Review:** 2026-10-01\n" + BODY);
        write("incidents/RB-003.md", "# RB-003: C\n\n**Severity:** P2\n**Last Review:** 2026-10-01\n" + BODY);
        Inventory inventory = inventory();

        ReviewRound round = ReviewRound.prepare(root, inventory,
                ReviewTargets.named(inventory, List.of("RB-001", "RB-002", "RB-003")).runbooks(), TODAY, Optional.empty());

        assertThat(round.refused()).isEmpty();
        assertThat(round.reviews()).extracting(RecordedReview::name, r -> r.review().next(), r -> r.interval().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RB-001", LocalDate.of(2026, 12, 10), "biweekly"),
                        org.assertj.core.groups.Tuple.tuple("RB-002", LocalDate.of(2026, 12, 26), "monthly"),
                        org.assertj.core.groups.Tuple.tuple("RB-003", LocalDate.of(2027, 2, 26), "quarterly"));
    }

    @Test
    void nothingIsWrittenUntilWriteAndAfterItTheInventoryReadsTheReview() throws IOException {
        write("incidents/RB-010.md", "# RB-010: Leak\n\n**Last Review**: 2026-08-20\n**Next Review**: 2026-11-20\n" + BODY);
        Inventory before = inventory();
        assertThat(before.config().review().stateOn(before.runbooks().get(0), TODAY)).isEqualTo(ReviewState.OVERDUE);

        ReviewRound round = ReviewRound.prepare(root, before, before.runbooks(), TODAY, Optional.empty());
        assertThat(read("incidents/RB-010.md")).contains("2026-08-20");
        round.write();

        Inventory after = inventory();
        Runbook r = after.runbooks().get(0);
        assertThat(r.lastReview()).contains(TODAY);
        assertThat(r.nextReview()).contains(LocalDate.of(2027, 2, 26));
        assertThat(after.config().review().stateOn(r, TODAY)).isEqualTo(ReviewState.FRESH);
        assertThat(Files.list(root.resolve("incidents")).toList()).as("no temporary file left").hasSize(1);
    }

    @Test
    void oneRefusedRunbookAndNoFileIsWritten() throws IOException {
        String fine = "# RB-001: A\n\n**Last Review:** 2026-08-01\n" + BODY;
        String reviewedLater = "# RB-002: B\n\n**Last Review:** 2026-12-01\n" + BODY;
        write("incidents/RB-001.md", fine);
        write("incidents/RB-002.md", reviewedLater);
        Inventory inventory = inventory();

        ReviewRound round = ReviewRound.prepare(root, inventory, inventory.runbooks(), TODAY, Optional.empty());

        assertThat(round.refused()).extracting(Refusal::path, Refusal::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("incidents/RB-002.md"), "`RB-002` was last reviewed on "
                        + "2026-12-01, after 2026-11-26; give the day of this review with --date YYYY-MM-DD"));
        assertThatThrownBy(round::write).isInstanceOf(IllegalStateException.class);
        assertThat(read("incidents/RB-001.md")).isEqualTo(fine);
        assertThat(read("incidents/RB-002.md")).isEqualTo(reviewedLater);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanRewritten() throws IOException {
        write("incidents/RB-001.md", "# RB-001: A\n\n**Last Review:** 2026-08-01\n" + BODY);
        Inventory inventory = inventory();
        byte[] latin1 = "# RB-001: A\n\n**Last Review:** 2026-08-01\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("incidents/RB-001.md"), latin1);

        ReviewRound round = ReviewRound.prepare(root, inventory, inventory.runbooks(), TODAY, Optional.empty());

        assertThat(round.refused()).singleElement().extracting(Refusal::message).asString()
                .contains("not UTF-8");
        assertThat(Files.readAllBytes(root.resolve("incidents/RB-001.md"))).isEqualTo(latin1);
    }

    @Test
    void sectionsOfOnePageAreEachWrittenUnderTheirOwnHeading() throws IOException {
        write(".runbook-governance.yml", "documents:\n  runbook_sections:\n    - {path: mixin/runbook.md, level: 2}\n");
        String page = """
                # Queue runbooks

                ## QueueConsumerStalled

                Consumers have stopped taking messages.

                ## QueueBrokerDiskFull

                **Owner:** queue-team
                **Last Review:** 2026-06-01

                The broker's disk is nearly full.
                """;
        write("mixin/runbook.md", page);
        Inventory inventory = inventory();

        ReviewRound round = ReviewRound.prepare(root, inventory,
                ReviewTargets.named(inventory, List.of("QueueConsumerStalled", "QueueBrokerDiskFull")).runbooks(),
                TODAY, Optional.empty());
        assertThat(round.refused()).isEmpty();
        round.write();

        assertThat(read("mixin/runbook.md")).isEqualTo("""
                # Queue runbooks

                ## QueueConsumerStalled

                **Last Review:** 2026-11-26
                **Next Review:** 2027-02-26

                Consumers have stopped taking messages.

                ## QueueBrokerDiskFull

                **Owner:** queue-team
                **Last Review:** 2026-11-26

                The broker's disk is nearly full.
                """);
        assertThat(inventory().runbooks()).extracting(r -> r.id().value(), Runbook::lastReview).containsExactly(
                org.assertj.core.groups.Tuple.tuple("QueueConsumerStalled", Optional.of(TODAY)),
                org.assertj.core.groups.Tuple.tuple("QueueBrokerDiskFull", Optional.of(TODAY)));
    }

    @Test
    void theSameReviewRecordedTwiceLeavesTheFileAsItWas() throws IOException {
        write("incidents/RB-001.md", "# RB-001: A\n\n**Last Review:** 2026-08-01\n" + BODY);
        ReviewRound.prepare(root, inventory(), inventory().runbooks(), TODAY, Optional.empty()).write();
        String once = read("incidents/RB-001.md");

        ReviewRound again = ReviewRound.prepare(root, inventory(), inventory().runbooks(), TODAY, Optional.empty());

        assertThat(again.reviews()).singleElement().extracting(RecordedReview::changed).isEqualTo(false);
        again.write();
        assertThat(read("incidents/RB-001.md")).isEqualTo(once);
    }
}
