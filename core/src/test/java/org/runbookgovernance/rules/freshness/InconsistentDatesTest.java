package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.freshness.OverdueTest.render;
import static org.runbookgovernance.rules.freshness.TestRepo.doc;
import static org.runbookgovernance.rules.freshness.TestRepo.repo;
import static org.runbookgovernance.rules.freshness.TestRepo.runbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;

class InconsistentDatesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("next review before last review",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2026-10-01")),
                        List.of("incidents/RB-001.md:4 review dates inconsistent: `RB-001` declares Next Review 2026-10-01 "
                                + "before Last Review 2026-11-01; set Next Review to the next due date, 2027-02-01 under "
                                + "the quarterly policy.")),
                Arguments.of("next review on the same day",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2026-11-01")),
                        List.of("incidents/RB-001.md:4 review dates inconsistent: `RB-001` declares Next Review 2026-11-01 "
                                + "on the same day as Last Review 2026-11-01; set Next Review to the next due date, "
                                + "2027-02-01 under the quarterly policy.")),
                Arguments.of("a schedule looser than the policy",
                        repo().add(runbook("RB-001").label("Last Review", "2026-12-01").label("Next Review", "2027-06-01")),
                        List.of("incidents/RB-001.md:4 review schedule looser than policy: `RB-001` declares Next Review "
                                + "2027-06-01, 6 months after Last Review 2026-12-01, but the quarterly policy allows "
                                + "3 months; set Next Review to 2027-03-01 or earlier, or declare a Review Interval for "
                                + "this document.")),
                Arguments.of("exactly interval plus the 7 days of slack is fine",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2027-02-08")),
                        List.of()),
                Arguments.of("one day past the slack is not",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2027-02-09")),
                        List.of("incidents/RB-001.md:4 review schedule looser than policy: `RB-001` declares Next Review "
                                + "2027-02-09, 3 months 8 days after Last Review 2026-11-01, but the quarterly policy "
                                + "allows 3 months; set Next Review to 2027-02-01 or earlier, or declare a Review Interval "
                                + "for this document.")),
                Arguments.of("slack_days 0",
                        repo().option(InconsistentDates.ID, "slack_days", 0)
                                .add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2027-02-02")),
                        List.of("incidents/RB-001.md:4 review schedule looser than policy: `RB-001` declares Next Review "
                                + "2027-02-02, 3 months 1 day after Last Review 2026-11-01, but the quarterly policy "
                                + "allows 3 months; set Next Review to 2027-02-01 or earlier, or declare a Review Interval "
                                + "for this document.")),
                Arguments.of("a tighter schedule than the policy is fine",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-01").label("Next Review", "2026-12-01")),
                        List.of()),
                Arguments.of("the (monthly review) note is the interval",
                        repo().add(doc("README.md", DocumentKind.INDEX).label("Last Review", "2024-11-19")
                                .label("Next Review", "2025-02-19 (monthly review)")),
                        List.of("README.md:2 review schedule looser than policy: `README.md` declares Next Review "
                                + "2025-02-19, 3 months after Last Review 2024-11-19, but the monthly policy allows 1 month; "
                                + "set Next Review to 2024-12-19 or earlier, or declare a Review Interval for this document.")),
                Arguments.of("the seed index's own dates are consistent",
                        repo().add(doc("README.md", DocumentKind.INDEX).label("Last Review", "2024-11-19")
                                .label("Next Review", "2024-12-19 (monthly review)")),
                        List.of()),
                Arguments.of("the severity's interval",
                        repo().policy(new ReviewPolicy(ReviewInterval.QUARTERLY, Map.of(0, ReviewInterval.MONTHLY), 14, 48))
                                .add(runbook("RB-001").label("Severity", "P0").label("Last Review", "2026-11-01")
                                        .label("Next Review", "2027-02-01")),
                        List.of("incidents/RB-001.md:5 review schedule looser than policy: `RB-001` declares Next Review "
                                + "2027-02-01, 3 months after Last Review 2026-11-01, but the monthly policy allows 1 month; "
                                + "set Next Review to 2026-12-01 or earlier, or declare a Review Interval for this document.")),
                Arguments.of("last updated before last review is allowed",
                        repo().add(runbook("RB-001").label("Last Updated", "2026-06-01").label("Last Review", "2026-11-01")
                                .label("Next Review", "2027-02-01")),
                        List.of()),
                Arguments.of("one date missing: nothing to compare",
                        repo().add(runbook("RB-001").label("Next Review", "2020-01-01")),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsInconsistentReviewDates(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new InconsistentDates()))).containsExactlyElementsOf(expected);
    }
}
