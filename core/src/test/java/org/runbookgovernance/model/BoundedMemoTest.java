package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void aRepeatedShortKeyIsComputedOnce() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<String> memo = new BoundedMemo<>(10, 8);

        String first = memo.get("owner", k -> calls.incrementAndGet() + ":" + k);
        String second = memo.get("owner", k -> calls.incrementAndGet() + ":" + k);

        assertThat(first).isEqualTo("1:owner").isSameAs(second);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aLongKeyIsComputedEveryTime() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<Integer> memo = new BoundedMemo<>(10, 3);

        memo.get("long key", k -> calls.incrementAndGet());
        memo.get("long key", k -> calls.incrementAndGet());

        assertThat(calls).hasValue(2);
    }

    @Test
    void aFullTableForgetsButStillAnswersRight() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<Integer> memo = new BoundedMemo<>(4, 8);
        java.util.function.Function<String, Integer> compute = k -> {
            calls.incrementAndGet();
            return Integer.parseInt(k.substring(1)) * 7;
        };
        // Ten keys in turn through a memo of four slots: keys that share a slot push each other out.
        for (int i = 0; i < 100; i++) {
            assertThat(memo.get("k" + i % 10, compute)).isEqualTo(i % 10 * 7);
        }
        assertThat(calls.get()).isGreaterThan(10).isLessThanOrEqualTo(100);
        // The same keys each repeated in a run: computed once per run.
        calls.set(0);
        for (int i = 0; i < 100; i++) {
            assertThat(memo.get("k" + i / 10, compute)).isEqualTo(i / 10 * 7);
        }
        assertThat(calls).hasValue(10);
    }

    @Test
    void sharedTextGivesOneInstancePerShortText() {
        String a = new String("Symptoms");
        String b = new String("Symptoms");
        assertThat(SharedText.of(a)).isSameAs(SharedText.of(b)).isEqualTo("Symptoms");
        assertThat(SharedText.of(null)).isNull();
        String long1 = "x".repeat(100);
        assertThat(SharedText.of(long1)).isSameAs(long1);
    }
}
