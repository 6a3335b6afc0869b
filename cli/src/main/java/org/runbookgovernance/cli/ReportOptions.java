package org.runbookgovernance.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.ReportPolicy.InvalidSetting;
import org.runbookgovernance.report.ReportPolicy;
import org.runbookgovernance.report.Threshold;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;
import org.runbookgovernance.report.render.TextGrouping;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How a check reports: format, destination, what is shown and what fails the run. */
final class ReportOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatNames.Check.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when any finding is at or above LEVEL: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}). Counts every finding, shown or not.")
    String failOn;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Show only findings at or above LEVEL: error, warning or info (default: ${DEFAULT-VALUE}). "
                    + "Does not change the exit code.")
    String minSeverity;

    @Option(names = {"--color", "--colour"}, negatable = true,
            description = "Colour the text report (default: only on a terminal, unless NO_COLOR or TERM=dumb).")
    Boolean colour;

    @Option(names = "--group-by", paramLabel = "SECTION", defaultValue = "file",
            description = "Section the text report by file or by rule (default: ${DEFAULT-VALUE}).")
    String groupBy;

    @Option(names = "--changed-only", description = "Report only findings on files the change set touches.")
    boolean changedOnly;

    @Option(names = "--new-only", description = "Report only findings the change introduces: the rules also judge "
            + "the merge base with the target branch (--target, or CHANGE_TARGET), read from git, and findings it "
            + "has as well are left out; findings it has that the change fixes are reported as info.")
    boolean newOnly;

    @Option(names = "--timings", description = "After the report, print on stderr how long each phase and the "
            + "slowest rules took, and the peak memory.")
    boolean timings;

    ReportFormat format() {
        return ReportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: `" + format + "` is not a report format; expected " + Output.CHECK.names()));
    }

    TextGrouping grouping() {
        return TextGrouping.parse(groupBy).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--group-by: `" + groupBy + "` is not a way to section the report; expected file or rule"));
    }

    /**
     * The flags as the core reads them. Both always have a value, so the config's {@code report:} defaults, which
     * are the pipeline steps', never apply here.
     */
    ReportPolicy policy() {
        try {
            return new ReportPolicy(ReportPolicy.failOn(failOn, Config.DEFAULT), Threshold.NEVER,
                    ReportPolicy.minimum(minSeverity, Config.DEFAULT));
        } catch (InvalidSetting e) {
            String option = e.key().equals(ReportPolicy.FAIL_ON) ? "--fail-on" : "--min-severity";
            throw new ParameterException(spec.commandLine(), option + ": `" + e.value() + "` is not a level; expected "
                    + e.expected());
        }
    }
}
