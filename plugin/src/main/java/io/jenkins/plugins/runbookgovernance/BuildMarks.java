package io.jenkins.plugins.runbookgovernance;

import hudson.model.Action;
import hudson.model.Result;
import hudson.model.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** The build's own folder on the controller, beside build.xml. */
    Path buildFolder() {
        return run.getRootDir().toPath();
    }

    /** Makes the action for the id it is given; may move files into place for it. */
    @FunctionalInterface
    interface ActionForId<A extends Action> {
        A make(String id) throws IOException;
    }

    /**
     * Attaches the action made for the first id that no action of {@code type} on the run has: {@code id},
     * else {@code id-2}, {@code id-3}... Looking and adding hold the run's lock, so two parallel branches can
     * neither take the same id nor lose a page.
     */
    <A extends Action> A attachUnique(Class<A> type, Function<A, String> idOf, String id, ActionForId<A> make)
            throws IOException {
        synchronized (run) {
            Set<String> taken = run.getActions(type).stream().map(idOf).collect(Collectors.toSet());
            String free = id;
            for (int n = 2; taken.contains(free); n++) {
                free = id + "-" + n;
            }
            A action = make.make(free);
            run.addAction(action);
            return action;
        }
    }
}
