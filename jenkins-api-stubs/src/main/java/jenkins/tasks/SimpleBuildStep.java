// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package jenkins.tasks;

import hudson.model.Action;
import java.util.Collection;

/** Stub: only here for its nested {@link LastBuildAction}; the build-step members are left out. */
public interface SimpleBuildStep {

    /** Stub: a build action whose project actions show on the job while its build is the last successful one. */
    interface LastBuildAction extends Action {

        Collection<? extends Action> getProjectActions();
    }
}
