package org.runbookgovernance.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * When each line of a page of section runbooks last changed: one blame per configured page (the work tree's
 * content, so lines match the parsed file), for the freshness of sections that carry no review line. Lines
 * not yet committed have no time. Never throws: a page git cannot blame has no times.
 */
public final class PageBlame {

    public static final PageBlame NONE = new PageBlame(Map.of());

    /** Per page path (DIR-relative), per line (index 0 is line 1): the commit time, or null when uncommitted. */
    private final Map<String, Instant[]> byPath;

    private PageBlame(Map<String, Instant[]> byPath) {
        this.byPath = byPath;
    }

    /** Blames each page under {@code dir} once; pages outside a work tree or unknown to HEAD are left out. */
    public static PageBlame read(Path dir, List<String> pagePaths) {
        return read(dir, pagePaths, null);
    }

    /** Blames each page under {@code dir} as it was at {@code commit}, ignoring the work tree. */
    public static PageBlame readAt(Path dir, String commit, List<String> pagePaths) {
        return read(dir, pagePaths, commit);
    }

    private static PageBlame read(Path dir, List<String> pagePaths, String commit) {
        if (pagePaths.isEmpty()) {
            return NONE;
        }
        Map<String, Instant[]> out = new HashMap<>();
        try (Repository repo = GitHistory.open(dir)) {
            if (repo == null || repo.resolve("HEAD^{commit}") == null) {
                return NONE;
            }
            String prefix = GitHistory.prefix(repo, dir);
            try (Git git = new Git(repo)) {
                for (String path : pagePaths) {
                    Instant[] times = commit == null ? blame(git, prefix + path)
                            : blameAt(git, ObjectId.fromString(commit), prefix + path);
                    if (times != null) {
                        out.put(path, times);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new PageBlame(out); // what was read before git failed
        }
        return new PageBlame(out);
    }

    private static Instant[] blame(Git git, String repoPath) {
        BlameResult result;
        try {
            result = git.blame().setFilePath(repoPath).setFollowFileRenames(true).call();
        } catch (GitAPIException | RuntimeException e) {
            return null;
        }
        if (result == null) {
            // The index does not list the file (a snapshot without one): HEAD's lines, when the file is HEAD's.
            result = blameHeadIfUnchanged(git, repoPath);
            if (result == null) {
                return null;
            }
        }
        return times(result);
    }

    private static Instant[] times(BlameResult result) {
        if (result == null) {
            return null;
        }
        int lines = result.getResultContents().size();
        Instant[] times = new Instant[lines];
        for (int i = 0; i < lines; i++) {
            RevCommit c = result.getSourceCommit(i);
            times[i] = c == null ? null : Instant.ofEpochSecond(c.getCommitTime());
        }
        return times;
    }

    private static Instant[] blameAt(Git git, ObjectId commit, String repoPath) {
        try {
            return times(git.blame().setStartCommit(commit).setFilePath(repoPath).setFollowFileRenames(true).call());
        } catch (GitAPIException | RuntimeException e) {
            return null;
        }
    }

    private static BlameResult blameHeadIfUnchanged(Git git, String repoPath) {
        Repository repo = git.getRepository();
        try {
            ObjectId head = repo.resolve("HEAD^{commit}");
            if (head == null || repo.getWorkTree() == null) {
                return null;
            }
            try (TreeWalk walk = TreeWalk.forPath(repo, repoPath, repo.parseCommit(head).getTree())) {
                if (walk == null) {
                    return null;
                }
                byte[] committed = repo.open(walk.getObjectId(0)).getBytes();
                byte[] onDisk = Files.readAllBytes(repo.getWorkTree().toPath().resolve(repoPath));
                if (!Arrays.equals(committed, onDisk)) {
                    return null; // lines would not match the parsed file
                }
            }
            return git.blame().setStartCommit(head).setFilePath(repoPath).setFollowFileRenames(true).call();
        } catch (IOException | GitAPIException | RuntimeException e) {
            return null;
        }
    }

    /** The latest commit time among lines {@code first..last} (1-based) of the page; empty when none is known. */
    public Optional<Instant> lastChange(String path, int first, int last) {
        Instant[] times = byPath.get(path);
        if (times == null) {
            return Optional.empty();
        }
        Instant latest = null;
        for (int i = Math.max(first, 1) - 1; i < Math.min(last, times.length); i++) {
            if (times[i] != null && (latest == null || times[i].isAfter(latest))) {
                latest = times[i];
            }
        }
        return Optional.ofNullable(latest);
    }
}
