package org.runbookgovernance.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.ReaderUse;

/**
 * The outcome of one run: what was checked, where each runbook stands, every finding, and how long each
 * phase took. Immutable; every renderer reads only this.
 *
 * @param root     the repository as the user named it, for headers
 * @param timings  milliseconds per phase, in phase order
 * @param notes    sentences about what could not be checked (no git history, detached HEAD)
 * @param baselined how many findings the baseline file accepted and {@code findings} leaves out
 * @param readers  which path each kind of input was read by (shown with the timings)
 */
public record Report(String tool, String version, LocalDate today, String root, List<RunbookStatus> runbooks,
                     List<AlertRoute> alerts, List<Finding> findings, Map<String, Long> timings, List<String> notes,
                     long baselined, ReaderUse readers) {

    public static final String TOOL = "runbook-governance";
    public static final int SCHEMA_VERSION = 1;

    public Report {
        runbooks = List.copyOf(runbooks);
        alerts = List.copyOf(alerts);
        findings = findings.stream().sorted(Finding.ORDER).toList();
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
        notes = List.copyOf(notes);
        if (baselined < 0) {
            throw new IllegalArgumentException("baselined must be >= 0: " + baselined);
        }
        java.util.Objects.requireNonNull(readers, "readers");
    }

    /** A report that says nothing of its readers. */
    public Report(String tool, String version, LocalDate today, String root, List<RunbookStatus> runbooks,
                  List<AlertRoute> alerts, List<Finding> findings, Map<String, Long> timings, List<String> notes,
                  long baselined) {
        this(tool, version, today, root, runbooks, alerts, findings, timings, notes, baselined, ReaderUse.UNKNOWN);
    }

    /** A report with no baseline applied. */
    public Report(String tool, String version, LocalDate today, String root, List<RunbookStatus> runbooks,
                  List<AlertRoute> alerts, List<Finding> findings, Map<String, Long> timings, List<String> notes) {
        this(tool, version, today, root, runbooks, alerts, findings, timings, notes, 0);
    }

    /** The same report with {@code shown} as its findings, {@code accepted} more of them left out by a baseline. */
    public Report withBaseline(List<Finding> shown, long accepted) {
        return new Report(tool, version, today, root, runbooks, alerts, shown, timings, notes, baselined + accepted,
                readers);
    }

    /**
     * The same report with {@code shown} as its findings, {@code more} notes, and {@code phase} timed at
     * {@code millis} (before the total, which grows by it).
     */
    public Report withFindings(List<Finding> shown, List<String> more, String phase, long millis) {
        Map<String, Long> times = new java.util.LinkedHashMap<>();
        timings.forEach((k, v) -> {
            if (!k.equals("total")) {
                times.put(k, v);
            }
        });
        times.merge(phase, millis, Long::sum);
        if (timings.containsKey("total")) {
            times.put("total", timings.get("total") + millis);
        }
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(more);
        return new Report(tool, version, today, root, runbooks, alerts, shown, times, allNotes, baselined, readers);
    }

    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    public Map<Level, Long> countsByLevel() {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            counts.put(l, count(l));
        }
        return counts;
    }

    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        return counts;
    }

    /** The most serious level found, empty when there are no findings. */
    public Optional<Level> worst() {
        return findings.stream().map(Finding::level).min(Enum::compareTo);
    }

    /** True when a finding is at or above {@code threshold}: exit code 1. */
    public boolean failsAt(Level threshold) {
        return findings.stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    /** The same report showing only findings at or above {@code minimum} (what {@code --min-severity} shows). */
    public Report withMinimum(Level minimum) {
        if (findings.stream().allMatch(f -> f.level().atLeast(minimum))) {
            return this; // nothing hidden: no second sort of a large report
        }
        return new Report(tool, version, today, root, runbooks, alerts,
                findings.stream().filter(f -> f.level().atLeast(minimum)).toList(), timings, notes, baselined,
                readers);
    }
}
