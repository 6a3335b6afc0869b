package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;

/** TreeDiff reports what a recursive TreeWalk with ANY_DIFF and a path filter reports, on random trees. */
class TreeDiffTest {

    /** Names that sort around each other in git's order ("a" < "a-b" < "a.md" < "a/" < "a0"), and folder/file swaps. */
    private static final List<String> PATHS = List.of("a", "a.md", "a-b.md", "a/b.md", "a/b/c.md", "a/b.c/d.md",
            "a.b/x.md", "a0", "ab/x.md", "b.md", "b/x.md", "dir/x.md", "dir/y.md", "dir/sub/z.md", "dir.md", "dir0",
            "caf\u00e9/\u00e9t\u00e9.md", "sp ace.md", "x.md", "x.md/inner.md", "deep/1/2/3/4.md", "deep/1/2.md");
    private static final List<FileMode> MODES = List.of(FileMode.REGULAR_FILE, FileMode.REGULAR_FILE,
            FileMode.REGULAR_FILE, FileMode.EXECUTABLE_FILE, FileMode.SYMLINK, FileMode.GITLINK);

    private record Change(String path, ObjectId newId, ObjectId oldId) {
    }

    private record Entry(FileMode mode, String content) {
    }

    @Test
    void reportsWhatTreeWalkReportsOnRandomHistories() throws IOException {
        int compared = 0;
        int changes = 0;
        int skipped = 0;
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("trees"));
             ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            for (long seed = 1; seed <= 200; seed++) {
                Random random = new Random(seed);
                Set<String> wanted = new HashSet<>();
                for (String p : PATHS) {
                    if (random.nextInt(3) > 0) {
                        wanted.add(p);
                    }
                }
                if (wanted.isEmpty()) {
                    skipped++;
                    continue;
                }
                Set<String> folders = LastChangeWalk.foldersOf(wanted);
                TreeDiff diff = new TreeDiff(reader);
                Map<String, Entry> files = new TreeMap<>();
                ObjectId parent = null;
                for (int commit = 0; commit < 10; commit++) {
                    mutate(files, random);
                    ObjectId tree = tree(files, inserter);
                    Set<Change> expected = byTreeWalk(reader, tree, parent, wanted);
                    Set<Change> actual = new HashSet<>();
                    diff.diff(tree, parent, wanted, folders, (path, newId, oldId) -> actual.add(
                            new Change(path, newId.copy(), oldId.copy())));
                    assertThat(actual).as("seed %d, commit %d, files %s", seed, commit, files.keySet())
                            .isEqualTo(expected);
                    compared++;
                    changes += expected.size();
                    parent = tree;
                }
            }
        }
        assertThat(compared).isEqualTo(10 * 200 - 10 * skipped);
        assertThat(changes).as("changes seen, or the comparison tests little").isGreaterThan(2_000);
    }

    @Test
    void aMalformedTreeIsACorruptObjectNotAHang() throws IOException {
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("bad"));
             ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            ObjectId good = tree(new TreeMap<>(Map.of("a.md", new Entry(FileMode.REGULAR_FILE, "x"))), inserter);
            for (String raw : List.of("100644 a.md", "100644a.md\0", "100644 a.md\0short", "40000 a\0")) {
                ObjectId bad = inserter.insert(Constants.OBJ_TREE, raw.getBytes(StandardCharsets.ISO_8859_1));
                inserter.flush();
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TreeDiff(reader).diff(bad, good,
                                Set.of("a.md"), Set.of(), (p, n, o) -> { }))
                                .as(raw).isInstanceOf(org.eclipse.jgit.errors.CorruptObjectException.class)
                                .hasMessageContaining("malformed"));
            }
        }
    }

    /** Adds, edits, removes, re-modes a few paths; a path takes the place of any file or folder in its way. */
    private static void mutate(Map<String, Entry> files, Random random) {
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            String path = PATHS.get(random.nextInt(PATHS.size()));
            int what = random.nextInt(4);
            if (what == 0) {
                files.remove(path);
                continue;
            }
            files.keySet().removeIf(p -> p.startsWith(path + "/") || path.startsWith(p + "/"));
            Entry old = files.get(path);
            FileMode mode = what == 1 || old == null ? MODES.get(random.nextInt(MODES.size())) : old.mode();
            files.put(path, new Entry(mode, "text " + random.nextInt(5)));
        }
    }

    private static ObjectId tree(Map<String, Entry> files, ObjectInserter inserter) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, Entry> f : files.entrySet()) {
            DirCacheEntry e = new DirCacheEntry(f.getKey());
            e.setFileMode(f.getValue().mode());
            byte[] bytes = f.getValue().content().getBytes(StandardCharsets.UTF_8);
            // A submodule entry names a commit; any id will do for a tree.
            e.setObjectId(f.getValue().mode() == FileMode.GITLINK ? ObjectId.fromString(
                    "%040x".formatted(new java.math.BigInteger(1, bytes))) : inserter.insert(Constants.OBJ_BLOB, bytes));
            builder.add(e);
        }
        builder.finish();
        ObjectId tree = index.writeTree(inserter);
        inserter.flush();
        return tree;
    }

    private static Set<Change> byTreeWalk(ObjectReader reader, ObjectId tree, ObjectId parent, Set<String> wanted)
            throws IOException {
        Set<Change> changes = new HashSet<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(tree);
            if (parent == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(parent);
            }
            tw.setRecursive(true);
            tw.setFilter(AndTreeFilter.create(TreeFilter.ANY_DIFF, PathFilterGroup.createFromStrings(
                    new ArrayList<>(wanted))));
            while (tw.next()) {
                if (wanted.contains(tw.getPathString())) {
                    changes.add(new Change(tw.getPathString(), tw.getObjectId(0), tw.getObjectId(1)));
                }
            }
        }
        return changes;
    }
}
