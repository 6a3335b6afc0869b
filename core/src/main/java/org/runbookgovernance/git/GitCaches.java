package org.runbookgovernance.git;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's caches are process-wide, so only a process that owns its JVM may size them: the command line
 * does, the Jenkins plugin does not (other plugins share Jenkins' JGit). Sized when history is first read,
 * so a run without git loads none of JGit for it.
 */
public final class GitCaches {

    /**
     * Delta bases kept while trees are rebuilt from a pack, instead of JGit's 10 MiB. A packed folder tree is a
     * chain of deltas, and a folder of 3,000 runbooks is some 180 KB: with 10 MiB the bases fell out between
     * commits and every tree was rebuilt from far down its chain (bench/README.md, "History").
     */
    private static final int DELTA_BASE_CACHE_BYTES = 32 << 20;

    /**
     * Pack windows of 4 KiB instead of JGit's 8 (same total): the walk reads small trees and blobs scattered over
     * the pack, so a window loaded for one of them brings half as many bytes that no one reads.
     */
    private static final int WINDOW_BYTES = 4 << 10;

    private static volatile boolean owned;
    private static boolean sized;

    private GitCaches() {
    }

    /** Says this process owns its JVM: history reads may size JGit's caches for one large walk. */
    public static void ownTheProcess() {
        owned = true;
    }

    /** Sizes the caches once, when this process owns its JVM; else leaves JGit's settings alone. */
    static synchronized void sizeIfOwned() {
        if (!owned || sized) {
            return;
        }
        WindowCacheConfig config = new WindowCacheConfig();
        config.setDeltaBaseCacheLimit(DELTA_BASE_CACHE_BYTES);
        config.setPackedGitWindowSize(WINDOW_BYTES);
        config.install();
        sized = true;
    }
}
