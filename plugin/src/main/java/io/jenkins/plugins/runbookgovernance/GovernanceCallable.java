package io.jenkins.plugins.runbookgovernance;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * The one thing sent to the agent for a check: the plan goes over, the engine runs next to the workspace, and a
 * small {@link GovernanceOutcome} comes back. With a launch, the engine runs in its own process
 * ({@link EngineProcess}); if that process cannot give an outcome, the check runs inside the agent's JVM and the
 * outcome's first log line says why. A top-level final class so it captures no step or execution.
 */
public final class GovernanceCallable extends MasterToSlaveFileCallable<GovernanceOutcome> {

    private static final long serialVersionUID = 1L;

    private final CheckPlan plan;
    private final EngineLaunch launch;

    /** A check inside the agent's JVM. */
    public GovernanceCallable(CheckPlan plan) {
        this(plan, null);
    }

    GovernanceCallable(CheckPlan plan, EngineLaunch launch) {
        this.plan = plan;
        this.launch = launch;
    }

    public CheckPlan plan() {
        return plan;
    }

    EngineLaunch launch() {
        return launch;
    }

    @Override
    public GovernanceOutcome invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        if (launch == null) {
            return WorkspaceCheck.run(workspace.toPath(), plan);
        }
        String why;
        try {
            EngineProcess process = new EngineProcess(EngineProcess.currentJava(), launch.classPath(),
                    EngineProcess.flags(launch.javaOpts()));
            return process.run(workspace.toPath(), plan, Path.of(launch.folder()));
        } catch (EngineProcess.Failed | IOException e) {
            why = e.getMessage();
        }
        return WorkspaceCheck.run(workspace.toPath(), plan).withFirstLogLine("the engine's own process gave no"
                + " outcome, so the check ran inside the agent's JVM: " + why);
    }
}
