// Compile-only stub of org.jenkins-ci.plugins.workflow:workflow-step-api 724.v538c2362b_dfb_ (bom-2.541.x 6916.v15ec97679743).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub: an execution whose work is one blocking {@link #run}. The real class runs it on a pooled background
 * thread; this stub runs it on the caller's thread, then reports to the context the same way
 * (onSuccess with the return value, onFailure with what was thrown) and returns false like the real one.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    private static final long serialVersionUID = 1L;

    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        T ret;
        try {
            ret = run();
        } catch (Throwable x) {
            getContext().onFailure(x);
            return false;
        }
        getContext().onSuccess(ret);
        return false;
    }

    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
        super.stop(cause);
    }

    @Override
    public void onResume() {
        getContext().onFailure(new Exception("Resume after a restart not supported for non-blocking synchronous steps"));
    }

    @Override
    public @NonNull String getStatus() {
        return "running in the caller's thread (stub)";
    }

    @Override
    public boolean blocksRestart() {
        return false;
    }
}
