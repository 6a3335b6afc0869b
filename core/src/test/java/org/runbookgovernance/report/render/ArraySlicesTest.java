package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArraySlicesTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 1_000).boxed().toList();

    @Test
    void writesEveryItemInOrder() {
        String sequential = numbers(new ArraySlices(1, 10));
        for (int slice : new int[] {1, 3, 10, 999, 1_000, 5_000}) {
            assertThat(numbers(new ArraySlices(2, slice))).as("slice %d", slice).isEqualTo(sequential);
        }
        assertThat(JsonTestParser.array(JsonTestParser.parse(sequential))).hasSize(1_000).startsWith(0L).endsWith(999L);
    }

    @Test
    void slicesRunOnWorkersAndShortArraysInPlace() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ArraySlices slices = new ArraySlices(2, 10)) {
            JsonWriter json = new JsonWriter().beginArray();
            slices.write(ITEMS.subList(0, 10), json, (n, w) -> {
                threads.add(Thread.currentThread().getName());
                w.value(n);
            });
            assertThat(threads).containsExactly(Thread.currentThread().getName());
            slices.write(ITEMS, json, (n, w) -> {
                threads.add(Thread.currentThread().getName());
                w.value(n);
            });
        }
        assertThat(threads).anyMatch(name -> name.startsWith("report-render-"));
    }

    @Test
    void aFailingElementFailsTheWrite() {
        try (ArraySlices slices = new ArraySlices(2, 7)) {
            JsonWriter json = new JsonWriter().beginArray();
            assertThatThrownBy(() -> slices.write(ITEMS, json, (n, w) -> {
                if (n == 500) {
                    throw new IllegalArgumentException("bad element " + n);
                }
                w.value(n);
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad element 500");
        }
    }

    @Test
    void aSliceHoldsAtLeastOneElement() {
        assertThatThrownBy(() -> new ArraySlices(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String numbers(ArraySlices slices) {
        try (slices) {
            JsonWriter json = new JsonWriter().beginArray();
            slices.write(ITEMS, json, (n, w) -> w.value(n));
            return json.endArray().toString();
        }
    }
}
