package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.runbookgovernance.git.RunbookText.runbook;
import static org.runbookgovernance.git.RunbookText.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangedFile;

class GitHistoryTest {

    static final Instant DAY1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-01-03T10:00:00Z");
    static final Instant DAY4 = Instant.parse("2026-01-04T10:00:00Z");

    static final String RB1 = "incidents/RB-001-service-down.md";
    static final String RB2 = "incidents/RB-002-high-latency.md";

    @TempDir
    Path tmp;

    private static BranchContext onBranch(String branch, String target) {
        return new BranchContext(Optional.ofNullable(branch), Optional.ofNullable(target), "--branch", false,
                target != null);
    }

    @Test
    void lastCommitPerRunbookFromOneWalkWithPathsRelativeToTheRunbookFolder() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"))) {
            repo.write("pom.xml", "<project/>\n")
                    .write("runbooks/" + RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(10, "a")))
                    .write("runbooks/" + RB2, runbook("RB-002", "High Latency", "2026-01-01", "2026-01-01", steps(10, "a")))
                    .commit("add runbooks", DAY1);
            repo.write("runbooks/" + RB2, runbook("RB-002", "High Latency", "2026-01-02", "2026-01-01", steps(10, "b")))
                    .commit("rewrite RB-002 diagnosis", DAY2);
            repo.write("pom.xml", "<project><!-- unrelated --></project>\n").commit("build change", DAY3);

            GitFacts facts = GitHistory.read(repo.root().resolve("runbooks"),
                    List.of(RB1, RB2, "incidents/RB-003-not-committed.md"), onBranch("main", null));

            assertThat(facts.available()).isTrue();
            assertThat(facts.historyLimited()).isFalse();
            assertThat(facts.lastCommit()).containsExactlyInAnyOrderEntriesOf(Map.of(RB1, DAY1, RB2, DAY2));
            assertThat(facts.lastContentEdit().get(RB2).time()).isEqualTo(DAY2);
            assertThat(facts.lastContentEdit().get(RB2).contentLines()).isEqualTo(10);
            assertThat(facts.lastContentEdit()).as("the commit that adds a runbook creates it; it is no edit")
                    .doesNotContainKey(RB1);
            assertThat(facts.note()).isEmpty();
        }
    }

    @Test
    void aTypoFixOrADateBumpIsNotAContentEditButALargerChangeIs() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(10, "a")))
                    .commit("add", DAY1);
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01",
                    steps(6, "b") + steps(10, "a").lines().skip(6).map(l -> l + "\n").reduce("", String::concat)))
                    .commit("rewrite six steps", DAY2);
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-03", "2026-01-03",
                    steps(6, "b").replace("step 1 b", "step 1 B")
                            + steps(10, "a").lines().skip(6).map(l -> l + "\n").reduce("", String::concat)))
                    .commit("typo and dates", DAY3);
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-04", "2026-01-04",
                    steps(6, "b").replace("step 1 b", "step 1 B")
                            + steps(10, "a").lines().skip(6).map(l -> l + "\n").reduce("", String::concat)))
                    .commit("metadata only", DAY4);

            GitFacts facts = GitHistory.read(repo.root(), List.of(RB1), onBranch("main", null), 3);
            assertThat(facts.lastCommit()).containsEntry(RB1, DAY4);
            assertThat(facts.lastContentEdit().get(RB1).time()).isEqualTo(DAY2);
            assertThat(facts.lastContentEdit().get(RB1).contentLines()).isEqualTo(6);

            GitFacts strict = GitHistory.read(repo.root(), List.of(RB1), onBranch("main", null), 0);
            assertThat(strict.lastContentEdit().get(RB1).time()).isEqualTo(DAY3);
            assertThat(strict.typoThreshold()).isZero();
        }
    }

    @Test
    void aChangeOnAMergedSideBranchIsDatedByItsOwnCommit() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(5, "a")))
                    .write(RB2, runbook("RB-002", "High Latency", "2026-01-01", "2026-01-01", steps(5, "a")))
                    .commit("add", DAY1);
            repo.newBranch("runbook/RB-002-more-steps");
            RevCommit side = repo.write(RB2, runbook("RB-002", "High Latency", "2026-01-02", "2026-01-01",
                    steps(9, "c"))).commit("more steps", DAY2);
            repo.checkout("main").write("README.md", "# Index\n").commit("index", DAY3);
            try {
                repo.git().merge().include(side).setMessage("merge").setCommit(true).call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            GitFacts facts = GitHistory.read(repo.root(), List.of(RB1, RB2), onBranch("main", null));
            assertThat(facts.lastCommit()).containsEntry(RB1, DAY1).containsEntry(RB2, DAY2);
        }
    }

    @Test
    void aPullRequestListsAddedModifiedRenamedAndDeletedFilesAgainstTheMergeBase() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"))) {
            repo.write("runbooks/" + RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "a")))
                    .write("runbooks/" + RB2, runbook("RB-002", "High Latency", "2026-01-01", "2026-01-01", steps(8, "a")))
                    .write("runbooks/incidents/RB-004-disk-full.md",
                            runbook("RB-004", "Disk Full", "2026-01-01", "2026-01-01", steps(8, "a")))
                    .write("runbooks/incidents/RB-005-dns.md", runbook("RB-005", "DNS", "2026-01-01", "2026-01-01", steps(8, "d")))
                    .write("src/App.java", "class App {}\n")
                    .commit("base", DAY1);
            repo.newBranch("runbook/RB-001-fix-dns");
            repo.write("runbooks/" + RB1, runbook("RB-001", "Service Down", "2026-01-02", "2026-01-01",
                            steps(8, "a").replace("step 2 a", "step 2 z")))
                    .write("runbooks/" + RB2, runbook("RB-002", "Latency Spikes", "2026-01-01", "2026-01-01", steps(8, "a")))
                    .write("runbooks/incidents/RB-003-new.md", runbook("RB-003", "New", "2026-01-02", "2026-01-02", steps(3, "n")))
                    .delete("runbooks/incidents/RB-004-disk-full.md")
                    .delete("runbooks/incidents/RB-005-dns.md")
                    .write("runbooks/incidents/RB-005-dns-resolution.md",
                            runbook("RB-005", "DNS", "2026-01-01", "2026-01-01", steps(8, "d")))
                    .write("src/App.java", "class App { }\n")
                    .commit("changes", DAY2);
            repo.checkout("main").write("src/Other.java", "class Other {}\n").commit("main moves on", DAY3);
            repo.checkout("runbook/RB-001-fix-dns");

            GitFacts facts = GitHistory.read(repo.root().resolve("runbooks"), List.of(RB1, RB2),
                    onBranch("runbook/RB-001-fix-dns", "main"));

            assertThat(facts.changesUnknown()).isEmpty();
            GitFacts.ChangeSet set = facts.changes().orElseThrow();
            assertThat(set.targetRef()).isEqualTo("refs/heads/main");
            assertThat(set.files()).extracting(ChangedFile::path, ChangedFile::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(RB1, ChangeKind.MODIFIED),
                    org.assertj.core.groups.Tuple.tuple(RB2, ChangeKind.MODIFIED),
                    org.assertj.core.groups.Tuple.tuple("incidents/RB-003-new.md", ChangeKind.ADDED),
                    org.assertj.core.groups.Tuple.tuple("incidents/RB-004-disk-full.md", ChangeKind.DELETED),
                    org.assertj.core.groups.Tuple.tuple("incidents/RB-005-dns-resolution.md", ChangeKind.RENAMED));
            ChangedFile rb1 = set.file(RB1).orElseThrow();
            assertThat(rb1.contentLinesChanged()).isEqualTo(1);
            assertThat(rb1.metadataLinesChanged()).isEqualTo(1);
            assertThat(rb1.lastUpdatedBumped()).isTrue();
            assertThat(rb1.titleChanged()).isFalse();
            ChangedFile rb2 = set.file(RB2).orElseThrow();
            assertThat(rb2.lastUpdatedBumped()).isFalse();
            assertThat(rb2.titleChanged()).isTrue();
            assertThat(rb2.contentLinesChanged()).isEqualTo(1); // the H1 is content, the title: line metadata
            assertThat(set.file("incidents/RB-005-dns-resolution.md").orElseThrow().oldPath())
                    .isEqualTo("incidents/RB-005-dns.md");
        }
    }

    @Test
    void theTargetIsFoundAsOriginBranchAndAMissingTargetMakesTheChangeSetUnknownNotEmpty() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            RevCommit base = repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(4, "a")))
                    .commit("base", DAY1);
            repo.newBranch("runbook/RB-001-x");
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(4, "b")))
                    .commit("edit", DAY2);
            repo.remoteBranch("develop", base);

            GitFacts viaOrigin = GitHistory.read(repo.root(), List.of(RB1), onBranch("runbook/RB-001-x", "develop"));
            assertThat(viaOrigin.changes().orElseThrow().targetRef()).isEqualTo("refs/remotes/origin/develop");
            assertThat(viaOrigin.changes().orElseThrow().files()).hasSize(1);

            GitFacts missing = GitHistory.read(repo.root(), List.of(RB1), onBranch("runbook/RB-001-x", "release/9"));
            assertThat(missing.changes()).isEmpty();
            assertThat(missing.changesUnknown().orElseThrow()).contains("`release/9`").contains("origin/release/9");
            assertThat(missing.note().orElseThrow()).contains("change set is unknown");

            GitFacts noTarget = GitHistory.read(repo.root(), List.of(RB1), onBranch("runbook/RB-001-x", null));
            assertThat(noTarget.changes()).isEmpty();
            assertThat(noTarget.changesUnknown().orElseThrow()).contains("no target branch");
        }
    }

    @Test
    void aDetachedHeadWithJenkinsVariablesTakesTheBranchFromChangeBranch() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(4, "a")))
                    .commit("base", DAY1);
            repo.newBranch("runbook/RB-001-fix-dns");
            RevCommit tip = repo.write(RB1, runbook("RB-001", "Service Down", "2026-01-02", "2026-01-01", steps(4, "b")))
                    .commit("fix dns", DAY2);
            repo.detach(tip);

            Map<String, String> jenkins = Map.of("BRANCH_NAME", "PR-12", "CHANGE_BRANCH", "runbook/RB-001-fix-dns",
                    "CHANGE_TARGET", "main", "CHANGE_ID", "12");
            BranchContext context = GitHistory.context(repo.root(), Optional.empty(), Optional.empty(), jenkins);
            assertThat(context.detached()).isTrue();
            assertThat(context.branchSource()).isEqualTo("CHANGE_BRANCH");
            GitFacts facts = GitHistory.read(repo.root(), List.of(RB1), context);
            assertThat(facts.branch()).contains("runbook/RB-001-fix-dns");
            assertThat(facts.detached()).isTrue();
            assertThat(facts.changes().orElseThrow().files()).extracting(ChangedFile::path).containsExactly(RB1);

            BranchContext bare = GitHistory.context(repo.root(), Optional.empty(), Optional.empty(),
                    Map.of("BRANCH_NAME", "PR-12"));
            GitFacts unknown = GitHistory.read(repo.root(), List.of(RB1), bare);
            assertThat(unknown.branch()).isEmpty();
            assertThat(unknown.note().orElseThrow()).contains("HEAD is detached at `" + tip.abbreviate(7).name() + "`")
                    .contains("pass `--branch`");
        }
    }

    @Test
    void aShallowCloneIsReportedAndItsBoundaryIsNotReadAsTheLastChange() throws IOException {
        assumeThat(ScratchRepository.nativeGitAvailable()).as("native git for a shallow clone").isTrue();
        try (ScratchRepository origin = ScratchRepository.init(tmp.resolve("origin"))) {
            origin.write(RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(5, "a")))
                    .write(RB2, runbook("RB-002", "High Latency", "2026-01-01", "2026-01-01", steps(5, "a")))
                    .commit("add", DAY1);
            origin.write(RB1, runbook("RB-001", "Service Down", "2026-01-02", "2026-01-01", steps(5, "b")))
                    .commit("edit RB-001", DAY2);
            origin.write(RB1, runbook("RB-001", "Service Down", "2026-01-03", "2026-01-01", steps(5, "c")))
                    .commit("edit RB-001 again", DAY3);
        }
        int exit = ScratchRepository.runGit(tmp, "clone", "-q", "--depth", "2",
                "file://" + tmp.resolve("origin").toAbsolutePath(), "shallow");
        assertThat(exit).isZero();

        GitFacts facts = GitHistory.read(tmp.resolve("shallow"), List.of(RB1, RB2), onBranch("main", null));
        assertThat(facts.historyLimited()).isTrue();
        assertThat(facts.lastCommit()).containsEntry(RB1, DAY3).doesNotContainKey(RB2);
        assertThat(facts.lastContentEdit()).containsKey(RB1).doesNotContainKey(RB2);
        assertThat(facts.note().orElseThrow()).contains("shallow").contains("unknown, not \"never changed\"")
                .contains("git fetch --unshallow");
    }

    @Test
    void outsideAWorkTreeGitIsNotAvailable() {
        GitFacts facts = GitHistory.read(tmp, List.of(RB1), BranchContext.unknown());
        assertThat(facts.available()).isFalse();
        assertThat(facts.note().orElseThrow()).contains("not inside a git work tree");
        assertThat(GitHistory.isInWorkTree(tmp)).isFalse();
    }

    @Test
    void aRepositoryWithoutCommitsSaysSo() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("empty"))) {
            GitFacts facts = GitHistory.read(repo.root(), List.of(RB1), onBranch("main", null));
            assertThat(facts.available()).isTrue();
            assertThat(facts.lastCommit()).isEmpty();
            assertThat(facts.note().orElseThrow()).contains("no commits yet");
        }
    }

    @Test
    void aMalformedTreeInHistoryIsANoteNotAHangOrAFailure() throws IOException {
        for (String raw : List.of("100644 a.md", "100644a.md\0", "100644 a.md\0short", "40000 a\0")) {
            try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("bad-" + raw.hashCode()))) {
                RevCommit good = repo.write("a.md", runbook("RB-1", "A", "2026-01-01", "2026-01-01", steps(8, "a")))
                        .commit("add", DAY1);
                Repository r = repo.git().getRepository();
                try (ObjectInserter inserter = r.newObjectInserter()) {
                    ObjectId tree = inserter.insert(Constants.OBJ_TREE, raw.getBytes(StandardCharsets.ISO_8859_1));
                    CommitBuilder commit = new CommitBuilder();
                    commit.setTreeId(tree);
                    commit.setParentId(good);
                    PersonIdent who = new PersonIdent("Dana", "dana@example.com", DAY2, ZoneOffset.UTC);
                    commit.setAuthor(who);
                    commit.setCommitter(who);
                    commit.setMessage("bad tree");
                    ObjectId bad = inserter.insert(commit);
                    inserter.flush();
                    RefUpdate update = r.updateRef(r.getFullBranch());
                    update.setNewObjectId(bad);
                    update.forceUpdate();
                }
                GitFacts facts = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                        GitHistory.read(repo.root(), List.of("a.md"), onBranch("main", null)));
                assertThat(facts.notes()).as(raw).anySatisfy(n -> assertThat(n).contains("could not be read"));
                assertThat(facts.lastCommit()).as(raw).isEmpty();
            }
        }
    }
}
