package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.freshness.OverdueTest.render;
import static org.runbookgovernance.rules.freshness.TestRepo.doc;
import static org.runbookgovernance.rules.freshness.TestRepo.repo;
import static org.runbookgovernance.rules.freshness.TestRepo.runbook;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;

class DueSoonTest {

    static final String FIX = "; review it before then, then set Last Review and Next Review.";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("due in five days",
                        repo().add(runbook("RB-003").label("Last Review", "2026-09-01").label("Next Review", "2026-12-01")),
                        List.of("incidents/RB-003.md:4 review due soon: `RB-003` is due for review on 2026-12-01, "
                                + "in 5 days (quarterly policy)" + FIX)),
                Arguments.of("due today is due soon, not overdue",
                        repo().add(runbook("RB-003").label("Next Review", "2026-11-26")),
                        List.of("incidents/RB-003.md:3 review due soon: `RB-003` is due for review on 2026-11-26, "
                                + "today (quarterly policy)" + FIX)),
                Arguments.of("due tomorrow, in the singular",
                        repo().add(runbook("RB-003").label("Next Review", "2026-11-27")),
                        List.of("incidents/RB-003.md:3 review due soon: `RB-003` is due for review on 2026-11-27, "
                                + "in 1 day (quarterly policy)" + FIX)),
                Arguments.of("exactly dueSoonDays (14) ahead is still due soon",
                        repo().add(runbook("RB-003").label("Next Review", "2026-12-10")),
                        List.of("incidents/RB-003.md:3 review due soon: `RB-003` is due for review on 2026-12-10, "
                                + "in 14 days (quarterly policy)" + FIX)),
                Arguments.of("fifteen days ahead is fresh",
                        repo().add(runbook("RB-003").label("Next Review", "2026-12-11")),
                        List.of()),
                Arguments.of("overdue is another rule's finding",
                        repo().add(runbook("RB-003").label("Next Review", "2026-11-25")),
                        List.of()),
                Arguments.of("the days option widens the window",
                        repo().option(DueSoon.ID, "days", 30).add(runbook("RB-003").label("Next Review", "2026-12-20")),
                        List.of("incidents/RB-003.md:3 review due soon: `RB-003` is due for review on 2026-12-20, "
                                + "in 24 days (quarterly policy)" + FIX)),
                Arguments.of("the days option narrows the window (given as text)",
                        repo().option(DueSoon.ID, "days", "3").add(runbook("RB-003").label("Next Review", "2026-12-01")),
                        List.of()),
                Arguments.of("the policy's own dueSoonDays applies without the option",
                        repo().policy(new org.runbookgovernance.model.ReviewPolicy(
                                org.runbookgovernance.model.ReviewInterval.QUARTERLY, java.util.Map.of(), 3, 48))
                                .add(runbook("RB-003").label("Next Review", "2026-12-01")),
                        List.of()),
                Arguments.of("a (monthly review) note derives the due date from Last Review",
                        repo().add(runbook("RB-003").label("Last Review", "2026-11-01 (monthly review)")),
                        List.of("incidents/RB-003.md:3 review due soon: `RB-003` is due for review on 2026-12-01, "
                                + "in 5 days (monthly policy)" + FIX)),
                Arguments.of("an index with review dates",
                        repo().add(doc("README.md", DocumentKind.INDEX).title("# Runbooks")
                                .label("Last Review", "2026-11-02").label("Next Review", "2026-12-02 (monthly review)")),
                        List.of("README.md:4 review due soon: `README.md` is due for review on 2026-12-02, "
                                + "in 6 days (monthly policy)" + FIX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsReviewsDueSoon(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new DueSoon()))).containsExactlyElementsOf(expected);
    }
}
