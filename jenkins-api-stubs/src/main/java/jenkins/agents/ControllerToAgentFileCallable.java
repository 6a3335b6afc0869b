// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/** Stub: a file callable meant to be sent from the controller to an agent. */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {

    /** The real default checks the agent role; there is no channel here, so nothing to check. */
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
    }
}
