package org.runbookgovernance.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git knows about the repository, gathered before the rules run. Every part is optional: outside a
 * work tree, with {@code --no-git}, or in a shallow clone some facts are unknown, which is not the same as
 * "never changed". Every path here is relative to the runbook repository (DIR), with '/', like
 * {@link Document#path()}, even when DIR is a folder inside a larger work tree.
 *
 * @param available      false when git was not consulted or the directory is not in a work tree
 * @param lastCommit     the last commit time per path (runbooks only); a path missing here is unknown
 * @param historyLimited true when history is shallow or incomplete, so missing paths are unknown
 * @param branch         the branch being built, when known
 * @param branchSource   where the branch name came from: {@code --branch}, a CI variable, {@code HEAD}, or
 *                       {@code none}
 * @param detached       true when HEAD is detached (as Jenkins checks out)
 * @param target         the branch a pull request targets, when known
 * @param lastContentEdit per runbook path, the last commit that changed more than {@link #typoThreshold()}
 *                       lines outside the metadata block; smaller edits count as typo fixes
 * @param typoThreshold  edits of at most this many content lines do not count in {@code lastContentEdit}
 * @param changes        the pull request's change set; empty when unknown (see {@code changesUnknown})
 * @param changesUnknown why the change set is unknown: no target, target missing, no merge base
 * @param notes          sentences for the report about what git could not tell (shallow clone, ...)
 * @param lastSubstantiveChange per runbook path, its last content edit, else the commit that created it:
 *                       the day its text was last written, history followed through renames (a commit that
 *                       only moves or renames a runbook is not one). A runbook with no review date takes it
 *                       as its last review ({@code review.undated: git})
 * @param sectionLastChange per section runbook ({@link #sectionKey}), the time of the last commit that changed
 *                       one of its lines; a section missing here is unknown (uncommitted, or no git)
 */
public record GitFacts(boolean available, Map<String, Instant> lastCommit, boolean historyLimited,
                       Optional<String> branch, String branchSource, boolean detached, Optional<String> target,
                       Map<String, Edit> lastContentEdit, int typoThreshold, Optional<ChangeSet> changes,
                       Optional<String> changesUnknown, List<String> notes, Map<String, Edit> lastSubstantiveChange,
                       Map<String, Instant> sectionLastChange) {

    public static final int DEFAULT_TYPO_THRESHOLD = 3;

    public static final GitFacts NONE = new GitFacts(false, Map.of(), false, Optional.empty(), "none", false,
            Optional.empty(), Map.of(), DEFAULT_TYPO_THRESHOLD, Optional.empty(),
            Optional.of("git was not consulted"), List.of());

    /**
     * The maps (an entry per runbook, tens of thousands in a large repository) are handed over, not copied: the
     * facts keep read-only views of them, and whoever builds one does not change it afterwards.
     */
    public GitFacts {
        lastCommit = Collections.unmodifiableMap(lastCommit);
        lastContentEdit = Collections.unmodifiableMap(lastContentEdit);
        notes = List.copyOf(notes);
        lastSubstantiveChange = Collections.unmodifiableMap(lastSubstantiveChange);
        sectionLastChange = Collections.unmodifiableMap(sectionLastChange);
    }

    /** Facts without the last substantive change of any runbook, and no section runbooks. */
    public GitFacts(boolean available, Map<String, Instant> lastCommit, boolean historyLimited,
                    Optional<String> branch, String branchSource, boolean detached, Optional<String> target,
                    Map<String, Edit> lastContentEdit, int typoThreshold, Optional<ChangeSet> changes,
                    Optional<String> changesUnknown, List<String> notes) {
        this(available, lastCommit, historyLimited, branch, branchSource, detached, target, lastContentEdit,
                typoThreshold, changes, changesUnknown, notes, Map.of(), Map.of());
    }

    /** Facts about whole files only, no section runbooks. */
    public GitFacts(boolean available, Map<String, Instant> lastCommit, boolean historyLimited,
                    Optional<String> branch, String branchSource, boolean detached, Optional<String> target,
                    Map<String, Edit> lastContentEdit, int typoThreshold, Optional<ChangeSet> changes,
                    Optional<String> changesUnknown, List<String> notes, Map<String, Edit> lastSubstantiveChange) {
        this(available, lastCommit, historyLimited, branch, branchSource, detached, target, lastContentEdit,
                typoThreshold, changes, changesUnknown, notes, lastSubstantiveChange, Map.of());
    }

    /** The same facts with the last change of every section runbook. */
    public GitFacts withSectionLastChange(Map<String, Instant> bySection) {
        return new GitFacts(available, lastCommit, historyLimited, branch, branchSource, detached, target,
                lastContentEdit, typoThreshold, changes, changesUnknown, notes, lastSubstantiveChange, bySection);
    }

    /** The key of a section runbook in {@link #sectionLastChange()}: its page's path, '#', its anchor. */
    public static String sectionKey(String path, String anchor) {
        return path + "#" + anchor;
    }

    /** Every note as one paragraph for the report; empty when git told everything asked of it. */
    public Optional<String> note() {
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    /**
     * A commit that edited a runbook's content: when, which, and how many lines outside the metadata
     * ({@link #CREATED} for the commit that created the runbook: every line is new, and none is counted).
     */
    public record Edit(Instant time, String commit, int contentLines) {

        public static final int CREATED = 0;
    }

    /** How a file differs between the merge base and HEAD. */
    public enum ChangeKind {
        ADDED,
        MODIFIED,
        RENAMED,
        DELETED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One file of a pull request, between the merge base and HEAD.
     *
     * @param path                 the path at HEAD (the old path for a deleted file), DIR-relative
     * @param oldPath              the path at the merge base (equal to {@code path} unless renamed or added)
     * @param kind                 added, modified, renamed or deleted
     * @param contentLinesChanged  lines changed outside the metadata block (front matter, bold label lines)
     * @param metadataLinesChanged lines changed inside it
     * @param lastUpdatedBumped    the Last Updated value differs between base and head
     * @param titleChanged         the title (metadata or first H1) differs between base and head
     */
    public record ChangedFile(String path, String oldPath, ChangeKind kind, int contentLinesChanged,
                              int metadataLinesChanged, boolean lastUpdatedBumped, boolean titleChanged) {
    }

    /**
     * The files a pull request changes under DIR, from the merge base of HEAD and the target to HEAD.
     *
     * @param target    the target as named ({@code main})
     * @param targetRef the ref it was found as ({@code refs/remotes/origin/main})
     * @param mergeBase the merge base commit id
     * @param head      the HEAD commit id
     * @param files     every changed file under DIR, in path order
     */
    public record ChangeSet(String target, String targetRef, String mergeBase, String head,
                            List<ChangedFile> files) {

        public ChangeSet {
            files = List.copyOf(files);
        }

        public Optional<ChangedFile> file(String path) {
            return files.stream().filter(f -> f.path().equals(path)).findFirst();
        }
    }
}
