package io.jenkins.plugins.runbookgovernance;

import hudson.model.Action;
import hudson.model.Result;
import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * The only place the plugin writes to Jenkins' model: the run's result and actions and the step node's
 * warning. Keeping it here keeps the rest plain and testable with a fake run and node.
 */
final class BuildMarks {

    private final Run<?, ?> run;
    private final FlowNode node;

    BuildMarks(Run<?, ?> run, FlowNode node) {
        this.run = run;
        this.node = node;
    }

    /** A WarningAction on the step's node colours the stage; run.setResult marks the build. */
    void unstable(String message, boolean markStage, boolean markBuild) {
        if (markStage && node != null) {
            node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(message));
        }
        if (markBuild) {
            run.setResult(Result.UNSTABLE);
        }
    }

    /** How many actions of {@code type} the run already has, to give each new page its own URL. */
    int count(Class<? extends Action> type) {
        @SuppressWarnings("deprecation") // getActions() is the persisted list, which is what we count
        long n = run.getActions().stream().filter(type::isInstance).count();
        return (int) n;
    }

    void attach(Action action) {
        run.addAction(action);
    }
}
