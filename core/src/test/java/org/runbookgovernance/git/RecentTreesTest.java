package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history walk's reader reads the repository's trees and blobs, whether it still holds a tree or not. */
class RecentTreesTest {

    static final Instant WHEN = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void aTreeReadAgainIsTheSameTreeAndBlobsPassThrough() throws Exception {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            RevCommit commit = repo.write("docs/runbooks/TargetDown.md", "# TargetDown\n")
                    .write("docs/runbooks/DiskFull.md", "# DiskFull\n").commit("add", WHEN);
            try (ObjectReader objects = repo.git().getRepository().newObjectReader()) {
                for (long budget : new long[] {0, 1 << 20}) {
                    RecentTrees reader = new RecentTrees(objects, budget);
                    for (int round = 0; round < 2; round++) {
                        assertThat(reader.open(commit.getTree(), Constants.OBJ_TREE).getCachedBytes())
                                .as("budget %d, round %d", budget, round)
                                .isEqualTo(objects.open(commit.getTree(), Constants.OBJ_TREE).getCachedBytes());
                    }
                    try (TreeWalk tw = TreeWalk.forPath(reader, "docs/runbooks/DiskFull.md", commit.getTree())) {
                        ObjectId blob = tw.getObjectId(0);
                        assertThat(new String(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes()))
                                .isEqualTo("# DiskFull\n");
                    }
                }
            }
        }
    }
}
