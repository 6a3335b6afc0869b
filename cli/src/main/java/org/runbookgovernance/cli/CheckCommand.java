package org.runbookgovernance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.runbookgovernance.baseline.NewFindings;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.ReportPolicy;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.render.ReportRenderer;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.TextGrouping;
import org.runbookgovernance.rules.RuleRegistry;
import org.runbookgovernance.rules.governance.RuleFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: every rule over the repository, one report, exit code from {@code --fail-on}. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check the runbook repository with every rule and report the findings.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; "
                + "2 bad usage, bad config, unreadable input, or a rule that failed (the report is still written)."})
class CheckCommand implements Callable<Integer> {

    /** Where rule pages live when the config's {@code report.docs_url} does not say. */
    static final String DOCS_BASE = "docs/rules/";

    @Mixin
    RepositoryOptions repository;

    @Mixin
    ReportOptions reporting;

    @Mixin
    BaselineOption baseline = new BaselineOption();

    private final Invocation invocation;

    CheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** The rule groups this command runs; empty for all. */
    List<String> ruleGroups() {
        return List.of();
    }

    /** The rules this command runs (tests add one that fails). */
    RuleRegistry registry() {
        return RuleRegistry.standard().onlyGroups(ruleGroups());
    }

    @Override
    public Integer call() {
        ReportFormat format = reporting.format();
        ReportPolicy policy = reporting.policy();
        TextGrouping grouping = reporting.grouping();
        CheckRequest request = repository.request(invocation, reporting.changedOnly).withRuleGroups(ruleGroups())
                .withNewOnly(reporting.newOnly);
        RuleRegistry rules = registry();
        ProgressListener progress = Progress.forInvocation(invocation);
        Timings timings = reporting.timings ? new Timings(progress) : null;
        Report report;
        try {
            report = NewFindings.check(new Governance(rules), request, timings != null ? timings : progress).report();
        } finally {
            if (progress instanceof Progress shown) {
                shown.finish();
            }
        }
        java.util.Set<String> ran = new java.util.HashSet<>();
        rules.rules().forEach(r -> ran.add(r.id()));
        // With --changed-only, findings on untouched files were not looked at: none of them counts as fixed; with
        // --new-only, findings the target has as well were left out before the baseline saw them.
        report = baseline.apply(report, request.root(), id -> !request.changedOnly() && !request.newOnly()
                && ran.contains(id), request.config());
        // Colour is for a person at a terminal: automatic only when the report goes to stdout.
        boolean colour = format == ReportFormat.TEXT
                && (reporting.output == null ? invocation.colour(reporting.colour) : Boolean.TRUE.equals(reporting.colour));
        RenderOptions options = new RenderOptions(colour, rules.summaries(),
                ReportPolicy.docsUrl(request.config()).orElse(DOCS_BASE), grouping);
        Report shown = policy.shown(report);
        ReportRenderer renderer = format.renderer(options);
        long outputStart = System.nanoTime();
        ReportOutput.writeBytes(out -> renderer.render(shown, out), reporting.output, invocation.out());
        if (timings != null) {
            long outputMillis = (System.nanoTime() - outputStart) / 1_000_000L;
            invocation.err().print(timings.text(report.timings(), report.readers(), outputMillis,
                    Timings.sinceStart(), Timings.peakKib(Path.of("/proc/self/status"))));
            invocation.err().flush();
        }
        // A rule that threw judged nothing: the report is written, but this run is no verdict.
        List<Finding> failed = report.findings().stream().filter(f -> f.ruleId().equals(RuleFailed.ID)).toList();
        if (!failed.isEmpty()) {
            failed.forEach(f -> invocation.err().println(Main.NAME + ": " + Main.oneLine(f.message())));
            invocation.err().flush();
            return 2;
        }
        // --fail-on judges every finding, including those --min-severity hides.
        boolean fails = policy.fails(report);
        if (fails && !policy.fails(shown)) {
            // Otherwise a reader sees "no findings" and exit 1 with nothing to act on.
            long hidden = report.findings().size() - shown.findings().size();
            invocation.err().println(Main.NAME + ": " + hidden + (hidden == 1 ? " finding" : " findings")
                    + " below --min-severity " + policy.minimum().label() + " not shown, but --fail-on "
                    + policy.failOn().label() + " counts " + (hidden == 1 ? "it" : "them") + "; exit 1");
        }
        return fails ? 1 : 0;
    }
}
