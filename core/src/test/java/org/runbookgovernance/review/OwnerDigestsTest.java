package org.runbookgovernance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.review.PlanRepo.repo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.ReviewState;

class OwnerDigestsTest {

    static ReviewItem item(String id, String path, ReviewState state, LocalDate due, List<String> owners,
                           List<RoutedAlert> alerts) {
        return new ReviewItem(id, "", path, owners.isEmpty() ? ReviewPlan.NO_OWNER : String.join(", ", owners), "",
                due, 0, state, "quarterly", null, null, owners, alerts);
    }

    static ReviewPlan plan(ReviewItem... items) {
        Map<String, List<ReviewItem>> byOwner = new java.util.HashMap<>();
        for (ReviewItem i : items) {
            byOwner.computeIfAbsent(i.owner(), k -> new java.util.ArrayList<>()).add(i);
        }
        return new ReviewPlan(PlanRepo.TODAY, 90, byOwner);
    }

    @Test
    void aRunbookWithTwoOwnersIsInBothDigestsAndOneTeamWrittenTwoWaysGetsOne() {
        OwnerDigests digests = OwnerDigests.of(plan(
                        item("RB-1", "a.md", ReviewState.OVERDUE, LocalDate.of(2026, 11, 1), List.of("@acme/dba-team"), List.of()),
                        item("RB-2", "b.md", ReviewState.FRESH, LocalDate.of(2027, 1, 1), List.of("dba-team"), List.of()),
                        item("RB-3", "c.md", ReviewState.NEVER_REVIEWED, null, List.of("@acme/storage", "@acme/dba-team"),
                                List.of()),
                        item("RB-4", "d.md", ReviewState.FRESH, LocalDate.of(2027, 1, 1), List.of(), List.of())),
                OwnerAddresses.of(Map.of("dba-team", List.of("dba@example.com"))), RunbookLinks.NONE);

        assertThat(digests.owners()).extracting(OwnerDigest::owner).containsExactly("dba-team", "storage", "(no owner)");
        OwnerDigest dba = digests.owners().get(0);
        assertThat(dba.names()).containsExactly("@acme/dba-team", "dba-team");
        assertThat(dba.address()).contains("dba@example.com");
        assertThat(dba.runbooks()).extracting(ReviewItem::id).containsExactly("RB-1", "RB-3", "RB-2");
        assertThat(dba.file()).isEqualTo("dba-team.md");
        OwnerDigest storage = digests.owners().get(1);
        assertThat(storage.runbooks()).extracting(ReviewItem::id).containsExactly("RB-3");
        assertThat(storage.address()).isEmpty();
        OwnerDigest none = digests.owners().get(2);
        assertThat(none.isNoOwner()).isTrue();
        assertThat(none.file()).isEqualTo("no-owner.md");
        assertThat(none.names()).isEmpty();
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("a team is its own name", "dba-team", "dba-team.md"),
                Arguments.of("runbooks without an owner", ReviewPlan.NO_OWNER, "no-owner.md"),
                Arguments.of("a mail address", "jane@example.com", "jane-example.com.md"),
                Arguments.of("spaces, slashes and dots at the ends", " ../Team A/..", "team-a.md"),
                Arguments.of("nothing safe is left", "@@@", "owner.md"),
                Arguments.of("a Windows device name", "con", "con-owner.md"),
                Arguments.of("a device name with an extension", "nul.team", "nul.team-owner.md"),
                Arguments.of("accented letters lose their accents", "équipe-bd", "equipe-bd.md"),
                Arguments.of("other scripts are left out", "チーム-db", "db.md"),
                Arguments.of("a very long name is cut", "x".repeat(200), "x".repeat(OwnerDigests.MAX_STEM) + ".md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileNames")
    void fileNamesAreSafeEverywhere(String name, String owner, String file) {
        assertThat(OwnerDigests.fileName(owner, new HashSet<>())).isEqualTo(file);
    }

    @Test
    void twoOwnersThatWouldShareAFileGetNumberedOnes() {
        Set<String> taken = new HashSet<>();
        assertThat(OwnerDigests.fileName("team a", taken)).isEqualTo("team-a.md");
        assertThat(OwnerDigests.fileName("team/a", taken)).isEqualTo("team-a-2.md");
        assertThat(OwnerDigests.fileName("team_a", taken)).isEqualTo("team_a.md");
        assertThat(OwnerDigests.fileName("team+a", taken)).isEqualTo("team-a-3.md");
    }

    static final Map<String, Object> BLOB = Map.of("runbook_url_map",
            Map.of("https://github.com/acme/runbooks/blob/main/", "."));

    @Test
    void aRunbookIsLinkedUnderTheIndexBaseUrlFirst() {
        PlanRepo repo = repo().section("alerts", BLOB)
                .section("index", Map.of("base_url", "https://git.example.com/ops/tree/main"))
                .runbook("RB-001").alert("A", "critical", "https://github.com/acme/runbooks/blob/main/incidents/RB-001.md");
        assertThat(OwnerDigests.of(repo.plan(90), repo.config()).links())
                .isEqualTo(Map.of("incidents/RB-001.md", "https://git.example.com/ops/tree/main/incidents/RB-001.md"));
    }

    @Test
    void elseByTheAddressItsAlertPagesWithElseUnderACodeHostsFileView() {
        PlanRepo paged = repo().section("alerts", Map.of("runbook_url_map", Map.of("https://runbooks.example.com/", ".")))
                .runbook("RB-001").runbook("RB-002")
                .alert("A", "critical", "https://runbooks.example.com/incidents/RB-001.md#diagnosis");
        // a published site's addresses cannot be guessed back from a path: RB-002, which no alert names, is not linked
        assertThat(OwnerDigests.of(paged.plan(90), paged.config()).links())
                .isEqualTo(Map.of("incidents/RB-001.md", "https://runbooks.example.com/incidents/RB-001.md"));
        PlanRepo blob = repo().section("alerts", BLOB).runbook("RB-002");
        assertThat(OwnerDigests.of(blob.plan(90), blob.config()).links())
                .isEqualTo(Map.of("incidents/RB-002.md", "https://github.com/acme/runbooks/blob/main/incidents/RB-002.md"));
    }
}
