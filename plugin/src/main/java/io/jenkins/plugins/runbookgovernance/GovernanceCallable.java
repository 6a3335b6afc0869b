package io.jenkins.plugins.runbookgovernance;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * The one thing sent to the agent: the plan goes over, the engine runs next to the workspace, and a small
 * {@link GovernanceOutcome} comes back. A top-level final class so it captures no step or execution.
 */
public final class GovernanceCallable extends MasterToSlaveFileCallable<GovernanceOutcome> {

    private static final long serialVersionUID = 1L;

    private final CheckPlan plan;

    public GovernanceCallable(CheckPlan plan) {
        this.plan = plan;
    }

    public CheckPlan plan() {
        return plan;
    }

    @Override
    public GovernanceOutcome invoke(File workspace, VirtualChannel channel) throws IOException {
        return WorkspaceCheck.run(workspace.toPath(), plan);
    }
}
