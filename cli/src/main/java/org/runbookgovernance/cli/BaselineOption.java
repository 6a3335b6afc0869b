package org.runbookgovernance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Report;
import picocli.CommandLine.Option;

/** {@code --baseline FILE}: which accepted findings a command leaves out, and where {@code baseline} writes them. */
final class BaselineOption {

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline of accepted findings (default: DIR/" + Baseline.FILE_NAME + " when present).")
    Path file;

    /** The file named, else the one in {@code dir}. */
    Path resolve(Path dir) {
        return file != null ? file : dir.resolve(Baseline.FILE_NAME);
    }

    /** {@code report} with the baseline applied, or as it is when there is none. */
    Report apply(Report report, Path dir, Predicate<String> judged, Config config) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new BadInputException(SourcePosition.file(file.toString()), "--baseline: no such file; write it "
                    + "with `runbook-governance baseline DIR --baseline " + file + "`, or leave the option out");
        }
        return Baseline.read(resolve(dir)).apply(report, judged, config);
    }
}
