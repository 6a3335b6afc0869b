package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.freshness.OverdueTest.render;
import static org.runbookgovernance.rules.freshness.TestRepo.doc;
import static org.runbookgovernance.rules.freshness.TestRepo.repo;
import static org.runbookgovernance.rules.freshness.TestRepo.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;

class PostIncidentTest {

    static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);
    static final String REPORT = "postmortems/2026-11-20-cert-rotation.md";

    static TestRepo.Doc report(LocalDate date) {
        return doc(REPORT, DocumentKind.INCIDENT_REPORT).gap("RB-012", date, 14);
    }

    static TestRepo.Doc rb012(String lastUpdated) {
        TestRepo.Doc d = runbook("RB-012").label("Owner", "sre");
        return lastUpdated == null ? d : d.label("Last Updated", lastUpdated);
    }

    static final String OPEN = "incidents/RB-012.md:4 runbook gap not closed: `" + REPORT + ":14` named a gap in "
            + "`RB-012` on 2026-11-20; update the runbook (and Last Updated) within 48 hours of an incident.";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("not updated since the incident, window passed",
                        repo().add(report(INCIDENT)).add(rb012("2026-08-20")), List.of(OPEN)),
                Arguments.of("updated on the incident day closes it",
                        repo().add(report(INCIDENT)).add(rb012("2026-11-20")), List.of()),
                Arguments.of("updated late still closes it",
                        repo().add(report(INCIDENT)).add(rb012("2026-11-25")), List.of()),
                Arguments.of("the window's last day (incident + 48 h) is still open",
                        repo().today(LocalDate.of(2026, 11, 22)).add(report(INCIDENT)).add(rb012("2026-08-20")),
                        List.of()),
                Arguments.of("the day after the window closes",
                        repo().today(LocalDate.of(2026, 11, 23)).add(report(INCIDENT)).add(rb012("2026-08-20")),
                        List.of(OPEN)),
                Arguments.of("hours option: 24 h closes a day earlier",
                        repo().option(PostIncident.ID, "hours", 24).today(LocalDate.of(2026, 11, 22))
                                .add(report(INCIDENT)).add(rb012("2026-08-20")),
                        List.of(OPEN.replace("48 hours", "24 hours"))),
                Arguments.of("no Last Updated: reported at the H1",
                        repo().add(report(INCIDENT)).add(rb012(null)),
                        List.of(OPEN.replace("RB-012.md:4", "RB-012.md:1"))),
                Arguments.of("a gap naming an unknown runbook",
                        repo().add(doc(REPORT, DocumentKind.INCIDENT_REPORT).gap("RB-099", INCIDENT, 15)),
                        List.of(REPORT + ":15 runbook gap names an unknown runbook: the report names `RB-099`, which no "
                                + "runbook declares; correct the id in the Runbook Gaps section.")),
                Arguments.of("a gap without an incident date",
                        repo().add(report(null)).add(rb012("2026-08-20")),
                        List.of(REPORT + ":14 incident date missing: the report names a gap in `RB-012` but has no "
                                + "incident date; add a `**Date:** YYYY-MM-DD` line to the report.")),
                Arguments.of("two gaps in one runbook from one report: one finding",
                        repo().add(report(INCIDENT).gap("RB-012", INCIDENT, 16)).add(rb012("2026-08-20")),
                        List.of(OPEN)),
                Arguments.of("gaps in documents that are not incident reports are ignored",
                        repo().add(doc("notes.md", DocumentKind.OTHER).gap("RB-012", INCIDENT, 3)).add(rb012("2026-08-20")),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsGapsNotClosed(String name, TestRepo repo, List<String> expected) {
        assertThat(render(repo.check(new PostIncident()))).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> windows() {
        return Stream.of(Arguments.of(48, "2026-11-22"), Arguments.of(24, "2026-11-21"), Arguments.of(36, "2026-11-21"),
                Arguments.of(0, "2026-11-20"), Arguments.of(72, "2026-11-23"));
    }

    @ParameterizedTest(name = "{0} hours")
    @MethodSource("windows")
    void lastDayOfWindowCountsWholeDays(int hours, String lastDay) {
        assertThat(PostIncident.lastDayOfWindow(INCIDENT, hours)).isEqualTo(LocalDate.parse(lastDay));
    }
}
