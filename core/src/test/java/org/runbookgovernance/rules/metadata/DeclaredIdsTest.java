package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.RunbookId;

class DeclaredIdsTest {

    /** anyOrNull against any() for every combination of the three places stating an id. */
    @Test
    void anyOrNullAgreesWithAny() {
        for (int mask = 0; mask < 8; mask++) {
            DeclaredIds ids = new DeclaredIds(id(mask, 1, "RB-1"), 3, id(mask, 2, "RB-2"), 1, id(mask, 4, "RB-3"));
            assertThat(ids.anyOrNull()).as("mask %d", mask).isEqualTo(ids.any().orElse(null));
        }
    }

    private static Optional<RunbookId> id(int mask, int bit, String value) {
        return (mask & bit) != 0 ? Optional.of(RunbookId.of(value)) : Optional.empty();
    }
}
