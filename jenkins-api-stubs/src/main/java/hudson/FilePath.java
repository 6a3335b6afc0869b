// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * Stub: a path on the controller or an agent. Only the local case works here: with no channel,
 * {@link #act} invokes the callable in-process, exactly what the real class does for a local path.
 */
public final class FilePath {

    private final VirtualChannel channel;
    private final String remote;

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        this.channel = channel;
        this.remote = remote;
    }

    public FilePath(@NonNull File localPath) {
        this(null, localPath.getPath());
    }

    public String getRemote() {
        return remote;
    }

    public VirtualChannel getChannel() {
        return channel;
    }

    /** Stub: like the real one for a local path; a relative name is resolved against this one. */
    public @NonNull FilePath child(String relOrAbsolute) {
        return new FilePath(channel, new File(remote).toPath().resolve(relOrAbsolute).toString());
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        if (channel != null) {
            throw new UnsupportedOperationException("stub: remote FilePath");
        }
        return callable.invoke(new File(remote), null);
    }

    /** Stub: code run with a file on the machine that holds it. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
