package org.runbookgovernance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runbookgovernance.review.PlanRepo.repo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.ReviewState;

class ReviewPlanTest {

    @Test
    void groupsByOwnerInSortedOrderWithOverdueFirstThenNeverReviewedThenByDueThenId() {
        ReviewPlan plan = repo()
                .runbook("RB-003", "Owner", "performance-team", "Next Review", "2026-12-01")
                .runbook("RB-010", "Owner", "platform-sre", "Next Review", "2026-11-20")
                .runbook("RB-002", "Owner", "platform-sre", "Next Review", "2026-12-01")
                .runbook("RB-001", "Owner", "platform-sre", "Next Review", "2026-12-01")
                .runbook("RB-009", "Owner", "platform-sre")
                .runbook("RB-004", "Severity", "P2", "Next Review", "2027-01-10")
                .plan(90);

        assertThat(plan.byOwner().keySet()).containsExactly("(no owner)", "performance-team", "platform-sre");
        assertThat(plan.byOwner().get("platform-sre")).extracting(ReviewItem::id)
                .containsExactly("RB-010", "RB-009", "RB-001", "RB-002");
        assertThat(plan.items()).extracting(ReviewItem::id)
                .containsExactly("RB-004", "RB-003", "RB-010", "RB-009", "RB-001", "RB-002");
    }

    @Test
    void itemsCarryWhatTheTableShows() {
        ReviewPlan plan = repo().policy(new ReviewPolicy(ReviewInterval.QUARTERLY, Map.of(1, ReviewInterval.MONTHLY), 14, 48))
                .runbook("RB-010", "Title", "Memory Leak", "Owner", " platform-sre ", "Severity", "P1-P2",
                        "Last Review", "2026-10-20")
                .runbook("RB-009")
                .plan(30);

        assertThat(plan.items()).containsExactly(
                new ReviewItem("RB-009", "RB: RB-009", "incidents/RB-009.md", "(no owner)", "", null, 0,
                        ReviewState.NEVER_REVIEWED, "quarterly"),
                new ReviewItem("RB-010", "Memory Leak", "incidents/RB-010.md", "platform-sre", "P1-P2",
                        LocalDate.of(2026, 11, 20), -6, ReviewState.OVERDUE, "monthly", null,
                        LocalDate.of(2026, 10, 20), List.of("platform-sre"), List.of()));
    }

    static final Map<String, Object> URL_MAP = Map.of("runbook_url_map",
            Map.of("https://github.com/acme/runbooks/blob/main/", "."));

    static String url(String id) {
        return "https://github.com/acme/runbooks/blob/main/incidents/" + id + ".md";
    }

    @Test
    void withinOneStateRunbooksBehindACriticalAlertComeFirst() {
        ReviewPlan plan = repo().section("alerts", URL_MAP)
                .runbook("RB-001", "Owner", "sre", "Next Review", "2026-11-01")
                .runbook("RB-002", "Owner", "sre", "Next Review", "2026-11-20")
                .runbook("RB-003", "Owner", "sre", "Next Review", "2027-01-01")
                .runbook("RB-004", "Owner", "sre", "Next Review", "2027-02-01")
                .runbook("RB-005", "Owner", "sre")
                .alert("DiskWillFill", "warning", url("RB-001"))
                .alert("ApiDown", "critical", url("RB-002") + "#diagnosis")
                .alert("ApiSlow", "warning", url("RB-002"))
                .alert("QueueStuck", "critical", url("RB-004"))
                .plan(90);

        // overdue (critical RB-002 before the earlier RB-001), never reviewed, then later (critical RB-004 first)
        assertThat(plan.items()).extracting(ReviewItem::id)
                .containsExactly("RB-002", "RB-001", "RB-005", "RB-004", "RB-003");
        ReviewItem api = plan.items().get(0);
        assertThat(api.critical()).isTrue();
        assertThat(api.alerts()).extracting(RoutedAlert::display).containsExactly("ApiDown (critical)", "ApiSlow (warning)");
        assertThat(api.alerts().get(0).url()).contains(url("RB-002"));
        assertThat(plan.items().get(1).critical()).isFalse();
    }

    static Stream<Arguments> criticalLabels() {
        return Stream.of(
                Arguments.of("the default map: critical is P0-P1, which holds P0", Map.of(), "critical", true),
                Arguments.of("the default map: high is P1-P2", Map.of(), "high", false),
                Arguments.of("a P-level label that holds P0", Map.of(), "P0", true),
                Arguments.of("an unmapped label", Map.of(), "page", false),
                Arguments.of("a map whose most urgent level is P1", Map.of("severity_map", Map.of("s1", "P1", "s2", "P2")),
                        "s1", true),
                Arguments.of("the same map's second level", Map.of("severity_map", Map.of("s1", "P1", "s2", "P2")),
                        "s2", false),
                Arguments.of("an empty map: what require_runbook_for names", Map.of("severity_map", Map.of(),
                        "require_runbook_for", List.of("page")), "page", true),
                Arguments.of("an empty map: what it does not name", Map.of("severity_map", Map.of(),
                        "require_runbook_for", List.of("page")), "ticket", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criticalLabels")
    void anAlertIsCriticalWhenItsLabelMapsToTheMostUrgentLevel(String name, Map<String, Object> alerts, String label,
                                                              boolean critical) {
        Map<String, Object> section = new java.util.HashMap<>(URL_MAP);
        section.putAll(alerts);
        ReviewItem item = repo().section("alerts", section).runbook("RB-001").alert("A", label, url("RB-001"))
                .plan(90).items().get(0);
        assertThat(item.alerts()).singleElement().satisfies(a -> assertThat(a.critical()).isEqualTo(critical));
    }

    @Test
    void theAgeIsCountedFromTheLastReviewAndSaysNeverOrFromGit() {
        ReviewPlan plan = repo().runbook("RB-001", "Last Review", "2026-10-27").runbook("RB-002")
                .runbook("RB-003", "Next Review", "2026-12-01").plan(90);
        Map<String, ReviewItem> byId = new java.util.HashMap<>();
        plan.items().forEach(i -> byId.put(i.id(), i));
        assertThat(byId.get("RB-001").ageLabel(PlanRepo.TODAY)).isEqualTo("30 days");
        assertThat(byId.get("RB-002").ageLabel(PlanRepo.TODAY)).isEqualTo("never");
        assertThat(byId.get("RB-003").ageLabel(PlanRepo.TODAY)).isEqualTo("—");
        ReviewItem fromGit = new ReviewItem("RB-004", "", "a.md", "o", "", LocalDate.of(2026, 12, 1), 5,
                ReviewState.DUE_SOON, "quarterly", LocalDate.of(2026, 9, 1));
        assertThat(fromGit.ageLabel(PlanRepo.TODAY)).isEqualTo("86 days (from git)");
        assertThat(fromGit.ageOn(LocalDate.of(2026, 9, 2))).hasValue(1);
        assertThat(new ReviewItem("RB-005", "", "b.md", "o", "", LocalDate.of(2026, 12, 1), 5, ReviewState.DUE_SOON,
                "quarterly", LocalDate.of(2026, 11, 25)).ageLabel(PlanRepo.TODAY)).isEqualTo("1 day (from git)");
    }

    static Stream<Arguments> horizons() {
        return Stream.of(
                Arguments.of("due exactly at the horizon is in", "2027-02-24", 90, true),
                Arguments.of("a day past the horizon is out", "2027-02-25", 90, false),
                Arguments.of("overdue is always in", "2020-01-01", 0, true),
                Arguments.of("due today with horizon 0 is in", "2026-11-26", 0, true),
                Arguments.of("due tomorrow with horizon 0 is out", "2026-11-27", 0, false),
                Arguments.of("fresh but inside the horizon is in", "2027-01-20", 90, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("horizons")
    void horizonDecidesWhatIsOnThePlan(String name, String nextReview, int horizon, boolean listed) {
        ReviewPlan plan = repo().runbook("RB-001", "Next Review", nextReview).plan(horizon);
        assertThat(plan.items()).hasSize(listed ? 1 : 0);
        assertThat(plan.horizonDays()).isEqualTo(horizon);
        assertThat(plan.today()).isEqualTo(PlanRepo.TODAY);
    }

    @Test
    void neverReviewedIsAlwaysOnThePlan() {
        assertThat(repo().runbook("RB-001").plan(0).items()).extracting(ReviewItem::state)
                .containsExactly(ReviewState.NEVER_REVIEWED);
    }

    @Test
    void theMonthlyNoteSetsTheDueDateAndInterval() {
        ReviewItem item = repo().runbook("RB-001", "Last Review", "2026-11-10 (monthly review)").plan(30).items().get(0);
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(item.daysLeft()).isEqualTo(14);
        assertThat(item.state()).isEqualTo(ReviewState.DUE_SOON);
        assertThat(item.interval()).isEqualTo("monthly");
    }

    @Test
    void onlyRunbooksArePlanned() {
        ReviewPlan plan = repo().add("README.md", DocumentKind.INDEX, "Index", "Next Review", "2024-12-19")
                .add("quick-reference/G.md", DocumentKind.GUIDE, "Guide").plan(90);
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void rejectsANegativeHorizon() {
        assertThatThrownBy(() -> repo().plan(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutableAndSortsWhatItIsGiven() {
        ReviewItem late = new ReviewItem("RB-2", "", "b.md", "o", "", LocalDate.of(2027, 1, 1), 36,
                ReviewState.FRESH, "quarterly");
        ReviewItem early = new ReviewItem("RB-1", "", "a.md", "o", "", LocalDate.of(2026, 12, 1), 5,
                ReviewState.DUE_SOON, "quarterly");
        ReviewPlan plan = new ReviewPlan(PlanRepo.TODAY, 90,
                new java.util.HashMap<>(Map.of("z", List.of(late, early), "a", List.of(late))));
        assertThat(plan.byOwner().keySet()).containsExactly("a", "z");
        assertThat(plan.byOwner().get("z")).containsExactly(early, late);
        assertThatThrownBy(() -> plan.byOwner().put("b", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
