package org.runbookgovernance.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.ReviewState;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class DigestWriterTest {

    static final LocalDate TODAY = PlanRepo.TODAY;

    static OwnerDigests digests() {
        ReviewItem overdue = new ReviewItem("RB-010", "Memory Leak", "incidents/RB-010.md", "platform-sre", "P1-P2",
                LocalDate.of(2026, 11, 20), -6, ReviewState.OVERDUE, "quarterly", null, LocalDate.of(2026, 8, 20),
                List.of("@acme/platform-sre"), List.of(new RoutedAlert("OOMKilled", "critical", true, Optional.empty()),
                        new RoutedAlert("PodMemoryHigh", "", false, Optional.empty())));
        ReviewItem fromGit = new ReviewItem("TargetDown", "", "docs/TargetDown.md", "platform-sre", "",
                LocalDate.of(2026, 11, 26), 0, ReviewState.DUE_SOON, "quarterly", LocalDate.of(2026, 8, 26),
                LocalDate.of(2026, 8, 26), List.of("@acme/platform-sre"), List.of());
        ReviewItem never = new ReviewItem("RB-004", "Disk (old)", "incidents/RB 004.md", ReviewPlan.NO_OWNER, "", null,
                0, ReviewState.NEVER_REVIEWED, "quarterly", null, null, List.of(), List.of());
        return new OwnerDigests(TODAY, 30, List.of(
                new OwnerDigest("platform-sre", List.of("@acme/platform-sre"), Optional.of("sre@example.com"),
                        "platform-sre.md", List.of(overdue, fromGit)),
                new OwnerDigest(ReviewPlan.NO_OWNER, List.of(), Optional.empty(), "no-owner.md", List.of(never))),
                Map.of("incidents/RB-010.md", "https://github.com/acme/runbooks/blob/main/incidents/RB-010.md"));
    }

    @Test
    void aDigestSaysWhatIsOverdueAndWhatIsDueAndWhenWithLinksAndAlerts() {
        OwnerDigests d = digests();
        assertThat(DigestWriter.markdown(d, d.owners().get(0))).isEqualTo("""
                # Runbook review for platform-sre — 2026-11-26

                2 runbooks to review in the next 30 days: 1 overdue, 1 due soon.
                Owner as written: @acme/platform-sre.

                ## Overdue (1)

                - [RB-010](https://github.com/acme/runbooks/blob/main/incidents/RB-010.md) Memory Leak (P1-P2)
                  Was due 2026-11-20, 6 days ago; last reviewed 2026-08-20, 98 days ago.
                  Alerts: OOMKilled (critical), PodMemoryHigh

                ## Due (1)

                - TargetDown
                  Due 2026-11-26, today; last reviewed 2026-08-26 (from git), 92 days ago.
                  File: `docs/TargetDown.md`

                Review each runbook, then record the review in its Last Review and Next Review.
                """);
    }

    @Test
    void runbooksWithoutOwnerAreAskedToGetOne() {
        OwnerDigests d = digests();
        assertThat(DigestWriter.markdown(d, d.owners().get(1))).isEqualTo("""
                # Runbook review for runbooks without an owner — 2026-11-26

                1 runbook with no owner to review in the next 30 days: 1 never reviewed.
                Name an owner in each runbook's metadata, in CODEOWNERS or in an OWNERS file.

                ## Never reviewed (1)

                - RB-004 Disk (old)
                  Never reviewed.
                  File: `incidents/RB 004.md`

                Review each runbook, then record the review in its Last Review and Next Review.
                """);
    }

    @Test
    void aLinkKeepsItsOwnEscapesAndCannotEndEarly() {
        assertThat(DigestWriter.urlTarget("https://x.example/a%20b/(old) <x>|y")).isEqualTo(
                "https://x.example/a%20b/%28old%29%20%3Cx%3E%7Cy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexReadsBackWithAddressesFilesAndCounts() {
        Map<String, Object> index = new Yaml(new SafeConstructor(new LoaderOptions())).load(DigestWriter.json(digests()));
        assertThat(index).containsEntry("schemaVersion", 1).containsEntry("today", "2026-11-26")
                .containsEntry("horizonDays", 30);
        List<Map<String, Object>> owners = (List<Map<String, Object>>) index.get("owners");
        assertThat(owners.get(0)).containsEntry("owner", "platform-sre").containsEntry("address", "sre@example.com")
                .containsEntry("file", "platform-sre.md").containsEntry("runbooks", 2).containsEntry("overdue", 1)
                .containsEntry("dueSoon", 1).containsEntry("ids", List.of("RB-010", "TargetDown"));
        assertThat(owners.get(1)).containsEntry("owner", "(no owner)").containsEntry("address", null)
                .containsEntry("neverReviewed", 1).containsEntry("names", List.of());
    }

    @Test
    void writingReplacesTheFilesAndRemovesADigestNoOwnerHasThisRound(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("digests");
        OwnerDigests d = digests();
        assertThat(DigestWriter.write(out, d)).containsExactly("platform-sre.md", "no-owner.md", "owners.json");
        Files.writeString(out.resolve("notes.md"), "kept: not ours", StandardCharsets.UTF_8);

        OwnerDigests next = new OwnerDigests(TODAY, 30, List.of(d.owners().get(0)), d.links());
        assertThat(DigestWriter.write(out, next)).containsExactly("platform-sre.md", "owners.json");

        try (Stream<Path> files = Files.list(out)) {
            // no temporary file is left beside them
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("notes.md", "owners.json", "platform-sre.md");
        }
        assertThat(out.resolve("platform-sre.md")).content(StandardCharsets.UTF_8).contains("RB-010");
    }

    @Test
    void anIndexThatIsNotOursNamesNothingToRemove(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("owners.json"), "{\"owners\": [{\"file\": \"../escape.md\"}, {\"file\": 7}]} x{",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("team.md"), "someone else's", StandardCharsets.UTF_8);
        DigestWriter.write(dir, digests());
        assertThat(dir.resolve("team.md")).exists();
        assertThat(dir.resolve("owners.json")).content(StandardCharsets.UTF_8).startsWith("{\n  \"schemaVersion\": 1");
    }
}
