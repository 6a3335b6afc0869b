// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import jenkins.model.RunAction2;

/** Stub: one execution of a job. The result can only get worse, as on the real class. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {

    private volatile Result result;

    protected Run(@NonNull JobT job) throws IOException {
    }

    /** Stub: real runs belong to a job; fakes in tests override this. */
    @NonNull
    public JobT getParent() {
        throw new UnsupportedOperationException("stub: a run without a job");
    }

    public String getDisplayName() {
        return "#" + getNumber();
    }

    public int getNumber() {
        return 0;
    }

    @CheckForNull
    public RunT getPreviousBuild() {
        return null;
    }

    @NonNull
    public String getUrl() {
        return "job/stub/" + getNumber() + "/";
    }

    /** Stub: the build's folder on the controller; fakes in tests override this with a temporary folder. */
    @NonNull
    public File getRootDir() {
        throw new UnsupportedOperationException("stub: a run without a folder");
    }

    @CheckForNull
    public Result getResult() {
        return result;
    }

    public void setResult(@NonNull Result r) {
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    @Override
    public void addAction(@NonNull Action a) {
        super.addAction(a);
        if (a instanceof RunAction2 attached) {
            attached.onAttached(this);
        }
    }
}
