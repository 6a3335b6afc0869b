package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our six steps as a Jenkinsfile under test sees them. The named arguments become the plugin's
 * {@link StepSettings} exactly as the steps' {@code @DataBoundSetter}s store them; the plugin's own agent-side
 * code ({@link WorkspaceCheck}, what GovernanceCallable runs) checks the workspace with the engine; and the
 * outcome is logged, gated and returned as RunbookStepExecution does it, through the plugin's
 * {@link LogSummary} and {@link StepResultMap}.
 */
final class RunbookStepBinding {

    /** The setters on RunbookStep, which every step has. */
    static final Set<String> COMMON_PARAMETERS = Set.of("dir", "config", "today", "failOn", "unstableOn",
            "minSeverity", "includes", "excludes", "noGit", "reportDir", "formats", "markStageUnstable",
            "markBuildUnstable", "baseline", "id", "details");

    /** The setters each step class adds. */
    static final Map<StepKind, Set<String>> OWN_PARAMETERS = new EnumMap<>(Map.of(
            StepKind.FRESHNESS, Set.of("changedOnly", "newOnly"),
            StepKind.ALERT_COVERAGE, Set.of("rules", "runbookUrlMap", "newOnly"),
            StepKind.BRANCH_CHECK, Set.of("branch", "target", "changedOnly"),
            StepKind.PUBLISH_INDEX, Set.of("check", "write"),
            StepKind.REVIEW_PLAN, Set.of("horizon", "byOwner", "outputDir"),
            StepKind.GOVERNANCE, Set.of("rules", "runbookUrlMap", "branch", "target", "changedOnly", "newOnly")));

    private RunbookStepBinding() {
    }

    static Set<String> parameters(StepKind kind) {
        Set<String> all = new TreeSet<>(COMMON_PARAMETERS);
        all.addAll(OWN_PARAMETERS.get(kind));
        return all;
    }

    /**
     * The settings the step object would hold. An unknown parameter is refused: in production Jenkins only
     * prints "WARNING: Unknown parameter(s)" and ignores it, which is exactly the mistake a test must catch.
     */
    static StepSettings settings(StepKind kind, Map<?, ?> args) {
        Set<String> unknown = new TreeSet<>();
        args.keySet().forEach(k -> unknown.add(String.valueOf(k)));
        unknown.removeAll(parameters(kind));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(kind.functionName() + " has no parameter(s) " + unknown
                    + "; it takes " + parameters(kind));
        }
        String dir = text(args, "dir");
        String reportDir = text(args, "reportDir");
        int horizon = args.containsKey("horizon") ? number(args.get("horizon")) : StepSettings.DEFAULT_HORIZON;
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon must be zero or more days, not " + horizon);
        }
        return new StepSettings(kind, dir == null ? StepSettings.DEFAULT_DIR : dir, text(args, "config"),
                text(args, "today"), text(args, "failOn"), text(args, "unstableOn"), text(args, "minSeverity"),
                text(args, "includes"), text(args, "excludes"), text(args, "rules"), text(args, "runbookUrlMap"),
                text(args, "branch"), text(args, "target"), flag(args, "changedOnly", false), flag(args, "noGit", false),
                reportDir == null ? StepSettings.DEFAULT_REPORT_DIR : reportDir, text(args, "formats"), horizon,
                flag(args, "markStageUnstable", true), flag(args, "markBuildUnstable", true), flag(args, "check", true),
                flag(args, "write", false), text(args, "baseline"), flag(args, "newOnly", false),
                flag(args, "byOwner", false), text(args, "outputDir"));
    }

    /** Runs one step call in {@code build}; returns the Map the plugin's step returns, or aborts. */
    static Map<String, Object> run(StepKind kind, Map<?, ?> args, PipelineBuild build) {
        StepSettings settings = settings(kind, args);
        // as the id setter: a bad id is refused before the step runs
        String id = StepId.of(text(args, "id"), kind, settings.dir());
        if (text(args, "id") != null) {
            StepId.problem(id).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        String name = kind.functionName();
        CheckPlan plan = new CheckPlan(settings, today(settings.today(), build.clock), build.env);
        GovernanceOutcome outcome;
        try {
            outcome = WorkspaceCheck.run(build.workspace, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outcome.logLines().forEach(line -> build.log.add("[" + name + "] " + line));
        if (!outcome.ran()) {
            throw new StepAbort(name + ": " + outcome.badInput());
        }
        build.log.addAll(LogSummary.lines(name, outcome));
        String verdict = LogSummary.verdict(name, outcome);
        String status = outcome.fails() ? "FAILURE" : outcome.unstable() ? "UNSTABLE" : "SUCCESS";
        // the test sees every row, whatever the script asked for; the script gets what the step returns
        build.stepRuns.add(new PipelineBuild.StepRun(name, args, StepResultMap.of(outcome, status, id, true)));
        if (outcome.fails()) {
            throw new StepAbort(verdict);
        }
        if (outcome.unstable()) {
            build.log.add("WARNING: " + verdict);
            if (settings.markBuildUnstable()) {
                build.worsen("UNSTABLE");
            }
        }
        return StepResultMap.of(outcome, outcome.unstable() ? "UNSTABLE" : "SUCCESS", id, flag(args, "details", false));
    }

    /** As RunbookStepExecution.today: the parameter when given, else the controller's date (here: the build's clock). */
    static LocalDate today(String given, LocalDate clock) {
        if (given == null || given.isBlank()) {
            return clock;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new StepAbort("`" + given + "` is not a valid `today`; write the date as YYYY-MM-DD");
        }
    }

    /** As the setters' trimToNull: Groovy strings and GStrings alike, blank means not given. */
    private static String text(Map<?, ?> args, String key) {
        Object value = args.get(key);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.isBlank() ? null : text.strip();
    }

    private static boolean flag(Map<?, ?> args, String key, boolean fallback) {
        Object value = args.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(String.valueOf(value).strip());
    }

    private static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        return Integer.parseInt(String.valueOf(value).strip());
    }
}
