package org.runbookgovernance.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.runbookgovernance.model.GitFacts;

/**
 * The history walk with its answers kept between checks ({@link HistoryCache}): a check at the cached HEAD
 * walks nothing, a check a few commits later walks only those and takes the rest from the cache, and anything
 * the cache cannot answer exactly as a whole walk would is walked whole: HEAD no longer descends from the
 * cached one (a rebase, a force-push), a runbook the cache does not know, another typo threshold, a shallow
 * clone, or new commits older than the commits they were merged onto (whose place among the cached ones a
 * walk by commit time would interleave).
 */
final class CachedWalk {

    private CachedWalk() {
    }

    static LastChangeWalk.Result run(Repository repo, ObjectId head, Set<String> paths, int typoThreshold,
                                     HistoryCacheSetting setting, List<String> notes) throws IOException {
        if (!setting.enabled()) {
            return LastChangeWalk.run(repo, head, paths, typoThreshold);
        }
        Path file = HistoryCache.file(repo, setting);
        HistoryCache.Found found = HistoryCache.read(file);
        HistoryCache.Snapshot cached = null;
        LastChangeWalk.Result result = null;
        if (found instanceof HistoryCache.Unreadable unreadable) {
            notes.add("The history cache at `" + file + "` was unreadable (" + unreadable.reason()
                    + "); walked the whole history and wrote it anew.");
        } else if (found instanceof HistoryCache.Readable readable
                && readable.snapshot().typoThreshold() == typoThreshold) {
            cached = readable.snapshot();
            result = fromCache(repo, head, paths, typoThreshold, cached, file, notes);
        }
        if (result == null) {
            result = LastChangeWalk.run(repo, head, paths, typoThreshold);
        }
        if (!result.limited()) {
            HistoryCache.Snapshot now = HistoryCache.Snapshot.of(head, typoThreshold, result);
            if (!now.equals(cached)) {
                try {
                    HistoryCache.write(file, now);
                } catch (IOException | RuntimeException e) {
                    // a cache that cannot be written costs the next check a whole walk, nothing more
                }
            }
        }
        return result;
    }

    /** The walk over the commits since the cached HEAD, completed from the cache; null when it cannot be. */
    private static LastChangeWalk.Result fromCache(Repository repo, ObjectId head, Set<String> paths,
                                                   int typoThreshold, HistoryCache.Snapshot cached, Path file,
                                                   List<String> notes) throws IOException {
        if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
            return null;
        }
        try {
            if (!walkable(repo, cached.head(), head)) {
                return null;
            }
        } catch (MissingObjectException e) {
            notes.add("The history cache at `" + file + "` names a commit this repository does not have;"
                    + " walked the whole history and wrote it anew.");
            return null;
        }
        LastChangeWalk.Result since = LastChangeWalk.run(repo, head, paths, typoThreshold, cached.head());
        if (since.limited()) {
            return null;
        }
        Map<String, Instant> lastCommit = new HashMap<>(since.lastCommit());
        Map<String, GitFacts.Edit> content = new HashMap<>(since.lastContentEdit());
        Map<String, GitFacts.Edit> substantive = new HashMap<>(since.lastSubstantiveChange());
        for (String path : since.openLast()) {
            HistoryCache.Answer answer = cached.answers().get(path);
            if (answer == null) {
                return null;
            }
            if (answer.lastCommit() != null) {
                lastCommit.put(path, answer.lastCommit());
            }
        }
        for (Map.Entry<String, String> open : since.openEdit().entrySet()) {
            HistoryCache.Answer answer = cached.answers().get(open.getKey());
            if (answer == null) {
                return null;
            }
            if (answer.edit() != null) {
                substantive.put(open.getValue(), answer.edit());
                if (!answer.created()) {
                    content.put(open.getValue(), answer.edit());
                }
            }
        }
        return new LastChangeWalk.Result(lastCommit, content, substantive, false, Optional.empty(), since.paths(),
                Map.of(), Set.of());
    }

    /**
     * True when {@code cachedHead} is {@code head} or an ancestor of it, and every commit since is newer than
     * the cached commits it was made on: then a walk by commit time meets all of them before any cached one.
     */
    private static boolean walkable(Repository repo, ObjectId cachedHead, ObjectId head) throws IOException {
        if (cachedHead.equals(head)) {
            return true;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit old = walk.parseCommit(cachedHead);
            RevCommit now = walk.parseCommit(head);
            if (!walk.isMergedInto(old, now)) {
                return false;
            }
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(walk.parseCommit(cachedHead));
            long oldestNew = Long.MAX_VALUE;
            long newestBase = Long.MIN_VALUE;
            for (RevCommit c : walk) {
                oldestNew = Math.min(oldestNew, c.getCommitTime());
                for (RevCommit parent : c.getParents()) {
                    if (parent.has(RevFlag.UNINTERESTING)) {
                        walk.parseHeaders(parent);
                        newestBase = Math.max(newestBase, parent.getCommitTime());
                    }
                }
            }
            return newestBase < oldestNew;
        }
    }
}
