package io.jenkins.plugins.runbookgovernance;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs one step: sends the plan to the agent, prints the summary, attaches the build page, marks the
 * stage and build, and returns a plain map to the script (or fails with a clean ERROR line).
 */
final class RunbookStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final StepSettings settings;

    private final String id;
    private final boolean details;

    /** The controller's clock; tests pass a fixed one. Not saved with the execution: a resumed one reads the system's. */
    private final transient Clock clock;

    RunbookStepExecution(StepContext context, StepSettings settings, String id, boolean details, Clock clock) {
        super(context);
        this.settings = settings;
        this.id = id;
        this.details = details;
        this.clock = clock;
    }

    StepSettings settings() {
        return settings;
    }

    String id() {
        return id;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        FilePath workspace = required(context.get(FilePath.class), "FilePath");
        TaskListener listener = required(context.get(TaskListener.class), "TaskListener");
        EnvVars env = context.get(EnvVars.class);
        Run<?, ?> run = required(context.get(Run.class), "Run");
        FlowNode node = context.get(FlowNode.class);

        Clock now = clock == null ? Clock.systemDefaultZone() : clock;
        CheckPlan plan = new CheckPlan(settings, today(settings.today(), now), env == null ? Map.of() : env);
        EngineLaunch.Choice engine = EngineLaunch.choose(workspace, plan.environment());
        if (engine.whyNot() != null) {
            listener.getLogger().println("[" + settings.kind().functionName() + "] " + engine.whyNot());
        }
        GovernanceOutcome outcome = workspace.act(new GovernanceCallable(plan, engine.launch()));
        return finish(outcome, listener, run, node);
    }

    /** What the step does with the agent's outcome: log, build page, marks, and the verdict. */
    Map<String, Object> finish(GovernanceOutcome outcome, TaskListener listener, Run<?, ?> run, FlowNode node)
            throws AbortException {
        PrintStream log = listener.getLogger();
        String name = settings.kind().functionName();
        outcome.logLines().forEach(line -> log.println("[" + name + "] " + line));
        if (!outcome.ran()) {
            throw new AbortException(name + ": " + outcome.badInput());
        }
        LogSummary.lines(name, outcome).forEach(log::println);

        BuildMarks marks = new BuildMarks(run, node);
        RunbookGovernanceAction action;
        try {
            action = RunbookGovernanceAction.attach(marks, id, settings.kind(), outcome);
        } catch (IOException e) {
            // The reports in the workspace are written; only the build page's record could not be.
            throw new AbortException(name + ": cannot write this step's record into the build's folder ("
                    + e.getMessage() + "); the reports in the workspace are written");
        }
        log.println("[" + name + "] details: " + action.getUrlName() + "/ on this build's page");

        if (!outcome.ruleFailures().isEmpty()) {
            // The reports are written; a check in which a rule could not judge is still no verdict.
            outcome.ruleFailures().forEach(m -> log.println("ERROR: [" + name + "] " + m));
            throw new AbortException(name + ": " + outcome.ruleFailures().get(0) + (outcome.ruleFailures().size() > 1
                    ? " (and " + (outcome.ruleFailures().size() - 1) + " more rule(s) failed)" : ""));
        }
        String verdict = LogSummary.verdict(name, outcome);
        if (outcome.fails()) {
            throw new AbortException(verdict);
        }
        if (outcome.unstable()) {
            listener.getLogger().println("WARNING: " + verdict);
            marks.unstable(verdict, settings.markStageUnstable(), settings.markBuildUnstable());
        }
        return StepResultMap.of(outcome, outcome.unstable() ? "UNSTABLE" : "SUCCESS", action.getId(), details);
    }

    /** The {@code today} parameter when given (tests and backfills), else the day on the controller's clock. */
    static LocalDate today(String given, Clock clock) throws AbortException {
        if (given == null || given.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new AbortException("`" + given + "` is not a valid `today`; write the date as YYYY-MM-DD");
        }
    }

    private static <T> T required(T value, String what) throws AbortException {
        if (value == null) {
            throw new AbortException("no " + what + " in this context; call the step inside node { } or agent");
        }
        return value;
    }
}
