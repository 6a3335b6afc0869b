package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/fixed-by-change}: under {@code --new-only} the comparison with the merge base reports it; this
 * class gives it its id, level and message.
 */
class FixedByChangeTest {

    @Test
    void theInventoryAloneGivesNoFinding() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down").build();

        assertThat(Docs.run(new FixedByChange(), Docs.inventory(doc))).isEmpty();
    }

    @Test
    void oneFixedFindingIsSaidInTheSingularWithItsKey() {
        assertThat(FixedByChange.message("links/broken", "docs/gone.md", 1, "runbooks/RB-001.md")).isEqualTo(
                "fixed by this change: the `links/broken` finding about `docs/gone.md` on `runbooks/RB-001.md` no "
                        + "longer occurs.");
    }

    @Test
    void severalAreCountedAndEachPartOfTheKeyIsQuoted() {
        assertThat(FixedByChange.message("alerts/severity-mismatch", "DiskFull|RB-004", 2, "alerts/disk.yml"))
                .isEqualTo("fixed by this change: 2 `alerts/severity-mismatch` findings about `DiskFull`, `RB-004` on "
                        + "`alerts/disk.yml` no longer occur.");
        assertThat(FixedByChange.message("structure/required-section", "", 3, "runbooks/RB-002.md")).isEqualTo(
                "fixed by this change: 3 `structure/required-section` findings on `runbooks/RB-002.md` no longer occur.");
    }

    @Test
    void aFixIsNewsNotAProblem() {
        assertThat(new FixedByChange().defaultLevel()).isEqualTo(Level.INFO);
    }
}
