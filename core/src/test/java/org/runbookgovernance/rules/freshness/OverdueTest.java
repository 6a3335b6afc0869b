package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.freshness.TestRepo.doc;
import static org.runbookgovernance.rules.freshness.TestRepo.repo;
import static org.runbookgovernance.rules.freshness.TestRepo.runbook;

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
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

class OverdueTest {

    static final ReviewPolicy P0_MONTHLY = new ReviewPolicy(ReviewInterval.QUARTERLY,
            Map.of(0, ReviewInterval.MONTHLY), 14, 48);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("next review six days ago",
                        repo().add(runbook("RB-010").label("Last Review", "2026-08-20").label("Next Review", "2026-11-20")),
                        List.of("incidents/RB-010.md:4 review overdue: `RB-010` was due for review on 2026-11-20, "
                                + "6 days ago (quarterly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("due yesterday is overdue, said in the singular",
                        repo().add(runbook("RB-001").label("Next Review", "2026-11-25")),
                        List.of("incidents/RB-001.md:3 review overdue: `RB-001` was due for review on 2026-11-25, "
                                + "1 day ago (quarterly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("due today is not overdue",
                        repo().add(runbook("RB-001").label("Next Review", "2026-11-26")),
                        List.of()),
                Arguments.of("no next review: last review plus a quarter, at the Last Review line",
                        repo().add(runbook("RB-002").label("Last Updated", "2026-08-25").label("Last Review", "2026-08-25")),
                        List.of("incidents/RB-002.md:4 review overdue: `RB-002` was due for review on 2026-11-25, "
                                + "1 day ago (quarterly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("last review plus a quarter lands today",
                        repo().add(runbook("RB-002").label("Last Review", "2026-08-26")),
                        List.of()),
                Arguments.of("P0 under a monthly severity policy",
                        repo().policy(P0_MONTHLY).add(runbook("RB-001").label("Severity", "P0")
                                .label("Last Review", "2026-10-20")),
                        List.of("incidents/RB-001.md:4 review overdue: `RB-001` was due for review on 2026-11-20, "
                                + "6 days ago (monthly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("the range P0-P1 takes its most urgent level's interval",
                        repo().policy(P0_MONTHLY).add(runbook("RB-005").label("Severity", "P0-P1")
                                .label("Last Review", "2026-10-20")),
                        List.of("incidents/RB-005.md:4 review overdue: `RB-005` was due for review on 2026-11-20, "
                                + "6 days ago (monthly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("P2 falls back to the quarterly default",
                        repo().policy(P0_MONTHLY).add(runbook("RB-003").label("Severity", "P2")
                                .label("Last Review", "2026-10-20")),
                        List.of()),
                Arguments.of("a (monthly review) note on Last Review tightens the quarterly default",
                        repo().add(runbook("RB-007").label("Last Review", "2026-10-20 (monthly review)")),
                        List.of("incidents/RB-007.md:3 review overdue: `RB-007` was due for review on 2026-11-20, "
                                + "6 days ago (monthly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("the runbook's own Review Interval wins over its severity",
                        repo().policy(P0_MONTHLY).add(runbook("RB-001").label("Severity", "P0")
                                .label("Review Interval", "quarterly").label("Last Review", "2026-10-20")),
                        List.of()),
                Arguments.of("an interval without a name",
                        repo().add(runbook("RB-012").label("Review Interval", "30d").label("Last Review", "2026-10-20")),
                        List.of("incidents/RB-012.md:4 review overdue: `RB-012` was due for review on 2026-11-19, "
                                + "7 days ago (policy of every 30d); review it, then set Last Review and Next Review.")),
                Arguments.of("never reviewed is another rule's finding",
                        repo().add(runbook("RB-004").label("Owner", "sre")),
                        List.of()),
                Arguments.of("an invalid Next Review falls back to Last Review plus the interval",
                        repo().add(runbook("RB-004").label("Last Review", "2026-08-01").label("Next Review", "soon")),
                        List.of("incidents/RB-004.md:4 review overdue: `RB-004` was due for review on 2026-11-01, "
                                + "25 days ago (quarterly policy); review it, then set Last Review and Next Review.")),
                Arguments.of("a guide with review dates is reviewed too, named by its path",
                        repo().add(doc("quick-reference/ON_CALL_GUIDE.md", DocumentKind.GUIDE).title("# On-call guide")
                                .label("Last Review", "2026-07-20").label("Next Review", "2026-10-20")),
                        List.of("quick-reference/ON_CALL_GUIDE.md:4 review overdue: `quick-reference/ON_CALL_GUIDE.md` "
                                + "was due for review on 2026-10-20, 37 days ago (quarterly policy); review it, then set "
                                + "Last Review and Next Review.")),
                Arguments.of("a guide without review dates is not reviewed",
                        repo().add(doc("templates/COMMS.md", DocumentKind.TEMPLATE).label("Last Updated", "2020-01-01")),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsOverdueReviews(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new Overdue()))).containsExactlyElementsOf(expected);
    }

    /** The seed's index: its monthly note makes it overdue on any day after 2024-12-19. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seedIndexDays")
    void seedIndexIsOverdueAfterItsNextReview(LocalDate today, boolean overdue) {
        TestRepo repo = repo().today(today).add(seedIndex());
        List<Finding> found = repo.check(new Overdue());
        assertThat(found).hasSize(overdue ? 1 : 0);
        found.forEach(f -> {
            assertThat(f.position().toString()).isEqualTo("README.md:285");
            assertThat(f.runbook()).isEmpty();
            assertThat(f.message()).contains("`README.md` was due for review on 2024-12-19").contains("(monthly policy)");
        });
    }

    static Stream<Arguments> seedIndexDays() {
        return Stream.of(Arguments.of(LocalDate.of(2024, 12, 19), false), Arguments.of(LocalDate.of(2024, 12, 20), true),
                Arguments.of(LocalDate.of(2026, 11, 26), true));
    }

    @Test
    void findingsCarryTheRunbookIdAndTheRuleLevel() {
        List<Finding> found = repo().add(runbook("RB-010").label("Next Review", "2026-01-01")).check(new Overdue());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("freshness/overdue");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.runbook()).contains(RunbookId.of("RB-010"));
        });
    }

    @Test
    void isRegistered() {
        assertThat(FreshnessRules.all()).extracting(r -> r.id()).containsExactly("freshness/overdue",
                "freshness/due-soon", "freshness/never-reviewed", "freshness/future-date",
                "freshness/inconsistent-dates", "freshness/post-incident", "freshness/edited-not-reviewed");
    }

    /** Like the seed README: metadata at the bottom of a long file. */
    static TestRepo.Doc seedIndex() {
        TestRepo.Doc d = doc("README.md", DocumentKind.INDEX).title("# Incident Response Runbooks");
        for (int i = 3; i < 283; i++) {
            d.label("Filler " + i, "x");
        }
        return d.label("Document Owner", "DevOps Team (devops@company.com)")
                .label("Last Review", "2024-11-19").label("Next Review", "2024-12-19 (monthly review)");
    }

    static List<String> render(List<Finding> found) {
        return found.stream().map(f -> f.position() + " " + f.message()).toList();
    }
}
