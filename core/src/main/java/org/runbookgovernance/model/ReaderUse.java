package org.runbookgovernance.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which path each kind of input went through in one run: {@code fast} (the fast path, with the files it gave
 * up on read by the library, counted as fallbacks) or {@code library}; and how many files a fast path failed on
 * by throwing, which the library then read. A failure is a bug in the fast path, shown so it is never mistaken
 * for agreement.
 *
 * @param fast      the readers whose fast paths were on ({@link FastPaths})
 * @param fallbacks per reader, files the fast path gave up on
 * @param failures  per reader, files the fast path threw on
 */
public record ReaderUse(Set<Reader> fast, Map<Reader, Long> fallbacks, Map<Reader, Long> failures) {

    /**
     * The kinds of input, in report order. Front matter is read by snakeyaml alone: its fast path did not pay for
     * itself (bench/README.md), but it keeps its name in the report and in the switch.
     */
    public enum Reader {
        MARKDOWN("markdown", true), FRONT_MATTER("frontMatter", false), RULE_FILES("ruleFiles", true);

        private final String key;
        private final boolean hasFastPath;

        Reader(String key, boolean hasFastPath) {
            this.key = key;
            this.hasFastPath = hasFastPath;
        }

        /** The name in the JSON report's {@code timings}. */
        public String key() {
            return key;
        }

        /** False for a reader that only ever reads with its library. */
        public boolean hasFastPath() {
            return hasFastPath;
        }
    }

    /** How one reader read one file. */
    public enum Outcome {
        /** The reader had nothing to read in the file (no front matter, say). */
        NONE,
        FAST,
        LIBRARY,
        /** The fast path gave up, as designed, and the library read the file. */
        FALLBACK,
        /** The fast path threw, and the library read the file. */
        FAILURE
    }

    /** For reports made without reading anything (tests, merged reports): nothing is said about the readers. */
    public static final ReaderUse UNKNOWN = new ReaderUse(Set.of(), Map.of(), Map.of());

    public ReaderUse {
        fast = Set.copyOf(fast);
        fallbacks = Map.copyOf(fallbacks);
        failures = Map.copyOf(failures);
    }

    /** False for {@link #UNKNOWN}: a run's use names every reader. */
    public boolean known() {
        return !fallbacks.isEmpty();
    }

    /** Per reader in report order, {@code "fast"} or {@code "library"}. */
    public Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Reader r : Reader.values()) {
            paths.put(r.key(), fast.contains(r) ? "fast" : "library");
        }
        return paths;
    }

    /** Per reader in report order, the files its fast path gave up on. */
    public Map<String, Long> fallbackCounts() {
        return counts(fallbacks);
    }

    /** Per reader in report order, the files its fast path threw on. */
    public Map<String, Long> failureCounts() {
        return counts(failures);
    }

    public long totalFailures() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> counts(Map<Reader, Long> byReader) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Reader r : Reader.values()) {
            counts.put(r.key(), byReader.getOrDefault(r, 0L));
        }
        return counts;
    }

    /** Counts outcomes from many threads during one run. */
    public static final class Tally {
        private final Set<Reader> fast = FastPaths.on();
        private final AtomicLongArray fallbacks = new AtomicLongArray(Reader.values().length);
        private final AtomicLongArray failures = new AtomicLongArray(Reader.values().length);

        public void add(Reader reader, Outcome outcome) {
            if (outcome == Outcome.FALLBACK) {
                fallbacks.incrementAndGet(reader.ordinal());
            } else if (outcome == Outcome.FAILURE) {
                failures.incrementAndGet(reader.ordinal());
            }
        }

        /** Rule files are counted where they are read, in parallel: their totals are added at once. */
        public void addRuleFiles(long fellBack, long threw) {
            fallbacks.addAndGet(Reader.RULE_FILES.ordinal(), fellBack);
            failures.addAndGet(Reader.RULE_FILES.ordinal(), threw);
        }

        public ReaderUse use() {
            Map<Reader, Long> fell = new EnumMap<>(Reader.class);
            Map<Reader, Long> threw = new EnumMap<>(Reader.class);
            for (Reader r : Reader.values()) {
                fell.put(r, fallbacks.get(r.ordinal()));
                threw.put(r, failures.get(r.ordinal()));
            }
            return new ReaderUse(fast, fell, threw);
        }
    }
}
