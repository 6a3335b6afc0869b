package org.runbookgovernance.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.GitFacts;

class InventoryDerivedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private record Count(int value) {
    }

    private record Twice(int value) {
    }

    private static Inventory inventory() {
        return new Inventory(Config.DEFAULT, TODAY, List.of(), List.of(), GitFacts.NONE, List.of());
    }

    @Test
    void aDerivedValueIsComputedOnceEvenWhenManyThreadsAsk() {
        Inventory inventory = inventory();
        AtomicInteger computed = new AtomicInteger();
        List<Count> seen = IntStream.range(0, 64).parallel()
                .mapToObj(i -> inventory.derived(Count.class, inv -> new Count(computed.incrementAndGet())))
                .toList();
        assertThat(computed).hasValue(1);
        assertThat(seen).allSatisfy(c -> assertThat(c).isSameAs(seen.get(0)));
    }

    @Test
    void aComputationMayAskForAnotherDerivedValue() {
        Inventory inventory = inventory();
        Twice twice = inventory.derived(Twice.class,
                inv -> new Twice(2 * inv.derived(Count.class, x -> new Count(21)).value()));
        assertThat(twice.value()).isEqualTo(42);
        assertThat(inventory.derived(Count.class, x -> new Count(0)).value()).isEqualTo(21);
    }

    @Test
    void eachInventoryHasItsOwnValues() {
        assertThat(inventory().derived(Count.class, x -> new Count(1)))
                .isNotSameAs(inventory().derived(Count.class, x -> new Count(1)));
    }
}
