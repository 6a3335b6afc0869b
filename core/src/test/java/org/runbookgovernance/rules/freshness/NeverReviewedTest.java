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

class NeverReviewedTest {

    static final String FIX = "; review it, then add `**Last Review:** YYYY-MM-DD` and `**Next Review:** YYYY-MM-DD`.";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a runbook without review dates, at its H1",
                        repo().add(runbook("RB-004").label("Owner", "sre").label("Last Updated", "2026-11-01")),
                        List.of("incidents/RB-004.md:1 never reviewed: `RB-004` declares neither Last Review nor Next Review"
                                + FIX)),
                Arguments.of("a runbook with no metadata at all",
                        repo().add(runbook("RB-004")),
                        List.of("incidents/RB-004.md:1 never reviewed: `RB-004` declares neither Last Review nor Next Review"
                                + FIX)),
                Arguments.of("a runbook without an H1 is reported at line 1",
                        repo().add(doc("incidents/RB-009-X.md", DocumentKind.RUNBOOK).label("Owner", "sre")),
                        List.of("incidents/RB-009-X.md:1 never reviewed: `RB-009` declares neither Last Review nor Next Review"
                                + FIX)),
                Arguments.of("a placeholder says never, at its line",
                        repo().add(runbook("RB-004").label("Last Review", "TBD")),
                        List.of("incidents/RB-004.md:3 never reviewed: `RB-004` declares Last Review as `TBD`, "
                                + "which is no review date" + FIX)),
                Arguments.of("an empty value",
                        repo().add(runbook("RB-004").label("Next Review", "")),
                        List.of("incidents/RB-004.md:3 never reviewed: `RB-004` leaves Next Review empty" + FIX)),
                Arguments.of("an invalid date is metadata/invalid-date's finding, not a second one here",
                        repo().add(runbook("RB-004").label("Last Review", "2026-02-30")),
                        List.of()),
                Arguments.of("only Last Review is enough",
                        repo().add(runbook("RB-004").label("Last Review", "2026-11-01")),
                        List.of()),
                Arguments.of("only Next Review is enough",
                        repo().add(runbook("RB-004").label("Next Review", "2027-01-01")),
                        List.of()),
                Arguments.of("a guide with metadata but no review dates",
                        repo().add(doc("quick-reference/ON_CALL_GUIDE.md", DocumentKind.GUIDE).title("# On call")
                                .label("Owner", "sre")),
                        List.of("quick-reference/ON_CALL_GUIDE.md:1 never reviewed: `quick-reference/ON_CALL_GUIDE.md` "
                                + "declares neither Last Review nor Next Review" + FIX)),
                Arguments.of("a guide without any metadata is left alone",
                        repo().add(doc("quick-reference/NOTES.md", DocumentKind.GUIDE).title("# Notes")),
                        List.of()),
                Arguments.of("templates and incident reports are not reviewed on a schedule",
                        repo().add(doc("templates/COMMS.md", DocumentKind.TEMPLATE).label("Owner", "sre"))
                                .add(doc("postmortems/x.md", DocumentKind.INCIDENT_REPORT).label("Date", "2026-11-20")),
                        List.of()),
                Arguments.of("the kinds option adds templates",
                        repo().option(NeverReviewed.ID, "kinds", List.of("template"))
                                .add(doc("templates/COMMS.md", DocumentKind.TEMPLATE).label("Owner", "sre"))
                                .add(doc("quick-reference/G.md", DocumentKind.GUIDE).label("Owner", "sre")),
                        List.of("templates/COMMS.md:1 never reviewed: `templates/COMMS.md` declares neither Last Review "
                                + "nor Next Review" + FIX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsDocumentsNeverReviewed(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new NeverReviewed()))).containsExactlyElementsOf(expected);
    }
}
