package io.jenkins.plugins.runbookgovernance;

import java.util.ArrayList;
import java.util.List;

/** The build-log lines a step prints: one summary line, the worst findings, the files written. */
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
