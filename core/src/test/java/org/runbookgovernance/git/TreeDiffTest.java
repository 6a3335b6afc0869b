package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The history walk's diff of a commit's tree against its parents' ({@link LastChangeWalk#diff}). */
class TreeDiffTest {

    @Test
    void reportsTheWantedPathsThatDifferFromEveryParent() throws IOException {
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("trees"));
             ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            ObjectId x = inserter.insert(Constants.OBJ_BLOB, "x\n".getBytes(StandardCharsets.UTF_8));
            ObjectId y = inserter.insert(Constants.OBJ_BLOB, "y\n".getBytes(StandardCharsets.UTF_8));
            RevTree base = walk.parseTree(tree(inserter, "a.md", x, "b.md", x, "c.md", x));
            RevTree side = walk.parseTree(tree(inserter, "a.md", y, "b.md", x, "c.md", x));
            RevTree merged = walk.parseTree(tree(inserter, "a.md", y, "b.md", y, "d.md", x));
            inserter.flush();
            Set<String> wanted = Set.of("a.md", "b.md", "c.md", "d.md");
            try (TreeWalk tw = LastChangeWalk.differences(reader, wanted, Set.of())) {
                assertThat(changes(tw, merged, base)).containsExactly("a.md", "b.md", "c.md", "d.md");
                assertThat(changes(tw, merged, base, side)).as("a.md came from the side branch unchanged")
                        .containsExactly("b.md", "c.md", "d.md");
                assertThat(changes(tw, base)).as("a root commit adds everything")
                        .containsExactly("a.md", "b.md", "c.md");
            }
            try (TreeWalk tw = LastChangeWalk.differences(reader, Set.of("b.md"), Set.of())) {
                assertThat(changes(tw, merged, base)).containsExactly("b.md");
            }
        }
    }

    @Test
    void aMalformedTreeIsACorruptObjectNotAHang() throws IOException {
        try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("bad"));
             ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            ObjectId x = inserter.insert(Constants.OBJ_BLOB, "x\n".getBytes(StandardCharsets.UTF_8));
            RevTree good = walk.parseTree(tree(inserter, "a.md", x));
            for (String raw : List.of("100644 a.md", "100644a.md\0", "100644 a.md\0short", "40000 a\0")) {
                ObjectId badId = inserter.insert(Constants.OBJ_TREE, raw.getBytes(StandardCharsets.ISO_8859_1));
                inserter.flush();
                RevTree bad = walk.parseTree(badId);
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try (TreeWalk tw = LastChangeWalk.differences(reader, Set.of("a.md"), Set.of("a"))) {
                        assertThatThrownBy(() -> LastChangeWalk.diff(tw, bad, new RevTree[] {good}, (p, n, o) -> { }))
                                .as(raw).isInstanceOf(CorruptObjectException.class).hasMessageContaining("malformed");
                    }
                });
            }
        }
    }

    private static List<String> changes(TreeWalk tw, RevTree tree, RevTree... parents) throws IOException {
        List<String> out = new ArrayList<>();
        LastChangeWalk.diff(tw, tree, parents, (path, newId, oldId) -> out.add(path));
        return out;
    }

    private static ObjectId tree(ObjectInserter inserter, Object... nameAndBlob) throws IOException {
        TreeFormatter f = new TreeFormatter();
        for (int i = 0; i < nameAndBlob.length; i += 2) {
            f.append((String) nameAndBlob[i], FileMode.REGULAR_FILE, (ObjectId) nameAndBlob[i + 1]);
        }
        ObjectId id = inserter.insert(f);
        inserter.flush(); // the reader sees flushed objects only
        return id;
    }
}
