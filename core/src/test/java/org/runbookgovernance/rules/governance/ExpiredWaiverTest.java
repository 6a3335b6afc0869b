package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.config.Waiver;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/expired-waiver}: a waiver whose until date has passed, in a runbook or in the config, is
 * reported where it is written. (That it then hides nothing is the engine's part: {@code engine/WaiversTest}.)
 */
class ExpiredWaiverTest {

    private static final LocalDate YESTERDAY = Docs.TODAY.minusDays(1);

    @Test
    void aWaiverInARunbookThatEndedYesterdayIsAWarningAtItsLine() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down").text()
                .waiver("structure/required-section", YESTERDAY, "rewrite under way").build();

        assertThat(Docs.run(new ExpiredWaiver(), Docs.inventory(doc))).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.position()).isEqualTo(new SourcePosition("RB-001-db.md", 3));
            assertThat(f.message()).isEqualTo("waiver expired: the waiver for `structure/required-section` ended on "
                    + "2026-11-25; fix what it hid, or renew it with a new date and a reason.");
        });
    }

    @Test
    void aWaiverEndingTodayOrLaterOrNeverHasNotExpired() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down")
                .waiver("links/broken", Docs.TODAY, "last day")
                .waiver("structure/*", Docs.TODAY.plusYears(1), "next year")
                .waiver("*", null, "for good").build();

        assertThat(Docs.run(new ExpiredWaiver(), Docs.inventory(doc))).isEmpty();
    }

    @Test
    void eachExpiredWaiverIsOneFindingInReportOrder() {
        var first = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down")
                .waiver("links/broken", YESTERDAY, "a").waiver("links/*", LocalDate.of(2020, 1, 1), "b").build();
        var second = Docs.runbook("RB-002-disk.md").h1("RB-002: Disk Full")
                .waiver("*", YESTERDAY, "c").build();

        assertThat(Docs.lines(Docs.run(new ExpiredWaiver(), Docs.inventory(second, first)))).containsExactly(
                "RB-001-db.md:2 waiver expired: the waiver for `links/broken` ended on 2026-11-25; fix what it hid, "
                        + "or renew it with a new date and a reason.",
                "RB-001-db.md:3 waiver expired: the waiver for `links/*` ended on 2020-01-01; fix what it hid, "
                        + "or renew it with a new date and a reason.",
                "RB-002-disk.md:2 waiver expired: the waiver for `*` ended on 2026-11-25; fix what it hid, "
                        + "or renew it with a new date and a reason.");
    }

    @Test
    void anExpiredConfigWaiverIsReportedAtItsLineInTheConfig() {
        Config config = withWaivers(
                waiver("structure/required-section", List.of("legacy/**"), Optional.of(YESTERDAY), 3),
                waiver("links/broken", List.of(), Optional.of(Docs.TODAY), 4),
                waiver("freshness/*", List.of(), Optional.empty(), 5));

        assertThat(Docs.lines(Docs.run(new ExpiredWaiver(), Docs.inventory(config)))).containsExactly(
                ".runbook-governance.yml:3 waiver expired: the waiver for `structure/required-section` ended on "
                        + "2026-11-25; fix what it hid, or renew it with a new date and a reason.");
    }

    @Test
    void theLevelCanBeRaised() {
        var doc = Docs.runbook("RB-001-db.md").waiver("links/broken", YESTERDAY, "a").build();
        Config config = Docs.config(ExpiredWaiver.ID, Docs.level(Level.ERROR));

        assertThat(Docs.run(new ExpiredWaiver(), Docs.inventory(config, doc))).extracting(Finding::level)
                .containsExactly(Level.ERROR);
    }

    private static Waiver waiver(String rule, List<String> paths, Optional<LocalDate> until, int line) {
        return new Waiver(rule, paths.stream().map(Glob::of).toList(), until, "reason",
                new SourcePosition(Config.FILE_NAME, line));
    }

    private static Config withWaivers(Waiver... waivers) {
        return new Config("test", Config.DEFAULT.documents(), Config.DEFAULT.review(), Map.of(), List.of(waivers),
                Map.of());
    }
}
