package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/change-set-unknown}: the engine reports it under {@code --changed-only} when git cannot tell
 * the change set; this class gives it its id, level and message.
 */
class ChangeSetUnknownTest {

    @Test
    void theInventoryAloneGivesNoFinding() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down").build();

        assertThat(Docs.run(new ChangeSetUnknown(), Docs.inventory(doc))).isEmpty();
    }

    @Test
    void theMessageCarriesTheReasonAndSaysNothingIsShown() {
        assertThat(ChangeSetUnknown.message("no target branch; set `--target` or CHANGE_TARGET")).isEqualTo(
                "change set unknown: no target branch; set `--target` or CHANGE_TARGET; with `--changed-only` no "
                        + "finding on a file is shown until it is known.");
    }

    @Test
    void anUnknownChangeSetFailsTheRunByDefault() {
        assertThat(new ChangeSetUnknown().defaultLevel()).isEqualTo(Level.ERROR);
        assertThat(new ChangeSetUnknown().id()).isEqualTo(ChangeSetUnknown.ID).isEqualTo("governance/change-set-unknown");
    }
}
