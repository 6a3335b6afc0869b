package org.runbookgovernance.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The checked folder as it was at one commit, written from git objects into a temporary folder without a
 * checkout, so the same engine can check it: the folder's files, the files named from the repository root
 * (owner files), files of the given names in the folders above it ({@code OWNERS}), and folders outside it
 * that a check reads (rule files named with {@code ../}). The layout is the work tree's, under a root marked
 * by an empty {@code .git} folder, so owner files resolve from it as they do in the work tree.
 */
public final class CommitSnapshot implements AutoCloseable {

    private final Path workTree;
    private final Path root;
    private final Path folder;

    private CommitSnapshot(Path workTree, Path root, Path folder) {
        this.workTree = workTree;
        this.root = root;
        this.folder = folder;
    }

    /**
     * Writes {@code dir} as it was at {@code commit}.
     *
     * @param fromRoot   files to write as well, relative to the work tree's root ({@code .github/CODEOWNERS})
     * @param namesAbove file names to write from every folder above {@code dir} ({@code OWNERS})
     * @param outside    folders or files outside {@code dir} to write as well; those outside the work tree
     *                   are left out
     */
    public static CommitSnapshot write(Path dir, String commit, Collection<String> fromRoot,
                                       Collection<String> namesAbove, Collection<Path> outside) throws IOException {
        try (Repository repo = GitHistory.open(dir)) {
            if (repo == null) {
                throw new IOException("`" + dir + "` is not inside a git work tree");
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            String prefix = GitHistory.prefix(repo, dir);
            Path root = Files.createTempDirectory("runbook-governance-merge-base-");
            CommitSnapshot snapshot = new CommitSnapshot(workTree, root, prefix.isEmpty() ? root
                    : root.resolve(prefix.substring(0, prefix.length() - 1)));
            try {
                Files.createDirectories(root.resolve(".git"));
                Files.createDirectories(snapshot.folder);
                snapshot.copy(repo, ObjectId.fromString(commit), wanted(prefix, fromRoot, namesAbove, outside,
                        workTree));
            } catch (IOException | RuntimeException e) {
                snapshot.close();
                throw e;
            }
            return snapshot;
        }
    }

    /** The paths to write, relative to the work tree; empty for the whole tree (the folder is its root). */
    private static Set<String> wanted(String prefix, Collection<String> fromRoot, Collection<String> namesAbove,
                                      Collection<Path> outside, Path workTree) {
        Set<String> paths = new LinkedHashSet<>();
        if (prefix.isEmpty()) {
            return paths;
        }
        paths.add(prefix.substring(0, prefix.length() - 1));
        paths.addAll(fromRoot);
        String above = "";
        for (String segment : prefix.split("/")) {
            for (String name : namesAbove) {
                paths.add(above + name);
            }
            above += segment + "/";
        }
        for (Path p : outside) {
            Path normal = p.toAbsolutePath().normalize();
            if (normal.startsWith(workTree) && !normal.equals(workTree)) {
                paths.add(workTree.relativize(normal).toString().replace('\\', '/'));
            }
        }
        return paths;
    }

    private void copy(Repository repo, ObjectId commit, Set<String> paths) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk tree = new TreeWalk(reader)) {
            RevCommit c = walk.parseCommit(commit);
            tree.addTree(c.getTree());
            tree.setRecursive(true);
            if (!paths.isEmpty()) {
                tree.setFilter(PathFilterGroup.createFromStrings(paths));
            }
            while (tree.next()) {
                Path target = root.resolve(tree.getPathString()).normalize();
                if (!target.startsWith(root) || target.startsWith(root.resolve(".git"))) {
                    continue; // a tree entry naming a place outside the copy is no file of the folder
                }
                FileMode mode = tree.getFileMode(0);
                Files.createDirectories(target.getParent());
                if (mode == FileMode.SYMLINK) {
                    String link = new String(reader.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    Files.createSymbolicLink(target, Path.of(link));
                } else if (mode == FileMode.GITLINK) {
                    Files.createDirectories(target);
                } else {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        reader.open(tree.getObjectId(0)).copyTo(out);
                    }
                }
            }
        }
    }

    /** The checked folder in the copy. */
    public Path folder() {
        return folder;
    }

    /** Where {@code path} of the work tree lies in the copy; {@code path} itself when it is outside the work tree. */
    public Path place(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        Path real;
        try {
            real = normal.toRealPath();
        } catch (IOException e) {
            real = normal;
        }
        return real.startsWith(workTree) ? root.resolve(workTree.relativize(real).toString()) : path;
    }

    /** Deletes the copy. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail a check that has its result.
        }
    }
}
