package org.runbookgovernance.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.rules.governance.NoRunbooks;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.review.ReviewPlan;
import org.runbookgovernance.review.ReviewPlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code review-plan}: the runbooks due within the horizon, grouped by owner, for a quarterly review job. */
@Command(name = "review-plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the runbooks due for review within --horizon days, grouped by owner.",
        footer = {"", "Exit codes: 0 plan written; 2 bad usage, bad config or unreadable input."})
final class ReviewPlanCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "90",
            description = "Include runbooks due within DAYS days from --today, and overdue ones (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the plan to FILE (atomically) instead of stdout.")
    Path output;

    private final Invocation invocation;

    ReviewPlanCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("markdown") && !kind.equals("md") && !kind.equals("csv") && !kind.equals("json")) {
            throw new ParameterException(repository.spec.commandLine(), "--format: `" + format
                    + "` is not a review plan format; expected markdown, csv or json");
        }
        if (horizon < 0) {
            throw new ParameterException(repository.spec.commandLine(), "--horizon: `" + horizon
                    + "` is negative; give a number of days, e.g. 90");
        }
        CheckRequest request = repository.request(invocation, false);
        ProgressListener progress = Progress.forInvocation(invocation);
        ReviewPlan plan;
        Inventory inventory;
        try {
            inventory = Governance.standard().inventory(request, progress);
            plan = ReviewPlan.of(inventory, horizon);
        } finally {
            if (progress instanceof Progress shown) {
                shown.finish(); // before the plan is printed
            }
        }
        // An empty plan would read as "all reviewed" when the globs found nothing to plan.
        NoRunbooks.message(inventory).ifPresent(m -> invocation.err().println(Main.NAME + ": warning: " + m));
        String text = switch (kind) {
            case "csv" -> ReviewPlanWriter.csv(plan);
            case "json" -> ReviewPlanWriter.json(plan);
            default -> ReviewPlanWriter.markdown(plan);
        };
        ReportOutput.write(text, output, invocation.out());
        return 0;
    }
}
