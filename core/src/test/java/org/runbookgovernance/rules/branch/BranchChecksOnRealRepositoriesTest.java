package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.runbookgovernance.git.InventoryFixture.index;
import static org.runbookgovernance.git.InventoryFixture.inventory;
import static org.runbookgovernance.git.RunbookText.runbook;
import static org.runbookgovernance.git.RunbookText.steps;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.git.BranchContext;
import org.runbookgovernance.git.GitHistory;
import org.runbookgovernance.git.InventoryFixture;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/** The branch rules over facts read from real repositories made in temp dirs, as a CI build would. */
class BranchChecksOnRealRepositoriesTest {

    static final Instant DAY1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-01-02T10:00:00Z");
    static final String RB1 = "incidents/RB-001-service-down.md";
    static final String RB2 = "incidents/RB-002-high-latency.md";

    @TempDir
    Path tmp;

    /** A repository with two runbooks and an index on main, then a branch with {@code edit} applied. */
    private ScratchRepository pullRequest(String branch, java.util.function.Consumer<ScratchRepository> edit) {
        ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"));
        repo.write("runbooks/README.md", "# Runbooks\n\n| RB-001 | Service Down |\n| RB-002 | High Latency |\n")
                .write("runbooks/" + RB1, runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "a")))
                .write("runbooks/" + RB2, runbook("RB-002", "High Latency", "2026-01-01", "2026-01-01", steps(8, "a")))
                .commit("base", DAY1);
        repo.newBranch(branch);
        edit.accept(repo);
        repo.commit("change", DAY2);
        return repo;
    }

    private static List<String> check(ScratchRepository repo, BranchContext context, Document... runbooks) {
        List<Document> docs = new ArrayList<>(List.of(runbooks));
        docs.add(index("README.md", RB1, RB2));
        List<String> paths = docs.stream().map(Document::path).toList();
        GitFacts facts = GitHistory.read(repo.root().resolve("runbooks"), paths, context);
        var inventory = inventory(facts, docs.toArray(Document[]::new));
        List<String> out = new ArrayList<>();
        for (Rule rule : BranchRules.all()) {
            Findings findings = new Findings(rule.id(), rule.defaultLevel());
            rule.check(inventory, findings);
            findings.list().stream().sorted(Finding.ORDER)
                    .forEach(f -> out.add(f.ruleId() + " " + f.level().label() + " " + f.position() + " " + f.message()));
        }
        return out;
    }

    private static BranchContext pr(String branch) {
        return BranchContext.resolve(Optional.of(branch), Optional.of("main"), Map.of(), Optional.of(branch));
    }

    private static Document doc1(String lastUpdated) {
        return InventoryFixture.runbook(RB1, "RB-001", "Service Down", lastUpdated, "2026-01-01");
    }

    private static Document doc2() {
        return InventoryFixture.runbook(RB2, "RB-002", "High Latency", "2026-01-01", "2026-01-01");
    }

    @Test
    void aWellNamedBranchThatBumpsTheDateIsClean() {
        try (ScratchRepository repo = pullRequest("runbook/RB-001-service-down", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-02", "2026-01-01", steps(8, "b"))))) {
            assertThat(check(repo, pr("runbook/RB-001-service-down"), doc1("2026-01-02"), doc2())).isEmpty();
        }
    }

    @Test
    void aBadlyNamedBranchGetsAnExampleBuiltFromTheChangedRunbook() {
        try (ScratchRepository repo = pullRequest("fix-latency", r -> r.write("runbooks/" + RB2,
                runbook("RB-002", "High Latency", "2026-01-02", "2026-01-01", steps(8, "b"))))) {
            assertThat(check(repo, pr("fix-latency"), doc1("2026-01-01"), doc2())).containsExactly(
                    "branch/name error incidents/RB-002-high-latency.md:8 branch name does not follow the convention:"
                            + " `fix-latency` does not match `runbook/RB-\\d{3}-[a-z0-9-]+`; rename the branch, e.g."
                            + " `git branch -m runbook/RB-002-high-latency`.");
        }
    }

    @Test
    void aBranchThatChangesNoRunbookIsNotHeldToTheConvention() {
        try (ScratchRepository repo = pullRequest("build/faster", r -> r.write("src/App.java", "class App {}\n"))) {
            assertThat(check(repo, pr("build/faster"), doc1("2026-01-01"), doc2())).isEmpty();
        }
    }

    @Test
    void aPullRequestThatChangesContentWithoutBumpingTheDateIsWarnedAndTheWrongIdIsAnError() {
        try (ScratchRepository repo = pullRequest("runbook/RB-002-latency", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "a").replace("step 4 a", "step 4 x"))))) {
            assertThat(check(repo, pr("runbook/RB-002-latency"), doc1("2026-01-01"), doc2())).containsExactly(
                    "branch/id-mismatch error incidents/RB-001-service-down.md:8 branch names a runbook that did not"
                            + " change: `runbook/RB-002-latency` names `RB-002` but the branch changes `RB-001`;"
                            + " rename the branch to `runbook/RB-001-service-down`, or make the change to `RB-002`"
                            + " it promises.",
                    "branch/date-not-bumped warning incidents/RB-001-service-down.md:5 last updated not bumped:"
                            + " `RB-001` changed 1 content line since `main` but its Last Updated is still 2026-01-01;"
                            + " set Last Updated to the day of this change.");
        }
    }

    @Test
    void aMetadataOnlyChangeNeedsNoDateBump() {
        try (ScratchRepository repo = pullRequest("runbook/RB-001-review", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-01", "2026-01-02", steps(8, "a"))))) {
            assertThat(check(repo, pr("runbook/RB-001-review"), doc1("2026-01-01"), doc2())).isEmpty();
        }
    }

    @Test
    void anAddedRunbookWithoutAnIndexChangeIsWarnedAndWithOneIsNot() {
        String rb3 = "incidents/RB-003-disk-full.md";
        Document doc3 = InventoryFixture.runbook(rb3, "RB-003", "Disk Full", "2026-01-02", "2026-01-02");
        try (ScratchRepository repo = pullRequest("runbook/RB-003-disk-full", r -> r.write("runbooks/" + rb3,
                runbook("RB-003", "Disk Full", "2026-01-02", "2026-01-02", steps(5, "d"))))) {
            assertThat(check(repo, pr("runbook/RB-003-disk-full"), doc1("2026-01-01"), doc2(), doc3)).containsExactly(
                    "branch/index-not-updated warning incidents/RB-003-disk-full.md:8 index not updated: `RB-003` was"
                            + " added on this branch but `README.md` did not change; update the index entry for it.");
            repo.write("runbooks/README.md", "# Runbooks\n\n| RB-001 |\n| RB-002 |\n| RB-003 | Disk Full |\n")
                    .commit("index", DAY2);
            assertThat(check(repo, pr("runbook/RB-003-disk-full"), doc1("2026-01-01"), doc2(), doc3)).isEmpty();
        }
    }

    @Test
    void aDetachedHeadWithJenkinsVariablesIsCheckedUnderTheBranchJenkinsNames() {
        try (ScratchRepository repo = pullRequest("runbook/RB-001-fix-dns", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "c"))))) {
            RevCommit tip = repo.git().log().setMaxCount(1).call().iterator().next();
            repo.detach(tip);
            Map<String, String> jenkins = Map.of("BRANCH_NAME", "PR-12", "CHANGE_BRANCH", "runbook/RB-001-fix-dns",
                    "CHANGE_TARGET", "main");
            BranchContext context = GitHistory.context(repo.root().resolve("runbooks"), Optional.empty(),
                    Optional.empty(), jenkins);
            assertThat(context.detached()).isTrue();
            assertThat(check(repo, context, doc1("2026-01-01"), doc2())).containsExactly(
                    "branch/date-not-bumped warning incidents/RB-001-service-down.md:5 last updated not bumped:"
                            + " `RB-001` changed 8 content lines since `main` but its Last Updated is still 2026-01-01;"
                            + " set Last Updated to the day of this change.");

            BranchContext nothingKnown = GitHistory.context(repo.root().resolve("runbooks"), Optional.empty(),
                    Optional.empty(), Map.of("BRANCH_NAME", "PR-12", "CHANGE_TARGET", "main"));
            assertThat(check(repo, nothingKnown, doc1("2026-01-01"), doc2())).contains(
                    "branch/unknown-context info . branch unknown: HEAD is detached (as Jenkins checks out) and no CI"
                            + " variable names the branch, so `branch/name` and `branch/id-mismatch` were skipped;"
                            + " pass `--branch <name>` or set `CHANGE_BRANCH` or `BRANCH_NAME`.");
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMissingTargetMakesTheChangeSetUnknownAndSaysSo() {
        try (ScratchRepository repo = pullRequest("runbook/RB-001-x", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "c"))))) {
            BranchContext context = BranchContext.resolve(Optional.empty(), Optional.of("develop"), Map.of(),
                    Optional.of("runbook/RB-001-x"));
            assertThat(check(repo, context, doc1("2026-01-01"), doc2())).containsExactly(
                    "branch/unknown-context info . change set unknown: the target branch `develop` is not in this"
                            + " clone (neither `origin/develop` nor a local branch); fetch it (`git fetch origin"
                            + " develop:refs/remotes/origin/develop`; in a multibranch job add the refspec"
                            + " `+refs/heads/develop:refs/remotes/origin/develop` to the branch source), so"
                            + " `branch/date-not-bumped`,"
                            + " `branch/index-not-updated` and `branch/id-mismatch` were skipped.");
        }
    }

    @Test
    void aShallowCloneWithoutTheMergeBaseReportsAnUnknownChangeSetNotAnEmptyOne() throws IOException {
        assumeThat(ScratchRepository.nativeGitAvailable()).as("native git for a shallow clone").isTrue();
        try (ScratchRepository origin = pullRequest("runbook/RB-001-x", r -> r.write("runbooks/" + RB1,
                runbook("RB-001", "Service Down", "2026-01-01", "2026-01-01", steps(8, "c"))))) {
            origin.checkout("main").write("runbooks/" + RB2, runbook("RB-002", "High Latency", "2026-01-03",
                    "2026-01-01", steps(8, "z"))).commit("main moves on", Instant.parse("2026-01-03T10:00:00Z"));
        }
        String url = "file://" + tmp.resolve("project").toAbsolutePath();
        assertThat(ScratchRepository.runGit(tmp, "clone", "-q", "--depth", "1", "--no-single-branch", url, "ci"))
                .isZero();
        Path ci = tmp.resolve("ci");
        assertThat(ScratchRepository.runGit(ci, "checkout", "-q", "--detach", "origin/runbook/RB-001-x")).isZero();
        try (ScratchRepository clone = ScratchRepository.open(ci)) {
            BranchContext jenkins = GitHistory.context(ci.resolve("runbooks"), Optional.empty(), Optional.empty(),
                    Map.of("BRANCH_NAME", "PR-3", "CHANGE_BRANCH", "runbook/RB-001-x", "CHANGE_TARGET", "main"));
            GitFacts facts = GitHistory.read(ci.resolve("runbooks"), List.of(RB1, RB2), jenkins);
            assertThat(facts.historyLimited()).isTrue();
            assertThat(facts.changes()).isEmpty();
            assertThat(facts.note().orElseThrow()).contains("The clone is shallow");
            assertThat(check(clone, jenkins, doc1("2026-01-01"), doc2())).containsExactly(
                    "branch/unknown-context info . change set unknown: HEAD and `origin/main` have no common commit"
                            + " in this clone (a shallow clone cuts it off); fetch more history (`git fetch"
                            + " --unshallow`; in a multibranch job turn off shallow clone), so `branch/date-not-bumped`,"
                            + " `branch/index-not-updated` and"
                            + " `branch/id-mismatch` were skipped.");
        }
    }
}
