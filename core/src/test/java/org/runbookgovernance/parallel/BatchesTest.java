package org.runbookgovernance.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void keepsTheOrderAndAppliesOncePerItem() {
        List<Integer> items = numbers(10_007);
        AtomicInteger calls = new AtomicInteger();
        List<String> out = Batches.map(items, 1, i -> {
            calls.incrementAndGet();
            return "n" + i;
        });
        assertThat(calls).hasValue(items.size());
        assertThat(out).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(out.get(i)).isEqualTo("n" + i);
        }
    }

    @Test
    void indicesAreMappedInOrderOnceEach() {
        int n = 10_007;
        java.util.concurrent.atomic.AtomicIntegerArray calls = new java.util.concurrent.atomic.AtomicIntegerArray(n);
        List<Integer> out = Batches.mapIndices(n, 1, i -> {
            calls.incrementAndGet(i);
            return i * 3;
        });
        assertThat(out).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(calls.get(i)).as("calls for %d", i).isEqualTo(1);
            assertThat(out.get(i)).isEqualTo(i * 3);
        }
        assertThat(Batches.mapIndices(0, 1, i -> i)).isEmpty();
    }

    @Test
    void aSmallListStaysOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Integer> out = Batches.map(numbers(500), 1_000, i -> {
            seen.add(Thread.currentThread());
            return i * 2;
        });
        assertThat(seen).containsExactly(caller);
        assertThat(out).containsExactlyElementsOf(numbers(500).stream().map(i -> i * 2).toList());
    }

    @Test
    void keepsNullsWhereTheFunctionGaveThem() {
        List<Integer> out = Batches.map(numbers(1_000), 1, i -> i % 3 == 0 ? null : i);
        assertThat(out.get(0)).isNull();
        assertThat(out.get(1)).isEqualTo(1);
        assertThat(out.get(999)).isNull();
        assertThatThrownBy(() -> out.set(1, 5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anExceptionReachesTheCallerAfterEveryThreadLetGo() {
        AtomicInteger inside = new AtomicInteger();
        assertThatThrownBy(() -> Batches.map(numbers(50_000), 1, i -> {
            inside.incrementAndGet();
            try {
                if (i == 20_000) {
                    throw new IllegalStateException("item " + i);
                }
                return i;
            } finally {
                inside.decrementAndGet();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 20000");
        assertThat(inside).as("no item still being worked on").hasValue(0);
    }

    @Test
    void neverWaitsForAPoolWorkerThatIsBusyElsewhere() throws Exception {
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(workers);
        Set<Thread> holders = ConcurrentHashMap.newKeySet();
        List<java.util.concurrent.Future<?>> blockers = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                blockers.add(ForkJoinPool.commonPool().submit(() -> {
                    holders.add(Thread.currentThread());
                    held.countDown();
                    release.await();
                    return null;
                }));
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).as("every pool worker is held").isTrue();
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            // Released only after the map returns: a map that waited for a held worker would never return.
            List<Integer> out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Batches.map(numbers(5_000), 1,
                    i -> {
                        seen.add(Thread.currentThread());
                        return i + 1;
                    }));
            assertThat(out).hasSize(5_000);
            assertThat(out.get(4_999)).isEqualTo(5_000);
            assertThat(seen).as("no held worker took part").doesNotContainAnyElementsOf(holders);
        } finally {
            release.countDown();
            for (var b : blockers) {
                b.get(30, TimeUnit.SECONDS);
            }
        }
    }
}
