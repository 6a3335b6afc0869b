package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.RunbookText.steps;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.GitFacts;

/**
 * The last substantive change of a runbook, as {@code review.undated: git} dates it: its last content edit
 * beyond the typo threshold, else the commit that created it, history followed through renames.
 */
class LastSubstantiveChangeTest {

    static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2025-09-01T10:00:00Z");
    static final Instant LATEST = Instant.parse("2026-02-01T10:00:00Z");

    @TempDir
    Path tmp;

    private static BranchContext main() {
        return new BranchContext(Optional.of("main"), Optional.empty(), "--branch", false, false);
    }

    /** A runbook as teams without review lines write them: named after its alert, no metadata. */
    static String alertRunbook(String alert, String body) {
        return "# " + alert + "\n\n## Meaning\n\nThe " + alert + " alert fires when the service is unhealthy.\n\n"
                + "## Mitigation\n\n" + body;
    }

    private static GitFacts.Edit written(ScratchRepository repo, String dir, String path) {
        Path root = dir.isEmpty() ? repo.root() : repo.root().resolve(dir);
        return GitHistory.read(root, List.of(path), main()).lastSubstantiveChange().get(path);
    }

    @Test
    void aRunbookNeverEditedSinceItWasAddedWasWrittenByTheCommitThatAddedIt() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            RevCommit added = repo.write("TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .commit("add TargetDown", CREATED);
            GitFacts facts = GitHistory.read(repo.root(), List.of("TargetDown.md"), main());
            assertThat(facts.lastSubstantiveChange().get("TargetDown.md").time()).isEqualTo(CREATED);
            assertThat(facts.lastSubstantiveChange().get("TargetDown.md").commit()).isEqualTo(added.name());
            assertThat(facts.lastContentEdit()).as("creation is still no edit for edited-not-reviewed")
                    .doesNotContainKey("TargetDown.md");
        }
    }

    @Test
    void aTypoFixIsNotASubstantiveChangeButARewriteIs() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("TargetDown.md", alertRunbook("TargetDown", steps(8, "a"))).commit("add", CREATED);
            repo.write("TargetDown.md", alertRunbook("TargetDown", steps(8, "a").replace("step 2 a", "step 2 A")))
                    .commit("typo", LATER);
            assertThat(written(repo, "", "TargetDown.md").time()).isEqualTo(CREATED);

            repo.write("TargetDown.md", alertRunbook("TargetDown", steps(8, "b"))).commit("rewrite", LATEST);
            assertThat(written(repo, "", "TargetDown.md").time()).isEqualTo(LATEST);
            assertThat(written(repo, "", "TargetDown.md").contentLines()).isEqualTo(8);
        }
    }

    @Test
    void aRenameThatKeepsTheTextIsNoChangeAndHistoryGoesOnUnderTheOldName() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            String text = alertRunbook("TargetDown", steps(8, "a"));
            repo.write("OldTargetDown.md", text).commit("add", CREATED);
            repo.write("OldTargetDown.md", alertRunbook("TargetDown", steps(8, "c"))).commit("rewrite", LATER);
            repo.delete("OldTargetDown.md").write("TargetDown.md", alertRunbook("TargetDown", steps(8, "c")))
                    .commit("rename only", LATEST);
            assertThat(written(repo, "", "TargetDown.md").time()).isEqualTo(LATER);
        }
    }

    @Test
    void aRenameOfTheAlertAndItsNameInTheTextIsStillOnlyARename() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("CnaoDown.md", alertRunbook("CnaoDown", steps(8, "a") + "Silence CnaoDown while you work.\n"
                    + "CnaoDown clears by itself.\n")).commit("add", CREATED);
            repo.delete("CnaoDown.md").write("NetworkAddonsDown.md", alertRunbook("NetworkAddonsDown", steps(8, "a")
                            + "Silence NetworkAddonsDown while you work.\nNetworkAddonsDown clears by itself.\n"))
                    .commit("rename the alert", LATEST);
            assertThat(written(repo, "", "NetworkAddonsDown.md").time()).isEqualTo(CREATED);
        }
    }

    @Test
    void aRenameThatAlsoRewritesTheRunbookIsASubstantiveChange() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("OldName.md", alertRunbook("TargetDown", steps(12, "a"))).commit("add", CREATED);
            repo.delete("OldName.md").write("TargetDown.md", alertRunbook("TargetDown",
                    steps(6, "b") + steps(12, "a").lines().skip(6).map(l -> l + "\n").reduce("", String::concat)))
                    .commit("rename and rewrite", LATEST);
            assertThat(written(repo, "", "TargetDown.md").time()).isEqualTo(LATEST);
        }
    }

    @Test
    void aRunbookMovedIntoTheCheckedFolderIsFollowedOutOfIt() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"))) {
            repo.write("runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "a"))).commit("add", CREATED);
            repo.delete("runbooks/TargetDown.md")
                    .write("docs/runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .commit("move the runbooks under docs", LATEST);
            assertThat(written(repo, "docs/runbooks", "TargetDown.md").time()).isEqualTo(CREATED);
        }
    }

    @Test
    void aRunbookMovedOutOfAFolderThatStaysIsFollowedOutOfIt() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"))) {
            repo.write("drafts/TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .write("drafts/README.md", "Drafts of runbooks.\n").commit("add", CREATED);
            repo.delete("drafts/TargetDown.md")
                    .write("docs/runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .commit("publish the draft", LATEST);
            assertThat(written(repo, "docs/runbooks", "TargetDown.md").time())
                    .as("the walk does not read drafts/, yet the file deleted there is the runbook's old name")
                    .isEqualTo(CREATED);
        }
    }

    @Test
    void aRunbookAddedBesideAnEditElsewhereIsCreatedByThatCommit() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("project"))) {
            repo.write("drafts/TargetDown.md", alertRunbook("TargetDown", steps(8, "a"))).commit("add", CREATED);
            repo.write("drafts/TargetDown.md", alertRunbook("TargetDown", steps(8, "b")))
                    .write("docs/runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .commit("publish a copy of the draft", LATEST);
            assertThat(written(repo, "docs/runbooks", "TargetDown.md").time())
                    .as("a copy is no rename: nothing was deleted").isEqualTo(LATEST);
        }
    }

    @Test
    void aWhitespaceReformattingOfEveryLineIsNoSubstantiveChange() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            String text = alertRunbook("TargetDown", steps(10, "a"));
            repo.write("TargetDown.md", text).commit("add", CREATED);
            repo.write("TargetDown.md", text.replace("\n", "  \r\n").replace(". Check", ".  Check"))
                    .commit("normalise line ends and spacing", LATEST);
            assertThat(written(repo, "", "TargetDown.md").time()).isEqualTo(CREATED);
            assertThat(GitHistory.read(repo.root(), List.of("TargetDown.md"), main()).lastCommit())
                    .as("the reformatting is still the last commit that touched it")
                    .containsEntry("TargetDown.md", LATEST);
        }
    }
}
