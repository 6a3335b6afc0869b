package org.runbookgovernance.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.record.ReviewTargets.Refusal;

class ReviewTargetsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path root;

    private Inventory inventory;

    @BeforeEach
    void repository() throws IOException {
        write("incidents/RB-001-OVERDUE.md", "# RB-001: A\n\n**Next Review:** 2026-11-01\n");
        write("incidents/RB-002-DUE-IN-14-DAYS.md", "# RB-002: B\n\n**Next Review:** 2026-12-10\n");
        write("incidents/RB-003-DUE-IN-15-DAYS.md", "# RB-003: C\n\n**Next Review:** 2026-12-11\n");
        write("incidents/RB-004-NEVER.md", "# RB-004: D\n\n**Owner:** sre\n");
        write("incidents/RB-005-ONE.md", "# RB-005: E\n");
        write("incidents/RB-005-TWO.md", "# RB-005: F\n");
        write("README.md", "# Runbooks\n\n**Last Review:** 2026-10-01\n**Next Review:** 2026-11-01\n");
        inventory = Governance.standard().inventory(CheckRequest.of(root, ConfigLoader.load(root, null), TODAY)
                .withGit(false, Map.of(), Optional.empty(), Optional.empty(), false));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anIdIsMatchedAsDeclaredIgnoringCaseAndEachRunbookIsMarkedOnce() {
        ReviewTargets t = ReviewTargets.named(inventory, List.of("rb-001", "RB-001", "incidents/RB-002-DUE-IN-14-DAYS.md"));

        assertThat(t.refused()).isEmpty();
        assertThat(t.runbooks()).extracting(r -> r.id().value()).containsExactly("RB-001", "RB-002");
    }

    @Test
    void anIndexThatDeclaresReviewDatesIsNamedByItsFile() {
        ReviewTargets t = ReviewTargets.named(inventory, List.of("./README.md"));

        assertThat(t.runbooks()).extracting(Runbook::path).containsExactly("README.md");
    }

    @Test
    void anIdOfNoRunbookOrOfTwoIsRefusedNamingTheFiles() {
        ReviewTargets t = ReviewTargets.named(inventory, List.of("RB-404", "RB-005", "RB-001"));

        assertThat(t.runbooks()).extracting(r -> r.id().value()).containsExactly("RB-001");
        assertThat(t.refused()).extracting(Refusal::path, Refusal::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.empty(), "no runbook has the id or path `RB-404`; give "
                        + "the id the runbook declares (as `check` lists it) or its file relative to the repository"),
                org.assertj.core.groups.Tuple.tuple(Optional.of("incidents/RB-005-ONE.md"), "`RB-005` is the id of 2 "
                        + "runbooks (`incidents/RB-005-ONE.md`, `incidents/RB-005-TWO.md`); name the file instead, and "
                        + "give each its own id (metadata/duplicate-id)"));
    }

    @Test
    void allDueIsWhatThePlanListsAsOverdueOrDueWithinTheWarningWindowAndNotTheNeverReviewed() {
        assertThat(ReviewTargets.allDue(inventory).runbooks()).extracting(r -> r.id().value())
                .containsExactly("RB-001", "RB-002");
    }
}
