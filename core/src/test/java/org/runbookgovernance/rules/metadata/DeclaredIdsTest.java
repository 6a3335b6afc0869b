package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.RunbookId;

class DeclaredIdsTest {

    /** The field wins over the H1 and the H1 over the file name, for every combination of the three. */
    @Test
    void theFieldWinsOverTheTitleAndTheTitleOverTheFileName() {
        for (int mask = 0; mask < 8; mask++) {
            DeclaredIds ids = new DeclaredIds(id(mask, 1, "RB-1"), 3, id(mask, 2, "RB-2"), 1, id(mask, 4, "RB-3"));
            String expected = (mask & 1) != 0 ? "RB-1" : (mask & 2) != 0 ? "RB-2" : (mask & 4) != 0 ? "RB-3" : null;
            assertThat(ids.declared().map(RunbookId::value).orElse(null)).as("mask %d", mask).isEqualTo(expected);
            assertThat(ids.declaredOrNull()).as("mask %d", mask).isEqualTo(ids.declared().orElse(null));
        }
    }

    @Test
    void aRunbookThatStatesNoIdIsKnownByItsFileNameAsWritten() {
        DeclaredIds ids = new DeclaredIds(Optional.empty(), 0, Optional.empty(), 1, Optional.empty());
        Document doc = new Document("alerts/cluster-monitoring-operator/TargetDown.md", DocumentKind.RUNBOOK,
                Optional.of("TargetDown"), 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 3);
        assertThat(ids.any(doc).value()).isEqualTo("TargetDown");
        assertThat(ids.fromFileName()).isTrue();
    }

    private static Optional<RunbookId> id(int mask, int bit, String value) {
        return (mask & bit) != 0 ? Optional.of(RunbookId.of(value)) : Optional.empty();
    }
}
