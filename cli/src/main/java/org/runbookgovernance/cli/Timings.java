package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.ReaderUse;

/**
 * What {@code --timings} prints on stderr after the report: each phase's wall time, the report's output, the
 * time since the process started, its peak memory, and the slowest rules. Where a large repository's check spends
 * its time, without a profiler. It hears the rules finish in front of the progress line, which it passes on.
 */
final class Timings implements ProgressListener {

    /** How many of the slowest rules are listed. */
    static final int SLOWEST = 10;

    private static final int NAME_WIDTH = 28;

    private final ProgressListener progress;
    private final Map<String, Long> ruleNanos = new ConcurrentHashMap<>();

    Timings(ProgressListener progress) {
        this.progress = progress;
    }

    @Override
    public void update(String phase, int done, int total) {
        progress.update(phase, done, total);
    }

    @Override
    public void ruleFinished(String ruleId, long nanos) {
        ruleNanos.merge(ruleId, nanos, Long::sum);
        progress.ruleFinished(ruleId, nanos);
    }

    /**
     * The rules heard so far, slowest first (ties by id), in milliseconds; at most {@link #SLOWEST}, and none
     * that took under a millisecond.
     */
    Map<String, Long> slowestRules() {
        List<Map.Entry<String, Long>> all = new ArrayList<>(ruleNanos.entrySet());
        all.removeIf(rule -> rule.getValue() < 1_000_000L);
        all.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> slowest = new LinkedHashMap<>();
        for (Map.Entry<String, Long> rule : all.subList(0, Math.min(SLOWEST, all.size()))) {
            slowest.put(rule.getKey(), rule.getValue() / 1_000_000L);
        }
        return slowest;
    }

    /**
     * The block printed after the report.
     *
     * @param phases       the report's timings (its {@code total} is left out: the output is added to it)
     * @param outputMillis rendering and writing the report
     * @param sinceStart   milliseconds since the process started, when the platform says when that was
     * @param peakKib      the process's peak resident memory, when the platform says
     */
    String text(Map<String, Long> phases, long outputMillis, OptionalLong sinceStart, OptionalLong peakKib) {
        return text(phases, ReaderUse.UNKNOWN, outputMillis, sinceStart, peakKib);
    }

    /** As the other, followed by the path each reader took ({@code readers} from the report). */
    String text(Map<String, Long> phases, ReaderUse readers, long outputMillis, OptionalLong sinceStart,
                OptionalLong peakKib) {
        StringBuilder out = new StringBuilder(Main.NAME).append(": timings, wall milliseconds\n");
        long total = 0;
        for (Map.Entry<String, Long> phase : phases.entrySet()) {
            if (!phase.getKey().equals("total")) {
                row(out, phase.getKey(), phase.getValue());
                total += phase.getValue();
            }
        }
        row(out, "output", outputMillis);
        row(out, "total", total + outputMillis);
        if (sinceStart.isPresent()) {
            row(out, "since the process started", sinceStart.getAsLong());
        }
        if (peakKib.isPresent()) {
            row(out, "peak memory (MiB)", (peakKib.getAsLong() + 512) / 1024);
        }
        Map<String, Long> slowest = slowestRules();
        if (!slowest.isEmpty()) {
            out.append(Main.NAME).append(": slowest rules, wall milliseconds (rules run side by side)\n");
            slowest.forEach((rule, millis) -> row(out, rule, millis));
        }
        readers(out, readers);
        return out.toString();
    }

    /**
     * Each reader's path, with the files its fast path gave up on and those it threw on; a throw is a bug in the
     * fast path (the library read the file), so it is said in a line of its own.
     */
    private static void readers(StringBuilder out, ReaderUse readers) {
        if (!readers.known()) {
            return;
        }
        out.append(Main.NAME).append(": readers (").append(FastPaths.ENVIRONMENT).append("=off for the libraries only)\n");
        Map<String, Long> fellBack = readers.fallbackCounts();
        Map<String, Long> threw = readers.failureCounts();
        readers.paths().forEach((reader, path) -> {
            StringBuilder says = new StringBuilder(path);
            if (fellBack.get(reader) > 0) {
                says.append(", ").append(fellBack.get(reader)).append(" fell back to the library");
            }
            if (threw.get(reader) > 0) {
                says.append(", ").append(threw.get(reader)).append(" fast path failures");
            }
            out.append("  ").append(reader).append(" ".repeat(Math.max(1, NAME_WIDTH + 2 - reader.length())))
                    .append(says).append('\n');
        });
        if (readers.totalFailures() > 0) {
            out.append(Main.NAME).append(": the fast path threw on ").append(readers.totalFailures())
                    .append(" files, which the library then read; please report it with the files if you can\n");
        }
    }

    private static void row(StringBuilder out, String name, long value) {
        String number = Long.toString(value);
        int spaces = Math.max(1, NAME_WIDTH - name.length() + 8 - number.length()); // numbers right-aligned
        out.append("  ").append(name).append(" ".repeat(spaces)).append(number).append('\n');
    }

    /** Milliseconds since this process started (the launcher's own work included: it execs the JVM), if known. */
    static OptionalLong sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> OptionalLong.of(Duration.between(start, Instant.now()).toMillis()))
                .orElse(OptionalLong.empty());
    }

    /** The peak resident memory in KiB from a Linux {@code /proc/<pid>/status} file ({@code VmHWM}), else empty. */
    static OptionalLong peakKib(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
                    if (parts.length == 2 && parts[1].equals("kB") && parts[0].chars().allMatch(Character::isDigit)
                            && !parts[0].isEmpty() && parts[0].length() < 16) {
                        return OptionalLong.of(Long.parseLong(parts[0]));
                    }
                    return OptionalLong.empty();
                }
            }
        } catch (IOException | SecurityException e) {
            // not Linux, or not readable: the figure is left out
        }
        return OptionalLong.empty();
    }
}
