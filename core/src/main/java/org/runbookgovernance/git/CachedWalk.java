package org.runbookgovernance.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
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

    /**
     * A walk's result, whether it is what the cache already holds, and the answers to cache when they are known
     * without rebuilding them from the result (null then).
     */
    private record Outcome(LastChangeWalk.Result result, boolean asCached, Map<String, HistoryCache.Answer> answers) {

        Outcome(LastChangeWalk.Result result, boolean asCached) {
            this(result, asCached, null);
        }
    }

    private CachedWalk() {
    }

    static LastChangeWalk.Result run(Repository repo, ObjectId head, Set<String> paths, int typoThreshold,
                                     HistoryCacheSetting setting, List<String> notes) throws IOException {
        if (!setting.enabled()) {
            return LastChangeWalk.run(repo, head, paths, typoThreshold);
        }
        Path file = HistoryCache.file(repo, setting);
        HistoryCache.Found found = HistoryCache.read(file);
        Outcome outcome = null;
        if (found instanceof HistoryCache.Unreadable unreadable) {
            notes.add("The history cache at `" + file + "` was unreadable (" + unreadable.reason()
                    + "); walked the whole history and wrote it anew.");
        } else if (found instanceof HistoryCache.Readable readable
                && readable.snapshot().typoThreshold() == typoThreshold) {
            outcome = fromCache(repo, head, paths, typoThreshold, readable.snapshot(), file, notes);
        }
        if (outcome == null) {
            outcome = new Outcome(LastChangeWalk.run(repo, head, paths, typoThreshold), false);
        }
        if (!outcome.asCached() && !outcome.result().limited()) {
            try {
                HistoryCache.Snapshot snap = outcome.answers() != null
                        ? new HistoryCache.Snapshot(head, typoThreshold, outcome.answers())
                        : HistoryCache.Snapshot.of(head, typoThreshold, paths, outcome.result());
                HistoryCache.write(file, snap);
            } catch (IOException | RuntimeException e) {
                // a cache that cannot be written costs the next check a whole walk, nothing more
            }
        }
        return outcome.result();
    }

    /** The walk over the commits since the cached HEAD, completed from the cache; null when it cannot be. */
    private static Outcome fromCache(Repository repo, ObjectId head, Set<String> paths, int typoThreshold,
                                     HistoryCache.Snapshot cached, Path file, List<String> notes) throws IOException {
        Map<String, HistoryCache.Answer> answers = cached.answers();
        if (cached.head().equals(head) && answers.keySet().containsAll(paths)) {
            // kept as it is even when it answers more paths than asked: a check of another folder may ask them
            return new Outcome(answered(paths, answers), true);
        }
        if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
            return null;
        }
        Set<String> folders = LastChangeWalk.foldersOf(paths);
        AtHead found;
        Set<String> touched;
        try {
            if (!walkable(repo, cached.head(), head)) {
                return null;
            }
            found = atHead(repo, cached.head(), head, paths, folders, answers);
            touched = found == null ? null : touched(repo, cached.head(), head, paths, folders);
        } catch (MissingObjectException e) {
            notes.add("The history cache at `" + file + "` names a commit this repository does not have;"
                    + " walked the whole history and wrote it anew.");
            return null;
        }
        Set<String> atHead = found == null ? null : found.paths();
        // A path no new commit touched keeps its cached answers: only the touched ones are walked.
        Set<String> walked = paths;
        Set<String> walkedAtHead = atHead;
        if (touched != null) {
            walked = new HashSet<>(touched);
            walked.retainAll(paths);
            walkedAtHead = new HashSet<>(walked);
            walkedAtHead.retainAll(atHead);
        }
        LastChangeWalk.Result since = LastChangeWalk.run(repo, head, walked, typoThreshold, cached.head(),
                walkedAtHead);
        if (since.limited()) {
            return null;
        }
        Map<String, Instant> lastCommit = sized(since.lastCommit(), paths.size());
        Map<String, GitFacts.Edit> content = sized(since.lastContentEdit(), paths.size());
        Map<String, GitFacts.Edit> substantive = sized(since.lastSubstantiveChange(), paths.size());
        // The cache to write: the cached answers of the paths not walked, as they are.
        Map<String, HistoryCache.Answer> kept = touched == null ? null : new HashMap<>(paths.size() * 4 / 3 + 1);
        if (kept != null) {
            int i = 0;
            for (String path : paths) {
                HistoryCache.Answer unchanged = found.unchanged()[i++];
                boolean there = unchanged != null ? !unchanged.absent() : atHead.contains(path);
                if (!there) {
                    kept.put(path, HistoryCache.Answer.ABSENT);
                } else if (!walked.contains(path)) {
                    HistoryCache.Answer answer = unchanged != null ? unchanged : answers.get(path);
                    if (answer == null || answer.absent()) {
                        return null;
                    }
                    kept.put(path, answer);
                    take(path, answer, lastCommit, content, substantive);
                }
            }
        }
        for (String path : since.openLast()) {
            HistoryCache.Answer answer = answers.get(path);
            if (answer == null || answer.absent()) {
                return null;
            }
            lastCommit.put(path, answer.lastCommit());
        }
        for (Map.Entry<String, String> open : since.openEdit().entrySet()) {
            HistoryCache.Answer answer = answers.get(open.getKey());
            if (answer == null || answer.absent()) {
                return null;
            }
            if (answer.edit() != null) {
                substantive.put(open.getValue(), answer.edit());
                if (!answer.created()) {
                    content.put(open.getValue(), answer.edit());
                }
            }
        }
        LastChangeWalk.Result result = new LastChangeWalk.Result(lastCommit, content, substantive, false,
                Optional.empty(), touched != null ? Collections.unmodifiableSet(atHead) : since.paths(), Map.of(),
                Set.of());
        if (kept != null) {
            for (String path : walkedAtHead) {
                kept.put(path, HistoryCache.Answer.of(path, result));
            }
        }
        return new Outcome(result, false, kept);
    }

    /** A copy of {@code walked} with room for {@code paths} entries, filled from the cache without growing. */
    private static <V> Map<String, V> sized(Map<String, V> walked, int paths) {
        Map<String, V> out = new HashMap<>(Math.max(paths, walked.size()) * 4 / 3 + 1);
        out.putAll(walked);
        return out;
    }

    /** One path's cached answers, into the maps of a walk's result. */
    private static void take(String path, HistoryCache.Answer answer, Map<String, Instant> lastCommit,
                             Map<String, GitFacts.Edit> content, Map<String, GitFacts.Edit> substantive) {
        lastCommit.put(path, answer.lastCommit());
        if (answer.edit() != null) {
            substantive.put(path, answer.edit());
            if (!answer.created()) {
                content.put(path, answer.edit());
            }
        }
    }

    /**
     * The asked paths that a commit since the cached HEAD changes against one of its parents: every path the walk
     * over those commits could find changed.
     */
    private static Set<String> touched(Repository repo, ObjectId cachedHead, ObjectId head, Set<String> paths,
                                       Set<String> folders) throws IOException {
        Set<String> touched = new HashSet<>();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk tw = LastChangeWalk.differences(reader, paths, folders)) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(walk.parseCommit(cachedHead));
            for (RevCommit c : walk) {
                RevCommit[] parents = c.getParents();
                for (RevCommit parent : parents) {
                    walk.parseHeaders(parent);
                    LastChangeWalk.diff(tw, c.getTree(), new RevTree[] {parent.getTree()},
                            (path, newId, oldId) -> touched.add(path));
                }
                if (parents.length == 0) {
                    LastChangeWalk.diff(tw, c.getTree(), new RevTree[0], (path, newId, oldId) -> touched.add(path));
                }
            }
        }
        return touched;
    }

    /** The answers at the cached HEAD itself: nothing to walk. */
    private static LastChangeWalk.Result answered(Set<String> paths, Map<String, HistoryCache.Answer> answers) {
        Map<String, Instant> lastCommit = sized(Map.of(), paths.size());
        Map<String, GitFacts.Edit> content = sized(Map.of(), paths.size());
        Map<String, GitFacts.Edit> substantive = sized(Map.of(), paths.size());
        Set<String> present = new HashSet<>(paths.size() * 4 / 3 + 1);
        for (String path : paths) {
            HistoryCache.Answer answer = answers.get(path);
            if (answer.absent()) {
                continue;
            }
            present.add(path);
            lastCommit.put(path, answer.lastCommit());
            if (answer.edit() != null) {
                substantive.put(path, answer.edit());
                if (!answer.created()) {
                    content.put(path, answer.edit());
                }
            }
        }
        return new LastChangeWalk.Result(lastCommit, content, substantive, false, Optional.empty(), present,
                Map.of(), Set.of());
    }

    /**
     * The asked paths at {@code head}, and per asked path (in the order of the asked set) its cached answer when
     * the path is the same at both HEADs, null when it changed.
     */
    private record AtHead(Set<String> paths, HistoryCache.Answer[] unchanged) {
    }

    /**
     * The asked paths at {@code head}, from one diff of its tree against the cached HEAD's: the cached ones
     * still there and the ones added since. Null when an asked path is neither cached nor changed since (then
     * the walk reads HEAD's tree).
     */
    private static AtHead atHead(Repository repo, ObjectId cachedHead, ObjectId head, Set<String> paths,
                                      Set<String> folders, Map<String, HistoryCache.Answer> answers)
            throws IOException {
        Map<String, Boolean> changed = new HashMap<>();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk tw = LastChangeWalk.differences(reader, paths, folders)) {
            RevCommit now = walk.parseCommit(head);
            RevCommit then = walk.parseCommit(cachedHead);
            LastChangeWalk.diff(tw, now.getTree(), new RevTree[] {then.getTree()},
                    (path, newId, oldId) -> changed.put(path, !newId.equals(ObjectId.zeroId())));
        }
        Set<String> present = new HashSet<>(paths.size() * 4 / 3 + 1);
        HistoryCache.Answer[] unchanged = new HistoryCache.Answer[paths.size()];
        int i = 0;
        for (String path : paths) {
            Boolean there = changed.get(path);
            if (there == null) {
                HistoryCache.Answer answer = answers.get(path);
                if (answer == null) {
                    return null;
                }
                unchanged[i] = answer;
                there = !answer.absent();
            }
            i++;
            if (there) {
                present.add(path);
            }
        }
        return new AtHead(present, unchanged);
    }

    /**
     * True when {@code cachedHead} is an ancestor of {@code head} and every commit since is newer than the
     * cached commits it was made on: then a walk by commit time meets all of them before any cached one.
     */
    private static boolean walkable(Repository repo, ObjectId cachedHead, ObjectId head) throws IOException {
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
