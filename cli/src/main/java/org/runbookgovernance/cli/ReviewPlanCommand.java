package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.rules.governance.NoRunbooks;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;
import org.runbookgovernance.review.DigestWriter;
import org.runbookgovernance.review.OwnerDigest;
import org.runbookgovernance.review.OwnerDigests;
import org.runbookgovernance.review.ReviewItem;
import org.runbookgovernance.review.ReviewPlan;
import org.runbookgovernance.review.ReviewPlanWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code review-plan}: the runbooks due within the horizon, grouped by owner, for a quarterly review job. */
@Command(name = "review-plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the runbooks due for review within --horizon days, grouped by owner.",
                "With --by-owner --output-dir DIR, write one digest per owner for the review round."},
        footer = {"", "Exit codes: 0 plan written; 2 bad usage, bad config or unreadable input."})
final class ReviewPlanCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "90",
            description = "Include runbooks due within DAYS days from --today, and overdue ones (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            completionCandidates = FormatNames.ReviewPlan.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the plan to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--by-owner",
            description = "Write one Markdown digest per owner and owners.json into --output-dir; print who gets which.")
    boolean byOwner;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "The folder for --by-owner's digests (made when missing).")
    Path outputDir;

    /** How many runbook ids a digest's line names; owners.json lists them all. */
    static final int IDS_SHOWN = 5;

    private final Invocation invocation;

    ReviewPlanCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        ReportFormat kind = ReportFormat.parse(format, Output.REVIEW_PLAN).orElseThrow(() -> new ParameterException(
                repository.spec.commandLine(), "--format: `" + format + "` is not a review plan format; expected "
                + Output.REVIEW_PLAN.names()));
        if (horizon < 0) {
            throw new ParameterException(repository.spec.commandLine(), "--horizon: `" + horizon
                    + "` is negative; give a number of days, e.g. 90");
        }
        if (byOwner != (outputDir != null)) {
            throw new ParameterException(repository.spec.commandLine(), byOwner
                    ? "--by-owner needs --output-dir DIR: the folder the digests are written to"
                    : "--output-dir is where --by-owner writes its digests; add --by-owner");
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
            case CSV -> ReviewPlanWriter.csv(plan);
            case JSON -> ReviewPlanWriter.json(plan);
            default -> ReviewPlanWriter.markdown(plan);
        };
        if (byOwner) {
            OwnerDigests digests = OwnerDigests.of(plan, inventory.config());
            writeDigests(digests);
            if (output != null) {
                ReportOutput.write(text, output, invocation.out());
            }
            invocation.out().print(recipients(digests));
            invocation.out().flush();
            return 0;
        }
        ReportOutput.write(text, output, invocation.out());
        return 0;
    }

    private void writeDigests(OwnerDigests digests) {
        try {
            DigestWriter.write(outputDir.toAbsolutePath().normalize(), digests);
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(outputDir.toString()), "cannot write the digests ("
                    + ReportOutput.reason(e) + ")");
        }
    }

    /** One line per digest: whose it is, where it goes, what it holds; owners without an address say how to add one. */
    private String recipients(OwnerDigests digests) {
        StringBuilder out = new StringBuilder();
        String dir = outputDir.toString().replace('\\', '/');
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        for (OwnerDigest o : digests.owners()) {
            int n = o.runbooks().size();
            out.append(prefix).append(o.file()).append("  ").append(o.owner()).append(": ")
                    .append(n == 1 ? "1 runbook" : n + " runbooks");
            int overdue = o.count(ReviewState.OVERDUE);
            if (overdue > 0) {
                out.append(", ").append(overdue).append(" overdue");
            }
            List<String> ids = o.runbooks().stream().map(ReviewItem::id).toList();
            out.append(" (").append(String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_SHOWN))))
                    .append(ids.size() > IDS_SHOWN ? " +" + (ids.size() - IDS_SHOWN) + " more" : "").append(")");
            if (o.address().isPresent()) {
                out.append(" -> ").append(o.address().get());
            } else if (!o.isNoOwner()) {
                out.append("; no address: add `").append(o.owner()).append(": team@example.com` to `review.owners`");
            }
            out.append('\n');
        }
        int mailed = (int) digests.owners().stream().filter(o -> o.address().isPresent()).count();
        out.append(digests.owners().size()).append(digests.owners().size() == 1 ? " digest, " : " digests, ")
                .append(mailed).append(" with an address; index: ").append(prefix).append(OwnerDigests.INDEX_FILE)
                .append('\n');
        return out.toString();
    }
}
