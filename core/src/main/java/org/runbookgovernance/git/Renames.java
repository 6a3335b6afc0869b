package org.runbookgovernance.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files a commit renamed into the runbook paths it adds, as {@code git log --follow} finds them: the
 * same blob, else git's similarity (within git's rename limit), else a deleted file that is the same text
 * once its name reads as the new one. Worked out once per commit, and only for a commit in which the walk
 * meets a runbook's first version.
 */
final class Renames {

    /** The old side of a rename. */
    record Source(String path, ObjectId blob) {
    }

    private static final DiffConfig DEFAULTS = new Config().get(DiffConfig.KEY);
    /** Above this many deleted files, renamed alerts are not looked for file by file. */
    private static final int MAX_RENAMED_NAME_CANDIDATES = 50;

    private final ObjectReader reader;
    private final RevCommit commit;
    private final RevCommit[] parents;
    private final Set<String> tracked;
    private final int typoThreshold;
    private final SeenChanges seen;
    private Map<String, Source> sources;

    /**
     * @param tracked the runbook paths the walk still follows; read when the first source is asked for
     * @param seen    what the walk's diff of the commit met, complete when the first source is asked for
     */
    Renames(ObjectReader reader, RevCommit commit, RevCommit[] parents, Set<String> tracked, int typoThreshold,
            SeenChanges seen) {
        this.reader = reader;
        this.commit = commit;
        this.parents = parents;
        this.tracked = tracked;
        this.typoThreshold = typoThreshold;
        this.seen = seen;
    }

    /** Where the file added at {@code path} came from; empty when it is new (or the commit is a merge). */
    Optional<Source> sourceOf(String path) throws IOException {
        if (parents.length != 1) {
            return Optional.empty();
        }
        if (sources == null) {
            sources = sources();
        }
        return Optional.ofNullable(sources.get(path));
    }

    private Map<String, Source> sources() throws IOException {
        if (!seen.deletes() && (seen.complete() || !deletesAFile())) {
            return Map.of(); // a rename needs a file that went away
        }
        List<DiffEntry> deleted = new ArrayList<>();
        List<DiffEntry> added = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(parents[0].getTree());
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            for (DiffEntry e : DiffEntry.scan(tw)) {
                if (e.getChangeType() == DiffEntry.ChangeType.DELETE) {
                    deleted.add(e);
                } else if (e.getChangeType() == DiffEntry.ChangeType.ADD && tracked.contains(e.getNewPath())) {
                    added.add(e);
                }
            }
        }
        Map<String, Source> found = new HashMap<>();
        if (deleted.isEmpty() || added.isEmpty()) {
            return found;
        }
        RenameDetector detector = new RenameDetector(reader, DEFAULTS);
        detector.addAll(deleted);
        detector.addAll(added);
        for (DiffEntry e : detector.compute()) {
            if (e.getChangeType() == DiffEntry.ChangeType.RENAME) {
                found.put(e.getNewPath(), new Source(e.getOldPath(), e.getOldId().toObjectId()));
            }
        }
        if (deleted.size() <= MAX_RENAMED_NAME_CANDIDATES) {
            for (DiffEntry a : added) {
                if (!found.containsKey(a.getNewPath())) {
                    renamedAlert(a, deleted).ifPresent(s -> found.put(a.getNewPath(), s));
                }
            }
        }
        return found;
    }

    /**
     * Whether the commit deletes a file, or turns one into another kind (which git reads as a delete and an add).
     * Only folders on both sides are entered: nothing in an added folder was deleted.
     */
    private boolean deletesAFile() throws IOException {
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(parents[0].getTree());
            tw.addTree(commit.getTree());
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                int before = tw.getRawMode(0);
                int after = tw.getRawMode(1);
                if (before == 0) {
                    continue;
                }
                if (after == 0 || (before & FileMode.TYPE_MASK) != (after & FileMode.TYPE_MASK)) {
                    return true;
                }
                if (tw.isSubtree()) {
                    tw.enterSubtree();
                }
            }
        }
        return false;
    }

    /**
     * A short runbook whose alert was renamed, in the file name and in the text, is too little alike for
     * git's similarity: a deleted file of the same kind that is the same text once its name reads as the new.
     */
    private Optional<Source> renamedAlert(DiffEntry added, List<DiffEntry> deleted) throws IOException {
        String path = added.getNewPath();
        ObjectId blob = added.getNewId().toObjectId();
        String newName = LastChangeWalk.stem(path);
        for (DiffEntry e : deleted) {
            String oldName = LastChangeWalk.stem(e.getOldPath());
            if (!extension(e.getOldPath()).equals(extension(path))) {
                continue;
            }
            ObjectId old = e.getOldId().toObjectId();
            if (LastChangeWalk.contentLinesChanged(reader, old, blob, oldName, newName) <= typoThreshold) {
                return Optional.of(new Source(e.getOldPath(), old));
            }
        }
        return Optional.empty();
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot) : "";
    }
}
