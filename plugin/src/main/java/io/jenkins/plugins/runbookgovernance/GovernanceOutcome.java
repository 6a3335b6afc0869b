package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;
import java.util.List;
import org.runbookgovernance.model.Level;

/**
 * What the agent sends back: counts, the gates as resolved against the config, per-runbook rows, the first
 * findings, the review plan, log lines and the report files written. Small and serializable by design.
 *
 * @param badInput       set when the check could not run (missing folder, bad config, a bug in the engine); the
 *                       step fails with it
 * @param worst          the most serious level found, null when there are no findings
 * @param findings       at most {@link #MAX_FINDINGS} findings, most serious first
 * @param findingsTotal  how many findings there were in all
 * @param reviewPlan     {@code runbookReviewPlan}: the runbooks to review within the horizon, most urgent first
 * @param index          {@code publishRunbookIndex}: the generated index by category; empty for other steps
 * @param ruleFailures   the message of every {@code governance/rule-failed} finding: rules that threw, whose
 *                       findings the report lacks; the step fails after writing its reports
 * @param digests        {@code runbookReviewPlan byOwner: true}: each owner's digest as written; empty otherwise
 */
public record GovernanceOutcome(String badInput, String root, String today, Gate failOn, Gate unstableOn,
                                int errors, int warnings, int infos, Level worst, List<RunbookRow> runbooks,
                                List<FindingRow> findings, int findingsTotal, List<ReviewItem> reviewPlan,
                                List<IndexSection> index, List<String> logLines, List<String> reportFiles,
                                List<String> ruleFailures, List<OwnerDigestRow> digests) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FINDINGS = 200;

    public GovernanceOutcome {
        runbooks = List.copyOf(runbooks);
        findings = List.copyOf(findings);
        reviewPlan = List.copyOf(reviewPlan);
        index = List.copyOf(index);
        logLines = List.copyOf(logLines);
        reportFiles = List.copyOf(reportFiles);
        ruleFailures = List.copyOf(ruleFailures);
        digests = List.copyOf(digests);
    }

    /** An outcome without per-owner digests. */
    public GovernanceOutcome(String badInput, String root, String today, Gate failOn, Gate unstableOn, int errors,
                             int warnings, int infos, Level worst, List<RunbookRow> runbooks, List<FindingRow> findings,
                             int findingsTotal, List<ReviewItem> reviewPlan, List<IndexSection> index,
                             List<String> logLines, List<String> reportFiles, List<String> ruleFailures) {
        this(badInput, root, today, failOn, unstableOn, errors, warnings, infos, worst, runbooks, findings,
                findingsTotal, reviewPlan, index, logLines, reportFiles, ruleFailures, List.of());
    }

    /** An outcome in which every rule ran. */
    public GovernanceOutcome(String badInput, String root, String today, Gate failOn, Gate unstableOn, int errors,
                             int warnings, int infos, Level worst, List<RunbookRow> runbooks, List<FindingRow> findings,
                             int findingsTotal, List<ReviewItem> reviewPlan, List<IndexSection> index,
                             List<String> logLines, List<String> reportFiles) {
        this(badInput, root, today, failOn, unstableOn, errors, warnings, infos, worst, runbooks, findings,
                findingsTotal, reviewPlan, index, logLines, reportFiles, List.of());
    }

    /** The check could not run; the message says why and how to fix it. */
    public static GovernanceOutcome badInput(String message, List<String> logLines) {
        return new GovernanceOutcome(message, "", "", Gate.ERROR, Gate.WARNING, 0, 0, 0, null, List.of(), List.of(), 0,
                List.of(), List.of(), logLines, List.of());
    }

    /**
     * The engine failed (a bug, not the user's input): the message names the exception, and the stack trace
     * follows the log lines so that it reaches the build log.
     */
    public static GovernanceOutcome internalError(RuntimeException e, List<String> logLines) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        List<String> lines = new java.util.ArrayList<>(logLines);
        lines.add("ERROR: internal error in the runbook governance engine; please report it with this stack trace:");
        trace.toString().lines().forEach(lines::add);
        return badInput("internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage().strip()) + " (a bug, not your input; the stack trace is in the build log"
                + " above)", lines);
    }

    /** This outcome with {@code line} first in its log. */
    GovernanceOutcome withFirstLogLine(String line) {
        List<String> lines = new java.util.ArrayList<>(logLines.size() + 1);
        lines.add(line);
        lines.addAll(logLines);
        return withLogLines(lines);
    }

    /** This outcome with {@code line} last in its log. */
    GovernanceOutcome withLastLogLine(String line) {
        List<String> lines = new java.util.ArrayList<>(logLines);
        lines.add(line);
        return withLogLines(lines);
    }

    private GovernanceOutcome withLogLines(List<String> lines) {
        return new GovernanceOutcome(badInput, root, today, failOn, unstableOn, errors, warnings, infos, worst,
                runbooks, findings, findingsTotal, reviewPlan, index, lines, reportFiles, ruleFailures, digests);
    }

    /** Runbooks whose review date has passed. */
    public int overdue() {
        return (int) runbooks.stream().filter(r -> "overdue".equals(r.getReviewState())).count();
    }

    public boolean ran() {
        return badInput == null;
    }

    public boolean fails() {
        return failOn.trippedBy(worst);
    }

    public boolean unstable() {
        return !fails() && unstableOn.trippedBy(worst);
    }
}
