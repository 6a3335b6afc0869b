package org.runbookgovernance.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.GitFacts;

/**
 * The engine's one door to git: opens the work tree that holds the runbook repository, walks history once
 * for the last change of every runbook, and reads the pull request's change set. Never throws on a corrupt,
 * partial or shallow repository: what could not be read is said in {@link GitFacts#notes()}.
 */
public final class GitHistory {

    /** The rule whose option {@code typo_threshold} overrides the {@code git:} section's. */
    static final String EDITED_NOT_REVIEWED = "freshness/edited-not-reviewed";

    private GitHistory() {
    }

    /** True when {@code dir} is inside a git work tree (not a bare repository). */
    public static boolean isInWorkTree(Path dir) {
        try (Repository repo = open(dir)) {
            return repo != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The branch HEAD points at; empty when HEAD is detached or {@code dir} is not in a work tree. */
    public static Optional<String> symbolicHead(Path dir) {
        try (Repository repo = open(dir)) {
            return repo == null ? Optional.empty() : symbolicHead(repo);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@link BranchContext#resolve} with the symbolic HEAD of the work tree holding {@code dir}. */
    public static BranchContext context(Path dir, Optional<String> branchFlag, Optional<String> targetFlag,
                                        Map<String, String> env) {
        return BranchContext.resolve(branchFlag, targetFlag, env, symbolicHead(dir));
    }

    /**
     * The typo threshold: the rule option {@code rules: {freshness/edited-not-reviewed: {typo_threshold}}},
     * else {@code git: {typo_threshold}}, else {@value GitFacts#DEFAULT_TYPO_THRESHOLD}.
     */
    public static int typoThreshold(Config config) {
        Object fromSection = config.section("git").get("typo_threshold");
        int sectionValue = fromSection instanceof Number n ? n.intValue()
                : fromSection != null && String.valueOf(fromSection).strip().matches("\\d+")
                ? Integer.parseInt(String.valueOf(fromSection).strip()) : GitFacts.DEFAULT_TYPO_THRESHOLD;
        return Math.max(0, config.rule(EDITED_NOT_REVIEWED).intOption("typo_threshold", sectionValue));
    }

    public static GitFacts read(Path dir, List<String> runbookPaths, BranchContext context) {
        return read(dir, runbookPaths, context, GitFacts.DEFAULT_TYPO_THRESHOLD);
    }

    /**
     * Opens the work tree containing {@code dir} and reads what the rules need, with one walk over history.
     *
     * @param runbookPaths  runbook paths relative to {@code dir}, with '/'
     * @param typoThreshold edits of at most this many content lines do not count as content edits
     * @return {@link GitFacts#NONE}-like facts (not available) when {@code dir} is not in a work tree
     */
    public static GitFacts read(Path dir, List<String> runbookPaths, BranchContext context, int typoThreshold) {
        return read(dir, runbookPaths, context, typoThreshold, HistoryCacheSetting.OFF);
    }

    /**
     * {@link #read(Path, List, BranchContext, int)} with the walk's answers kept between checks where
     * {@code cache} says ({@link CachedWalk}).
     */
    public static GitFacts read(Path dir, List<String> runbookPaths, BranchContext context, int typoThreshold,
                                HistoryCacheSetting cache) {
        Repository repo;
        try {
            repo = open(dir);
        } catch (IOException | RuntimeException e) {
            return unavailable(context, "git history was not read: " + e.getMessage() + ".");
        }
        if (repo == null) {
            return unavailable(context, "`" + dir + "` is not inside a git work tree, so git-based checks were skipped.");
        }
        try (repo) {
            String prefix = prefix(repo, dir);
            List<String> notes = new ArrayList<>();
            ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                notes.add("The repository has no commits yet, so git history and the change set are unknown.");
                return new GitFacts(true, Map.of(), true, context.branch(), context.branchSource(), context.detached(),
                        context.target(), Map.of(), typoThreshold, Optional.empty(),
                        Optional.of("the repository has no commits yet"), notes);
            }
            if (context.branch().isEmpty()) {
                notes.add("HEAD is detached at `" + head.abbreviate(7).name() + "` and no CI variable names the branch"
                        + " (looked at CHANGE_BRANCH, BRANCH_NAME, GIT_LOCAL_BRANCH, GIT_BRANCH, GITHUB_HEAD_REF,"
                        + " GITHUB_REF_NAME, CI_MERGE_REQUEST_SOURCE_BRANCH_NAME, CI_COMMIT_BRANCH), so the branch"
                        + " is unknown; pass `--branch`.");
            }
            Set<String> repoPaths = new LinkedHashSet<>(runbookPaths.size() * 4 / 3 + 1);
            for (String p : runbookPaths) {
                repoPaths.add(prefix.isEmpty() ? p : prefix + p);
            }
            LastChangeWalk.Result history = CachedWalk.run(repo, head, repoPaths, typoThreshold, cache, notes);
            history.note().ifPresent(notes::add);

            PullRequestChanges.Result changes = PullRequestChanges.read(repo, head, context.target(), prefix);
            changes.note().ifPresent(notes::add);

            return new GitFacts(true, strip(history.lastCommit(), prefix), history.limited(), context.branch(),
                    context.branchSource(), context.detached(), context.target(),
                    strip(history.lastContentEdit(), prefix), typoThreshold, changes.changeSet(),
                    changes.unknownReason(), notes, strip(history.lastSubstantiveChange(), prefix));
        } catch (IOException | RuntimeException e) {
            return new GitFacts(true, Map.of(), true, context.branch(), context.branchSource(), context.detached(),
                    context.target(), Map.of(), typoThreshold, Optional.empty(),
                    Optional.of("git history could not be read"),
                    List.of("Git history could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "), so last-change times and the change set are unknown."));
        }
    }

    /**
     * The facts of {@link #read} as they were at {@code commit} (a pull request's merge base): history walked
     * from that commit, no branch and no change set. {@code dir} is the checked folder in the work tree; the
     * paths are relative to it.
     */
    public static GitFacts readAt(Path dir, String commit, List<String> runbookPaths, int typoThreshold) {
        BranchContext none = BranchContext.unknown();
        try (Repository repo = open(dir)) {
            if (repo == null) {
                return unavailable(none, "`" + dir + "` is not inside a git work tree.");
            }
            String prefix = prefix(repo, dir);
            Set<String> repoPaths = new LinkedHashSet<>(runbookPaths.size() * 4 / 3 + 1);
            for (String p : runbookPaths) {
                repoPaths.add(prefix.isEmpty() ? p : prefix + p);
            }
            LastChangeWalk.Result history = LastChangeWalk.run(repo, ObjectId.fromString(commit), repoPaths,
                    typoThreshold);
            return new GitFacts(true, strip(history.lastCommit(), prefix), history.limited(), Optional.empty(),
                    BranchContext.NONE, false, Optional.empty(), strip(history.lastContentEdit(), prefix),
                    typoThreshold, Optional.empty(), Optional.of("a past commit has no change set"),
                    history.note().stream().toList(), strip(history.lastSubstantiveChange(), prefix));
        } catch (IOException | RuntimeException e) {
            return unavailable(none, "git history at `" + commit + "` could not be read: " + e.getMessage() + ".");
        }
    }

    /** The note that says the pull request's change set is unknown because of {@code reason}. */
    public static String changeSetNote(String reason) {
        return "The pull request's change set is unknown: " + reason + ".";
    }

    private static GitFacts unavailable(BranchContext context, String note) {
        return new GitFacts(false, Map.of(), false, context.branch(), context.branchSource(), context.detached(),
                context.target(), Map.of(), GitFacts.DEFAULT_TYPO_THRESHOLD, Optional.empty(),
                Optional.of("git is not available"), List.of(note));
    }

    /** The repository whose work tree holds {@code dir}; null when there is none (or it is bare). */
    static Repository open(Path dir) throws IOException {
        GitCaches.sizeIfOwned();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                return null;
            }
            return repo;
        } catch (RepositoryNotFoundException e) {
            return null;
        }
    }

    /** {@code runbooks/} when DIR is the folder runbooks of the work tree; empty when DIR is its root. */
    static String prefix(Repository repo, Path dir) throws IOException {
        Path root = repo.getWorkTree().toPath().toRealPath();
        Path real = dir.toRealPath();
        if (!real.startsWith(root)) {
            return "";
        }
        String rel = root.relativize(real).toString().replace(File.separatorChar, '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    static Optional<String> symbolicHead(Repository repo) throws IOException {
        Ref head = repo.exactRef(Constants.HEAD);
        if (head == null || !head.isSymbolic()) {
            return Optional.empty();
        }
        return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
    }

    /** The map with DIR-relative keys; {@code byRepoPath} itself when DIR is the work tree's root. */
    private static <V> Map<String, V> strip(Map<String, V> byRepoPath, String prefix) {
        if (prefix.isEmpty()) {
            return byRepoPath;
        }
        Map<String, V> out = new java.util.HashMap<>(byRepoPath.size() * 4 / 3 + 1);
        byRepoPath.forEach((k, v) -> out.put(k.startsWith(prefix) ? k.substring(prefix.length()) : k, v));
        return out;
    }
}
