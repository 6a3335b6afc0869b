package org.runbookgovernance.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.runbookgovernance.model.ReaderUse;

/**
 * Measures each phase of a run in milliseconds, for the report's {@code timings}, and counts which path the
 * readers took, shown beside them.
 */
final class PhaseClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final ReaderUse.Tally readers = new ReaderUse.Tally();

    ReaderUse.Tally readers() {
        return readers;
    }

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(phase, (System.nanoTime() - start) / 1_000_000L, Long::sum);
        }
    }

    Map<String, Long> timings() {
        long total = millis.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> out = new LinkedHashMap<>(millis);
        out.put("total", total);
        return out;
    }
}
