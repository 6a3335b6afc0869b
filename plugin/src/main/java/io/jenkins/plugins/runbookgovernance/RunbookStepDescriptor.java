package io.jenkins.plugins.runbookgovernance;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** What every runbook step needs: a workspace (so it runs inside node/agent), its log, run, env and node. */
public abstract class RunbookStepDescriptor extends StepDescriptor {

    /** Which step this descriptor describes. */
    protected abstract StepKind kind();

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(FilePath.class, TaskListener.class, Run.class, EnvVars.class, FlowNode.class);
    }

    @Override
    public String getFunctionName() {
        return kind().functionName();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return kind().displayName();
    }
}
