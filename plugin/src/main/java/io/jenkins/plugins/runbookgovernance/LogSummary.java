package io.jenkins.plugins.runbookgovernance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The build-log lines a step prints: one summary line, the worst findings, the files written, the timings. */
final class LogSummary {

    /** How many findings the log shows; the rest are on the build page and in the report files. */
    static final int SHOWN = 20;

    private LogSummary() {
    }

    static List<String> lines(String step, GovernanceOutcome o) {
        List<String> lines = new ArrayList<>();
        lines.add("[" + step + "] " + o.runbooks().size() + " runbook(s) in " + o.root() + " on " + o.today() + ": "
                + o.errors() + " error(s), " + o.warnings() + " warning(s), " + o.infos() + " info");
        o.findings().stream().limit(SHOWN).forEach(f -> lines.add("[" + step + "] " + f.getLevel() + " " + f.getLocation()
                + " " + f.getRule() + ": " + f.getMessage()));
        if (o.findingsTotal() > SHOWN) {
            lines.add("[" + step + "] ... and " + (o.findingsTotal() - SHOWN) + " more finding(s)");
        }
        for (ReviewItem r : o.reviewPlan()) {
            String when = !r.hasDue() ? "never reviewed" : (r.isOverdue() ? "overdue since " : "due ") + r.getDue();
            lines.add("[" + step + "] review " + r.getId() + " (" + r.getPath() + ") " + when
                    + (r.getOwner().isEmpty() ? "" : ", owner " + r.getOwner()));
        }
        if (!o.index().isEmpty()) {
            int entries = o.index().stream().mapToInt(s -> s.getEntries().size()).sum();
            lines.add("[" + step + "] index: " + entries + " runbook(s) in " + o.index().size() + " categor"
                    + (o.index().size() == 1 ? "y" : "ies"));
        }
        o.reportFiles().forEach(f -> lines.add("[" + step + "] wrote " + f));
        return lines;
    }

    /**
     * Where the step's time went, for a build that got slow: the engine's phases (wall milliseconds, from the
     * report) and the files the step wrote, then their sum.
     */
    static String timings(Map<String, Long> phases, long filesMillis) {
        StringBuilder line = new StringBuilder("timings:");
        long total = filesMillis;
        for (Map.Entry<String, Long> phase : phases.entrySet()) {
            if (!phase.getKey().equals("total")) {
                line.append(' ').append(phase.getKey()).append(' ').append(phase.getValue()).append(" ms,");
                total += phase.getValue();
            }
        }
        return line.append(" report files ").append(filesMillis).append(" ms; total ").append(total).append(" ms")
                .toString();
    }

    /** The sentence for the failure, or the unstable warning. */
    static String verdict(String step, GovernanceOutcome o) {
        if (o.fails()) {
            return step + ": " + o.errors() + " error(s), " + o.warnings() + " warning(s); failOn is " + o.failOn().label()
                    + ", so the build fails. Fix the findings above, or waive them with a reason.";
        }
        return step + ": " + o.errors() + " error(s), " + o.warnings() + " warning(s), " + o.infos() + " info; "
                + "unstableOn is " + o.unstableOn().label();
    }
}
