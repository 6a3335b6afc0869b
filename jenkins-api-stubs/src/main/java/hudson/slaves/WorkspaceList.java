// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/** Stub: the workspaces in use on a node. Only the temporary folder beside a workspace is here. */
public final class WorkspaceList {

    private WorkspaceList() {
    }

    /** Stub: like the real one for a local workspace, the sibling named by its name and {@code @tmp}. */
    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        return new FilePath(ws.getChannel(), ws.getRemote() + "@tmp");
    }
}
