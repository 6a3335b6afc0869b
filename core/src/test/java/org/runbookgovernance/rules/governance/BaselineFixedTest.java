package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/baseline-fixed}: an accepted finding that no longer occurs. The baseline reports it once every
 * other rule has run; this class gives it its id, level and message.
 */
class BaselineFixedTest {

    /** Dated and owned, every default section but Impact: one structure finding. */
    private static final String WITHOUT_IMPACT = "# RB-001: Database Down\n\n**Owner**: dba\n**Severity**: P2\n"
            + "**Last Updated**: 2026-11-01\n**Last Review**: 2026-11-01\n**Next Review**: 2027-02-01\n\n"
            + "## Symptoms\nSlow.\n\n## Diagnosis\nLook.\n\n## Mitigation\nFix.\n";

    @TempDir
    Path root;

    @Test
    void theInventoryAloneGivesNoFinding() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down").build();

        assertThat(Docs.run(new BaselineFixed(), Docs.inventory(doc))).isEmpty();
    }

    @Test
    void oneFixedFindingIsSaidInTheSingularWithItsKey() {
        assertThat(BaselineFixed.message("links/broken", "docs/gone.md", 1)).isEqualTo("baselined finding fixed: "
                + "the `links/broken` finding about `docs/gone.md` no longer occurs; run `runbook-governance "
                + "baseline` to drop it from the baseline.");
    }

    @Test
    void severalAreCountedAndEachPartOfTheKeyIsQuoted() {
        assertThat(BaselineFixed.message("alerts/severity-mismatch", "DiskFull|RB-004", 3)).isEqualTo(
                "baselined findings fixed: 3 `alerts/severity-mismatch` findings about `DiskFull`, `RB-004` no longer "
                        + "occur; run `runbook-governance baseline` to drop them from the baseline.");
        assertThat(BaselineFixed.message("structure/required-section", "", 2)).isEqualTo(
                "baselined findings fixed: 2 `structure/required-section` findings no longer occur; run "
                        + "`runbook-governance baseline` to drop them from the baseline.");
    }

    @Test
    void anAcceptedFindingThatIsFixedIsReportedAtItsFileAtInfoLevel() throws IOException {
        Baseline accepted = acceptEverythingBeforeTheFix();

        Report report = accepted.apply(check(Config.DEFAULT), rule -> true, Config.DEFAULT);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(BaselineFixed.ID);
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.position().path()).isEqualTo("RB-001-db.md");
            assertThat(f.message()).startsWith("baselined finding fixed: the `structure/required-section` finding");
        });
    }

    @Test
    void itsLevelAndSwitchComeFromTheConfig() throws IOException {
        Baseline accepted = acceptEverythingBeforeTheFix();
        Config raised = Docs.config(BaselineFixed.ID, Docs.level(Level.WARNING));
        Config off = Docs.config(BaselineFixed.ID, new RuleSettings(false, Optional.empty(), Map.of()));

        assertThat(accepted.apply(check(raised), rule -> true, raised).findings()).extracting(Finding::level)
                .containsExactly(Level.WARNING);
        assertThat(accepted.apply(check(off), rule -> true, off).findings()).isEmpty();
    }

    @Test
    void aRuleThatDidNotRunFixedNothing() throws IOException {
        Baseline accepted = acceptEverythingBeforeTheFix();

        Report report = accepted.apply(check(Config.DEFAULT), rule -> !rule.startsWith("structure/"), Config.DEFAULT);

        assertThat(report.findings()).isEmpty();
    }

    /** A baseline of the runbook without Impact, then the runbook with it. */
    private Baseline acceptEverythingBeforeTheFix() throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), WITHOUT_IMPACT);
        Report before = check(Config.DEFAULT);
        assertThat(before.findings()).extracting(Finding::ruleId).containsExactly("structure/required-section");
        Files.writeString(root.resolve("RB-001-db.md"), WITHOUT_IMPACT + "\n## Impact\nUsers wait.\n");
        return Baseline.of(before.findings());
    }

    private Report check(Config config) {
        return Governance.standard().check(CheckRequest.of(root, config, Docs.TODAY));
    }
}
