package io.jenkins.plugins.runbookgovernance;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step context with a real workspace folder (a local FilePath, so act() runs in-process), a log that
 * can be read back, an environment, and a run and flow node that keep their result and actions.
 */
final class FakeContext extends StepContext {

    private static final long serialVersionUID = 1L;

    final transient FakeRun run = FakeRun.create();
    final transient FakeNode node = new FakeNode();
    final transient ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final transient Map<Class<?>, Object> objects = new HashMap<>();
    transient Object returned;
    transient Throwable failure;

    FakeContext(File workspace, EnvVars env) {
        PrintStream logger = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
        objects.put(FilePath.class, new FilePath(workspace));
        objects.put(TaskListener.class, (TaskListener) () -> logger);
        objects.put(EnvVars.class, env);
        objects.put(Run.class, run);
        objects.put(FlowNode.class, node);
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T get(Class<T> key) {
        return key.cast(objects.get(key));
    }

    @Override
    public void onSuccess(Object result) {
        returned = result;
    }

    @Override
    public void onFailure(Throwable t) {
        failure = t;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public ListenableFuture<Void> saveState() {
        throw new UnsupportedOperationException("not needed by synchronous steps");
    }

    @Override
    public void setResult(Result r) {
        run.setResult(r);
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        throw new IllegalStateException("runbook steps take no body");
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Only there to give FakeRun its type arguments; never created. */
    abstract static class FakeJob extends Job<FakeJob, FakeRun> {
        FakeJob(ItemGroup<?> parent, String name) {
            super(parent, name);
        }
    }

    static final class FakeRun extends Run<FakeJob, FakeRun> {
        private FakeRun() throws IOException {
            super(null);
        }

        static FakeRun create() {
            try {
                return new FakeRun();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class FakeNode extends FlowNode {
        FakeNode() {
            super(null, "7", List.of());
        }

        @Override
        protected String getTypeDisplayName() {
            return "step";
        }
    }
}
