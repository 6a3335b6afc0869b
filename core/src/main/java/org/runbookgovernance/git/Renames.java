package org.runbookgovernance.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The file a commit renamed into a path it adds, as {@code git log --follow} finds it: the same blob, else
 * the most similar file the commit deletes. Read only when the walk meets a runbook's first commit, once
 * per commit.
 */
final class Renames {

    /** The old side of a rename. */
    record Source(String path, ObjectId blob) {
    }

    private static final DiffConfig DEFAULTS = new Config().get(DiffConfig.KEY);

    private final ObjectReader reader;
    private final RevCommit commit;
    private final RevCommit[] parents;
    private List<DiffEntry> changes;

    Renames(ObjectReader reader, RevCommit commit, RevCommit[] parents) {
        this.reader = reader;
        this.commit = commit;
        this.parents = parents;
    }

    /** Where the file added at {@code path} came from; empty when it is new (or the commit is no plain one). */
    Optional<Source> sourceOf(String path, ObjectId blob) throws IOException {
        if (parents.length != 1) {
            return Optional.empty();
        }
        List<DiffEntry> deleted = new ArrayList<>();
        DiffEntry added = null;
        for (DiffEntry e : changes()) {
            if (e.getChangeType() == DiffEntry.ChangeType.DELETE) {
                if (e.getOldId().toObjectId().equals(blob)) {
                    return Optional.of(new Source(e.getOldPath(), blob));
                }
                deleted.add(e);
            } else if (e.getChangeType() == DiffEntry.ChangeType.ADD && e.getNewPath().equals(path)) {
                added = e;
            }
        }
        if (deleted.isEmpty() || added == null) {
            return Optional.empty();
        }
        RenameDetector detector = new RenameDetector(reader, DEFAULTS);
        detector.addAll(deleted);
        detector.add(added);
        for (DiffEntry e : detector.compute()) {
            if (e.getChangeType() == DiffEntry.ChangeType.RENAME && e.getNewPath().equals(path)) {
                return Optional.of(new Source(e.getOldPath(), e.getOldId().toObjectId()));
            }
        }
        return Optional.empty();
    }

    private List<DiffEntry> changes() throws IOException {
        if (changes == null) {
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(parents[0].getTree());
                tw.addTree(commit.getTree());
                tw.setRecursive(true);
                tw.setFilter(TreeFilter.ANY_DIFF);
                changes = DiffEntry.scan(tw);
            }
        }
        return changes;
    }
}
