package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/fixed-by-change}: reported when the merge base's findings are compared (its levels and its
 * switch: {@code NewFindingsTest}), never from an inventory.
 */
class FixedByChangeTest {

    @Test
    void findsNothingInAnInventoryAlone() {
        assertThat(Docs.run(new FixedByChange(), Docs.inventory(Docs.runbook("RB-001.md").h1("RB-001: X").build())))
                .isEmpty();
    }

    @Test
    void oneFixedFindingAndSeveralOfOneRuleReadAsTheyShould() {
        assertThat(FixedByChange.message("links/broken", "x.md", 1, "main")).isEqualTo(
                "fixed by this change: the `links/broken` finding about `x.md` on `main` no longer occurs.");
        assertThat(FixedByChange.message("freshness/overdue", "", 3, "release-2")).isEqualTo(
                "fixed by this change: 3 `freshness/overdue` findings on `release-2` no longer occur.");
    }
}
