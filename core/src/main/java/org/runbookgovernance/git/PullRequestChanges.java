package org.runbookgovernance.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangeSet;
import org.runbookgovernance.model.GitFacts.ChangedFile;

/**
 * A pull request's change set: the files under DIR that differ between the merge base of HEAD and the
 * target branch, and HEAD. A missing target makes the set unknown, never empty.
 */
final class PullRequestChanges {

    record Result(Optional<ChangeSet> changeSet, Optional<String> unknownReason, Optional<String> note) {

        static Result unknown(String reason, String note) {
            return new Result(Optional.empty(), Optional.of(reason), Optional.ofNullable(note));
        }
    }

    private PullRequestChanges() {
    }

    static Result read(Repository repo, ObjectId head, Optional<String> target, String prefix) throws IOException {
        if (target.isEmpty()) {
            return Result.unknown("no target branch is known: pass `--target <branch>` or set `CHANGE_TARGET`,"
                    + " `GITHUB_BASE_REF` or `CI_MERGE_REQUEST_TARGET_BRANCH_NAME`", null);
        }
        String name = target.get();
        Optional<Ref> ref = findTarget(repo, name);
        if (ref.isEmpty()) {
            String reason = "the target branch `" + name + "` is not in this clone (neither `origin/" + name
                    + "` nor a local branch); fetch it (`git fetch origin " + name + ":refs/remotes/origin/" + name
                    + "`; in a multibranch job add the refspec `+refs/heads/" + name + ":refs/remotes/origin/" + name
                    + "` to the branch source)";
            return Result.unknown(reason, GitHistory.changeSetNote(reason));
        }
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit headCommit = walk.parseCommit(head);
            ObjectId targetId = ref.get().getPeeledObjectId() != null ? ref.get().getPeeledObjectId()
                    : ref.get().getObjectId();
            RevCommit targetCommit = walk.parseCommit(targetId);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(headCommit);
            walk.markStart(targetCommit);
            RevCommit base;
            try {
                base = walk.next();
            } catch (MissingObjectException e) {
                base = null;
            }
            if (base == null) {
                String reason = "HEAD and `" + Repository.shortenRefName(ref.get().getName())
                        + "` have no common commit in this clone (a shallow clone cuts it off); fetch more history"
                        + " (`git fetch --unshallow`; in a multibranch job turn off shallow clone)";
                return Result.unknown(reason, GitHistory.changeSetNote(reason));
            }
            walk.reset();
            RevCommit baseCommit = walk.parseCommit(base);
            List<ChangedFile> files = diff(repo, reader, baseCommit, headCommit, prefix);
            return new Result(Optional.of(new ChangeSet(name, ref.get().getName(), baseCommit.name(),
                    headCommit.name(), files)), Optional.empty(), Optional.empty());
        }
    }

    /** The target as origin's branch (what the pull request merges into), else a local branch, or a full ref. */
    static Optional<Ref> findTarget(Repository repo, String name) throws IOException {
        List<String> candidates = name.startsWith("refs/") ? List.of(name)
                : List.of("refs/remotes/origin/" + name, "refs/heads/" + name, "refs/remotes/" + name);
        for (String candidate : candidates) {
            Ref ref = repo.exactRef(candidate);
            if (ref != null && ref.getObjectId() != null) {
                return Optional.of(repo.getRefDatabase().peel(ref));
            }
        }
        return Optional.empty();
    }

    private static List<ChangedFile> diff(Repository repo, ObjectReader reader, RevCommit base, RevCommit head,
                                          String prefix) throws IOException {
        List<DiffEntry> entries;
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            tw.addTree(base.getTree());
            tw.addTree(head.getTree());
            tw.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix.substring(0, prefix.length() - 1)),
                    TreeFilter.ANY_DIFF));
            RenameDetector renames = new RenameDetector(reader, repo.getConfig().get(org.eclipse.jgit.diff.DiffConfig.KEY));
            renames.addAll(DiffEntry.scan(tw));
            entries = renames.compute();
        }
        List<ChangedFile> files = new ArrayList<>();
        for (DiffEntry e : entries) {
            ChangeKind kind = switch (e.getChangeType()) {
                case ADD, COPY -> ChangeKind.ADDED;
                case MODIFY -> ChangeKind.MODIFIED;
                case RENAME -> ChangeKind.RENAMED;
                case DELETE -> ChangeKind.DELETED;
            };
            String newPath = kind == ChangeKind.DELETED ? e.getOldPath() : e.getNewPath();
            String oldPath = kind == ChangeKind.ADDED ? e.getNewPath() : e.getOldPath();
            if (!isMarkdown(newPath)) {
                files.add(new ChangedFile(relative(newPath, prefix), relative(oldPath, prefix), kind, 0, 0,
                        false, false));
                continue;
            }
            RawText before = kind == ChangeKind.ADDED ? RawText.EMPTY_TEXT
                    : LastChangeWalk.text(reader, e.getOldId().toObjectId());
            RawText after = kind == ChangeKind.DELETED ? RawText.EMPTY_TEXT
                    : LastChangeWalk.text(reader, e.getNewId().toObjectId());
            MetadataBlock beforeMeta = MetadataBlock.of(before);
            MetadataBlock afterMeta = MetadataBlock.of(after);
            LineChanges lines = LineChanges.between(before, beforeMeta, after, afterMeta);
            boolean bothSides = kind == ChangeKind.MODIFIED || kind == ChangeKind.RENAMED;
            boolean bumped = kind == ChangeKind.ADDED ? afterMeta.lastUpdated().isPresent()
                    : bothSides && !beforeMeta.lastUpdated().equals(afterMeta.lastUpdated());
            boolean retitled = bothSides && !beforeMeta.title().equals(afterMeta.title());
            files.add(new ChangedFile(relative(newPath, prefix), relative(oldPath, prefix), kind, lines.content(),
                    lines.metadata(), bumped, retitled));
        }
        files.sort(Comparator.comparing(ChangedFile::path));
        return files;
    }

    private static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /** Repository path to DIR path (the tree filter keeps every entry under DIR). */
    private static String relative(String repoPath, String prefix) {
        return repoPath.startsWith(prefix) ? repoPath.substring(prefix.length()) : repoPath;
    }
}
