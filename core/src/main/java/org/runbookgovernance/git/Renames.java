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

    /** Deleted files compared one by one with an added runbook when git's similarity finds no rename. */
    private static final int MAX_RENAMED_NAME_CANDIDATES = 50;

    private final ObjectReader reader;
    private final RevCommit commit;
    private final RevCommit[] parents;
    private final int typoThreshold;
    private List<DiffEntry> changes;

    Renames(ObjectReader reader, RevCommit commit, RevCommit[] parents, int typoThreshold) {
        this.reader = reader;
        this.commit = commit;
        this.parents = parents;
        this.typoThreshold = typoThreshold;
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
        return renamedAlert(path, blob, deleted);
    }

    /**
     * A short runbook whose alert was renamed, in the file name and in the text, is too little alike for
     * git's similarity: a deleted file of the same kind that is the same text once its name reads as the new.
     */
    private Optional<Source> renamedAlert(String path, ObjectId blob, List<DiffEntry> deleted) throws IOException {
        String extension = extension(path);
        int compared = 0;
        for (DiffEntry e : deleted) {
            if (!extension(e.getOldPath()).equals(extension) || compared++ >= MAX_RENAMED_NAME_CANDIDATES) {
                continue;
            }
            ObjectId old = e.getOldId().toObjectId();
            String oldName = LastChangeWalk.stem(e.getOldPath());
            String newName = LastChangeWalk.stem(path);
            if (!oldName.equals(newName)
                    && LastChangeWalk.contentLinesChanged(reader, old, blob, oldName, newName) <= typoThreshold) {
                return Optional.of(new Source(e.getOldPath(), old));
            }
        }
        return Optional.empty();
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot) : "";
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
