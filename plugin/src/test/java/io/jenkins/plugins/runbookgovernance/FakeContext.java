package io.jenkins.plugins.runbookgovernance;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // Steps here run the engine inside the test's JVM; EngineProcessTest runs them in the engine's process.
        EnvVars withEngine = new EnvVars(env);
        withEngine.putIfAbsent(EngineProcess.ENGINE_VARIABLE, "agent");
        objects.put(EnvVars.class, withEngine);
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

    /** A job that knows its last build, for the job page's trend. */
    static final class FakeJob extends Job<FakeJob, FakeRun> {
        private FakeRun lastBuild;

        FakeJob() {
            super(null, "fake");
        }

        @Override
        public FakeRun getLastBuild() {
            return lastBuild;
        }
    }

    /** A run with a number, a folder of its own (a fresh temporary one), a job, and the build before it. */
    static final class FakeRun extends Run<FakeJob, FakeRun> {
        private final int number;
        private final FakeRun previous;
        private final FakeJob job;
        private final File rootDir;

        private FakeRun(int number, FakeRun previous, FakeJob job) throws IOException {
            super(null);
            this.number = number;
            this.previous = previous;
            this.job = job;
            // under the module's target folder, so that mvn clean removes them
            Path builds = Files.createDirectories(Path.of("target", "fake-builds"));
            this.rootDir = Files.createTempDirectory(builds, "build-").toFile();
            job.lastBuild = this;
        }

        static FakeRun create() {
            return next(null);
        }

        /** The build after {@code previous} in its job (the first build of a new job when null). */
        static FakeRun next(FakeRun previous) {
            try {
                return previous == null ? new FakeRun(1, null, new FakeJob())
                        : new FakeRun(previous.number + 1, previous, previous.job);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public FakeJob getParent() {
            return job;
        }

        @Override
        public int getNumber() {
            return number;
        }

        @Override
        public FakeRun getPreviousBuild() {
            return previous;
        }

        @Override
        public File getRootDir() {
            return rootDir;
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
