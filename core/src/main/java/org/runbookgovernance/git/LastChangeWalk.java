package org.runbookgovernance.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.runbookgovernance.model.GitFacts;

/**
 * One walk over history, newest commit first, that finds for every runbook path the last commit that
 * touched it and the last commit that changed more than the typo threshold of its content lines (else the
 * commit that created it). A commit that adds a runbook as a rename of a deleted file, its text unchanged
 * but for the typo threshold, is followed to the old path. It stops as soon as every path has both; only
 * runbook blobs are diffed, and only while a path still needs it.
 */
final class LastChangeWalk {

    /** Blobs larger than this are not diffed line by line: a runbook is never that big. */
    private static final int MAX_DIFF_BYTES = 4 * 1024 * 1024;
    /**
     * Trees kept for the next commits. Small: what outlives a young collection is tenured (the launcher's flags)
     * and dies in the old generation, where it adds to the peak.
     */
    private static final long RECENT_TREE_BYTES = 256 << 10;

    /**
     * @param lastSubstantiveChange per HEAD path, its last content edit, else the commit that created it (not
     *                              by a rename): the day its text was last written
     * @param paths                 the wanted paths that exist at HEAD
     * @param openEdit              paths whose last content edit the walked commits did not decide: the path
     *                              looked for (an old path when a rename was followed) to its HEAD path
     * @param openLast              HEAD paths no walked commit touched
     */
    record Result(Map<String, Instant> lastCommit, Map<String, GitFacts.Edit> lastContentEdit,
                  Map<String, GitFacts.Edit> lastSubstantiveChange, boolean limited, Optional<String> note,
                  Set<String> paths, Map<String, String> openEdit, Set<String> openLast) {
    }

    /** A wanted path that differs; an id is {@link ObjectId#zeroId()} on the side without the path. */
    @FunctionalInterface
    interface Changed {
        void path(String path, ObjectId newId, ObjectId oldId) throws IOException;
    }

    private LastChangeWalk() {
    }

    static Result run(Repository repo, ObjectId head, Set<String> wantedRepoPaths, int typoThreshold)
            throws IOException {
        return run(repo, head, wantedRepoPaths, typoThreshold, null, null);
    }

    /**
     * The walk over the commits reachable from {@code head} and not from {@code since} (all of them when it is
     * null); what those commits leave undecided is in {@link Result#openEdit()} and {@link Result#openLast()}.
     *
     * @param atHead the wanted paths that exist at {@code head} when the caller knows them; null to read the tree
     */
    static Result run(Repository repo, ObjectId head, Set<String> wantedRepoPaths, int typoThreshold,
                      ObjectId since, Set<String> atHead) throws IOException {
        Map<String, Instant> lastCommit = new HashMap<>();
        Map<String, GitFacts.Edit> lastEdit = new HashMap<>();
        Map<String, GitFacts.Edit> created = new HashMap<>();
        Set<ObjectId> shallow = shallowCommits(repo);
        boolean shallowBoundaryReached = false;
        boolean missingObjects = false;
        try (ObjectReader objects = repo.newObjectReader(); RevWalk walk = new RevWalk(objects);
             TreeWalk tw = new TreeWalk(new RecentTrees(objects, RECENT_TREE_BYTES))) {
            ObjectReader reader = tw.getObjectReader();
            RevCommit start = walk.parseCommit(head);
            // Every folder holding a path still looked for; grown as renames are followed, rebuilt as it shrinks.
            Set<String> folders = foldersOf(atHead != null ? atHead : wantedRepoPaths);
            Set<String> needLast = atHead != null ? new HashSet<>(atHead)
                    : existingPaths(tw, start, wantedRepoPaths, folders);
            Set<String> needEdit = new HashSet<>(needLast);
            Set<String> remaining = new HashSet<>(needLast);
            // A runbook followed back through a rename is looked for under its old path: old path -> HEAD path.
            Map<String, String> headPath = new HashMap<>();
            int filterSize = remaining.size();
            tw.setRecursive(true);
            // What the diff of each commit met besides the runbooks: whether it deleted a file, for Renames.
            SeenChanges seen = new SeenChanges();
            tw.setFilter(new Wanted(remaining, folders, seen));

            walk.setRetainBody(false);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(start);
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            Set<String> paths = Set.copyOf(needLast);
            try {
                for (RevCommit c = walk.next(); c != null && !remaining.isEmpty(); c = walk.next()) {
                    if (shallow.contains(c)) {
                        shallowBoundaryReached = true; // its parents are not here: what it changed is unknown
                        continue;
                    }
                    String name = c.name(); // one String per commit, shared by the runbooks it edited
                    RevCommit[] parents = c.getParents();
                    Instant when = Instant.ofEpochSecond(c.getCommitTime());
                    Renames renames = new Renames(reader, c, parents, remaining, typoThreshold, seen);
                    List<Added> added = new ArrayList<>();
                    Changed changed = (path, newId, oldId) -> {
                        if (needLast.remove(path)) {
                            lastCommit.put(path, when);
                        }
                        if (needEdit.contains(path) && parents.length <= 1 && oldId.equals(ObjectId.zeroId())) {
                            added.add(new Added(path, newId)); // where it came from is known once all is seen
                            return;
                        }
                        if (needEdit.contains(path) && !newId.equals(ObjectId.zeroId())) {
                            int lines = contentLinesChanged(reader, oldId, newId);
                            if (lines > typoThreshold) {
                                needEdit.remove(path);
                                lastEdit.put(headPath.getOrDefault(path, path), new GitFacts.Edit(when, name, lines));
                            }
                        }
                        if (!needLast.contains(path) && !needEdit.contains(path)) {
                            remaining.remove(path);
                        }
                    };
                    RevTree[] parentTrees = new RevTree[parents.length];
                    for (int i = 0; i < parents.length; i++) {
                        walk.parseHeaders(parents[i]);
                        parentTrees[i] = parents[i].getTree();
                    }
                    seen.reset();
                    diff(tw, c.getTree(), parentTrees, changed);
                    for (Added a : added) {
                        String path = a.path();
                        String runbook = headPath.getOrDefault(path, path);
                        Optional<Renames.Source> source = renames.sourceOf(path);
                        if (source.isPresent() && !remaining.contains(source.get().path())
                                && !needLast.contains(source.get().path())) {
                            int lines = contentLinesChanged(reader, source.get().blob(), a.blob(),
                                    stem(source.get().path()), stem(path));
                            if (lines > typoThreshold) {
                                lastEdit.put(runbook, new GitFacts.Edit(when, name, lines));
                            } else {
                                // only moved or renamed: its history goes on under the old path
                                headPath.put(source.get().path(), runbook);
                                needEdit.add(source.get().path());
                                remaining.add(source.get().path());
                                addFolders(folders, source.get().path());
                            }
                        } else {
                            // the commit that adds a runbook creates it (often an import of reviewed text): not
                            // an edit, but the day it was written
                            created.put(runbook, new GitFacts.Edit(when, name, GitFacts.Edit.CREATED));
                        }
                        needEdit.remove(path);
                        if (!needLast.contains(path)) {
                            remaining.remove(path);
                        }
                    }
                    if (!remaining.isEmpty() && remaining.size() * 2 < filterSize) {
                        filterSize = remaining.size(); // fewer folders to descend into on every later commit
                        folders.clear();
                        addFolders(folders, remaining);
                    }
                }
            } catch (MissingObjectException e) {
                missingObjects = true;
            }
            boolean unresolved = !needLast.isEmpty() || !needEdit.isEmpty();
            boolean limited = !shallow.isEmpty() || missingObjects;
            Optional<String> note = Optional.empty();
            if (missingObjects) {
                note = Optional.of("Git history is incomplete (an object is missing): the last change of "
                        + needLast.size() + " runbook(s) is unknown, not \"never changed\"; fetch the full history.");
            } else if (!shallow.isEmpty()) {
                note = Optional.of("The clone is shallow (history is cut at " + shallow.size() + " commit(s))"
                        + (unresolved && shallowBoundaryReached ? ": the last change of " + needLast.size()
                        + " runbook(s) and the last content edit of " + needEdit.size()
                        + " are unknown, not \"never changed\"" : "")
                        + "; fetch the full history (`git fetch --unshallow`, or turn off shallow clone in the"
                        + " Jenkins checkout).");
            }
            Map<String, GitFacts.Edit> substantive = new HashMap<>(created);
            substantive.putAll(lastEdit);
            Map<String, String> openEdit = new HashMap<>();
            for (String path : needEdit) {
                openEdit.put(path, headPath.getOrDefault(path, path));
            }
            return new Result(lastCommit, lastEdit, substantive, limited, note, paths, openEdit, Set.copyOf(needLast));
        }
    }

    /** The wanted paths that exist at HEAD: a path that was never committed would make the walk go to the root. */
    private static Set<String> existingPaths(TreeWalk tw, RevCommit head, Set<String> wanted, Set<String> folders)
            throws IOException {
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        tw.reset(head.getTree());
        tw.setRecursive(true);
        tw.setFilter(new Wanted(wanted, folders, null));
        while (tw.next()) {
            found.add(pathOf(tw));
        }
        return found;
    }

    /**
     * Reports every path that {@code tw}'s filter passes (a walk from {@link #differences}): those whose entry in
     * {@code tree} differs in id from its entry in every one of {@code parents}. A merge that only brought a side
     * branch's change reports nothing, that commit is walked too. No parents: every entry is new.
     */
    static void diff(TreeWalk tw, RevTree tree, RevTree[] parents, Changed changed) throws IOException {
        try {
            tw.reset();
            tw.addTree(tree);
            if (parents.length == 0) {
                tw.addTree(new EmptyTreeIterator());
            }
            for (RevTree parent : parents) {
                tw.addTree(parent);
            }
            while (tw.next()) {
                changed.path(pathOf(tw), tw.getObjectId(0), tw.getObjectId(1));
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // JGit's tree parser runs off the end of an entry without its space, NUL or id
            throw new CorruptObjectException("a tree under " + tree.name() + " or its parents' is malformed ("
                    + e.getMessage() + ")");
        }
    }

    /** A recursive walk over the entries that differ, of {@code files} and inside {@code folders} only. */
    static TreeWalk differences(ObjectReader reader, Set<String> files, Set<String> folders) {
        TreeWalk tw = new TreeWalk(reader);
        tw.setRecursive(true);
        tw.setFilter(new Wanted(files, folders, null));
        return tw;
    }

    /** Every folder holding one of {@code paths}: where a walk over their differences looks. */
    static Set<String> foldersOf(Set<String> paths) {
        Set<String> folders = new HashSet<>();
        addFolders(folders, paths);
        return folders;
    }

    private static void addFolders(Set<String> folders, Set<String> paths) {
        // runbooks come folder by folder: a path in the previous path's folder adds no folder
        String previous = null;
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            if (slash < 0 || previous != null && slash == previous.length() && path.startsWith(previous)) {
                continue;
            }
            addFolders(folders, path);
            previous = path.substring(0, slash);
        }
    }

    private static void addFolders(Set<String> folders, String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
        }
    }

    /**
     * The entries that differ in id from the same path in every parent (all of them when there is one tree), of
     * the paths still looked for and inside the folders holding them. A folder the same as in one parent holds
     * nothing new, so a merge is walked only where the side it brought differs from both, not through all that
     * the other side changed since they parted. The sets are read as they change: a filter built from a list of
     * paths would be rebuilt for every rename the walk follows, at the cost of sorting every path again.
     */
    private static final class Wanted extends TreeFilter {
        private final Set<String> files;
        private final Set<String> folders;
        private final SeenChanges seen;

        /** @param seen told about every entry met, or null */
        Wanted(Set<String> files, Set<String> folders, SeenChanges seen) {
            this.files = files;
            this.folders = folders;
            this.seen = seen;
        }

        @Override
        public boolean include(TreeWalk walker) {
            if (seen != null) {
                seen.entry(walker);
            }
            for (int i = 1; i < walker.getTreeCount(); i++) {
                if (walker.idEqual(0, i)) {
                    return false;
                }
            }
            String path = pathOf(walker);
            if (walker.isSubtree()) {
                boolean wanted = folders.contains(path);
                if (!wanted && seen != null) {
                    seen.skipped(walker);
                }
                return wanted;
            }
            return files.contains(path);
        }

        @Override
        public boolean shouldBeRecursive() {
            return true;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }

    private record Added(String path, ObjectId blob) {
    }

    /**
     * Content lines changed from {@code before} to {@code after}, whitespace aside (a reformatting is no
     * edit); every line when {@code before} is absent.
     */
    static int contentLinesChanged(ObjectReader reader, ObjectId before, ObjectId after) throws IOException {
        RawText a = text(reader, before);
        RawText b = text(reader, after);
        return LineChanges.between(a, MetadataBlock.of(a), b, MetadataBlock.of(b), RawTextComparator.WS_IGNORE_ALL)
                .content();
    }

    /**
     * Content lines changed by a rename from {@code before} to {@code after}, the old file name read as the
     * new one in the old text: renaming an alert's runbook and the alert's name in it is still a rename.
     */
    static int contentLinesChanged(ObjectReader reader, ObjectId before, ObjectId after, String oldName,
                                   String newName) throws IOException {
        RawText a = text(reader, before);
        if (!oldName.isEmpty() && !oldName.equals(newName)) {
            String renamed = new String(a.getRawContent(), StandardCharsets.UTF_8).replace(oldName, newName);
            a = new RawText(renamed.getBytes(StandardCharsets.UTF_8));
        }
        RawText b = text(reader, after);
        return LineChanges.between(a, MetadataBlock.of(a), b, MetadataBlock.of(b), RawTextComparator.WS_IGNORE_ALL)
                .content();
    }

    /** {@link TreeWalk#getPathString()}, without a charset decoder for a path all in ASCII. */
    static String pathOf(TreeWalk tw) {
        byte[] raw = tw.getRawPath();
        for (byte b : raw) {
            if (b < 0) {
                return tw.getPathString();
            }
        }
        return new String(raw, StandardCharsets.ISO_8859_1);
    }

    /** {@code docs/runbooks/TargetDown.md} -> {@code TargetDown}. */
    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static RawText text(ObjectReader reader, ObjectId blob) throws IOException {
        if (blob.equals(ObjectId.zeroId())) {
            return RawText.EMPTY_TEXT;
        }
        return new RawText(reader.open(blob).getCachedBytes(MAX_DIFF_BYTES));
    }

    private static Set<ObjectId> shallowCommits(Repository repo) {
        try {
            return repo.getObjectDatabase().getShallowCommits();
        } catch (IOException e) {
            return Set.of();
        }
    }
}
