package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baseline}: accepts every finding a check makes today, so that from now on {@code check} lists and
 * fails only on new ones. The file holds no date and is sorted, so running it again on an unchanged
 * repository changes nothing.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Accept today's findings: write them to the baseline file, so that check, freshness, alerts, "
                + "branch and index count them instead of listing them and fail only on new findings.",
        footer = {"", "Exit codes: 0 written; 2 bad usage, bad config, unreadable input or a file that cannot "
                + "be written."})
final class BaselineCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Mixin
    BaselineOption baseline = new BaselineOption();

    private final Invocation invocation;

    BaselineCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        CheckRequest request = repository.request(invocation, false);
        ProgressListener progress = Progress.forInvocation(invocation);
        Report report;
        try {
            report = Governance.standard().check(request, progress);
        } finally {
            if (progress instanceof Progress shown) {
                shown.finish();
            }
        }
        Path file = baseline.resolve(request.root());
        Baseline accepted = Baseline.of(report.findings());
        Baseline before;
        try {
            before = Baseline.read(file);
        } catch (BadInputException e) {
            before = Baseline.EMPTY; // replaced anyway: a broken baseline must not stop writing a good one
        }
        try {
            accepted.write(file);
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(file.toString()), "cannot write the baseline ("
                    + ReportOutput.reason(e) + "); the file is left unchanged");
        }
        invocation.out().println("baseline written: " + file + " (" + count(accepted.size()) + " accepted"
                + (before.size() == 0 ? "" : ", " + count(before.size()) + " before") + ")");
        invocation.out().flush();
        return 0;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " finding" : " findings");
    }
}
