package org.runbookgovernance.git;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * What the history walk's diff of one commit against its one parent met besides the runbooks it looks for:
 * whether the commit deletes a file, and whether a folder that differs was left unread, so that the question
 * is still open. Tells {@link Renames} when the commit cannot have renamed anything.
 */
final class SeenChanges {

    private boolean deletes;
    private boolean complete = true;

    void reset() {
        deletes = false;
        complete = true;
    }

    /** An entry of the commit (tree 0) and its parent (tree 1); ignored in a merge. */
    void entry(TreeWalk walk) {
        if (walk.getTreeCount() != 2) {
            return;
        }
        int now = walk.getRawMode(0);
        int before = walk.getRawMode(1);
        // a file that turns into another kind is a delete and an add to git, even with the same id
        if (before != 0 && (now == 0 || (before & FileMode.TYPE_MASK) != (now & FileMode.TYPE_MASK))) {
            deletes = true;
        }
    }

    /** A folder that differs and that the walk does not enter. */
    void skipped(TreeWalk walk) {
        if (walk.getTreeCount() == 2 && walk.getRawMode(1) != 0) {
            complete = false;
        }
    }

    boolean deletes() {
        return deletes;
    }

    /** Whether every entry that differs was met: without {@link #deletes()}, nothing was deleted. */
    boolean complete() {
        return complete;
    }
}
