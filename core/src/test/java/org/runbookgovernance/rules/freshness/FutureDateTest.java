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

class FutureDateTest {

    static final String FIX = "; set it to the day the change or review actually happened.";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("last review a month ahead",
                        repo().add(runbook("RB-001").label("Last Review", "2026-12-26")),
                        List.of("incidents/RB-001.md:3 date in the future: `RB-001` declares Last Review 2026-12-26, "
                                + "30 days after today (2026-11-26)" + FIX)),
                Arguments.of("both dates ahead: two findings at their lines",
                        repo().add(runbook("RB-001").label("Last Updated", "2027-01-01").label("Last Review", "2026-11-28")),
                        List.of("incidents/RB-001.md:3 date in the future: `RB-001` declares Last Updated 2027-01-01, "
                                        + "36 days after today (2026-11-26)" + FIX,
                                "incidents/RB-001.md:4 date in the future: `RB-001` declares Last Review 2026-11-28, "
                                        + "2 days after today (2026-11-26)" + FIX)),
                Arguments.of("tomorrow is inside the default one-day tolerance",
                        repo().add(runbook("RB-001").label("Last Updated", "2026-11-27")),
                        List.of()),
                Arguments.of("today is fine",
                        repo().add(runbook("RB-001").label("Last Review", "2026-11-26")),
                        List.of()),
                Arguments.of("tolerance 0 flags tomorrow, in the singular",
                        repo().option(FutureDate.ID, "tolerance_days", 0).add(runbook("RB-001").label("Last Updated", "2026-11-27")),
                        List.of("incidents/RB-001.md:3 date in the future: `RB-001` declares Last Updated 2026-11-27, "
                                + "1 day after today (2026-11-26)" + FIX)),
                Arguments.of("Next Review is meant to be in the future",
                        repo().add(runbook("RB-001").label("Next Review", "2030-01-01")),
                        List.of()),
                Arguments.of("an invalid date is another rule's finding",
                        repo().add(runbook("RB-001").label("Last Updated", "2099-13-01")),
                        List.of()),
                Arguments.of("any document, named by its path",
                        repo().add(doc("README.md", DocumentKind.INDEX).label("Last Updated", "2027-11-02")),
                        List.of("README.md:1 date in the future: `README.md` declares Last Updated 2027-11-02, "
                                + "341 days after today (2026-11-26)" + FIX)),
                Arguments.of("an alias label is quoted as written",
                        repo().add(runbook("RB-001").label("Last Reviewed", "2026-12-01")),
                        List.of("incidents/RB-001.md:3 date in the future: `RB-001` declares Last Reviewed 2026-12-01, "
                                + "5 days after today (2026-11-26)" + FIX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsDatesInTheFuture(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new FutureDate()))).containsExactlyElementsOf(expected);
    }
}
