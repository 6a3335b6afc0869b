package org.runbookgovernance.index;

import java.util.Map;
import java.util.TreeMap;
import org.runbookgovernance.index.RunbookIndex.RunbookRow;
import org.runbookgovernance.model.ReviewState;

/**
 * Governance as metrics, in the OpenMetrics text format, for the node exporter's textfile collector, so
 * that an overdue runbook can page like any other problem. Gauges only; {@code # EOF} ends the exposition.
 */
public final class IndexOpenMetrics {

    private IndexOpenMetrics() {
    }

    public static String render(RunbookIndex index) {
        StringBuilder out = new StringBuilder();
        family(out, "runbook_governance_runbooks", "Runbooks by review status and owner.");
        Map<String, Long> counts = new TreeMap<>();
        for (RunbookRow r : index.runbooks()) {
            counts.merge(labels("status", r.state().label(), "owner", r.owner().orElse("")), 1L, Long::sum);
        }
        // Every status appears for every owner, so an alert on "overdue > 0" sees 0, not a missing series.
        java.util.Set<String> owners = new java.util.TreeSet<>();
        index.runbooks().forEach(r -> owners.add(r.owner().orElse("")));
        for (String owner : owners) {
            for (ReviewState s : ReviewState.values()) {
                counts.putIfAbsent(labels("status", s.label(), "owner", owner), 0L);
            }
        }
        counts.forEach((labels, n) -> out.append("runbook_governance_runbooks").append(labels).append(' ').append(n)
                .append('\n'));
        family(out, "runbook_governance_alerts_total", "Alerts known from rule files and runbooks.");
        out.append("runbook_governance_alerts_total ").append(index.alertRunbooks().size()).append('\n');
        family(out, "runbook_governance_alerts_without_runbook", "Alerts that reach no runbook.");
        out.append("runbook_governance_alerts_without_runbook ").append(index.alertsWithoutRunbook().size()).append('\n');
        family(out, "runbook_governance_runbooks_without_alert", "Runbooks no alert reaches.");
        out.append("runbook_governance_runbooks_without_alert ").append(index.runbooksWithoutAlert().size()).append('\n');
        family(out, "runbook_governance_review_age_days", "Days since each runbook was last reviewed.");
        for (RunbookRow r : index.runbooks()) {
            r.reviewAge().ifPresent(age -> out.append("runbook_governance_review_age_days")
                    .append(labels("runbook", r.id().value())).append(' ').append(age).append('\n'));
        }
        out.append("# EOF\n");
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String help) {
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    }

    private static String labels(String... namesAndValues) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                s.append(',');
            }
            s.append(namesAndValues[i]).append("=\"").append(escape(namesAndValues[i + 1])).append('"');
        }
        return s.append('}').toString();
    }

    /** Label values escape backslash, double quote and line feed, as the format requires. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\n");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
