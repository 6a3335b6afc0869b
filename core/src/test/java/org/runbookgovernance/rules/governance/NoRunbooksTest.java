package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.Docs.doc;
import static org.runbookgovernance.rules.Docs.inventory;
import static org.runbookgovernance.rules.Docs.lines;
import static org.runbookgovernance.rules.Docs.run;
import static org.runbookgovernance.rules.Docs.runbook;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;

class NoRunbooksTest {

    private static Document other(String path) {
        return doc(path, DocumentKind.OTHER).h1("Page").build();
    }

    @Test
    void runbooksInAFolderTheGlobsDoNotNameAreOneErrorNamingTheGlobsAndTheFolders() {
        var inventory = inventory(doc("README.md", DocumentKind.INDEX).h1("Monitoring").build(),
                other("docs/runbooks/KubeVirtDown.md"), other("docs/runbooks/TargetDown.md"),
                other("docs/runbooks/VirtApiDown.md"), other("docs/deprecated_runbooks/OldAlert.md"),
                other("docs/deprecated_runbooks/OlderAlert.md"), other("docs/guide.md"), other("vendor/x/y.md"));

        assertThat(lines(run(new NoRunbooks(), inventory))).containsExactly(". no runbooks: the runbook globs"
                + " `**/RB-*.md`, `incidents/**/*.md`, `**/runbooks/**/*.md`, `alerts/*/*.md` match no runbook; Markdown named like"
                + " runbooks is in `docs/runbooks/` (3 files), `docs/deprecated_runbooks/` (2); set"
                + " `documents.runbooks` in .runbook-governance.yml or pass --include 'docs/runbooks/**/*.md'.");
    }

    @Test
    void withoutMarkdownNamedLikeRunbooksTheFoldersWithTheMostMarkdownAreNamed() {
        var inventory = inventory(other("docs/alerts/KubeVirtDown.md"), other("docs/alerts/TargetDown.md"),
                other("docs/guide.md"), other("vendor/x/y.md"), other("vendor/x/z.md"), other("a/b.md"));

        assertThat(lines(run(new NoRunbooks(), inventory))).singleElement().asString().contains("; the most Markdown"
                + " is in `docs/alerts/` (2 files), `vendor/x/` (2), `a/` (1); set `documents.runbooks`");
    }

    @Test
    void oneFileNamedLikeARunbookOutranksAFolderOfProposals() {
        var inventory = inventory(other("mixin/runbook.md"), other("docs/proposals/a.md"),
                other("docs/proposals/b.md"));

        assertThat(lines(run(new NoRunbooks(), inventory))).singleElement().asString().contains("; Markdown named"
                + " like runbooks is in `mixin/` (1 file); set `documents.runbooks` in .runbook-governance.yml or pass"
                + " --include 'mixin/**/*.md'.");
    }

    @Test
    void oneRunbookIsEnough() {
        var inventory = inventory(other("docs/a.md"), runbook("incidents/RB-001-x.md").h1("RB-001: X").build());

        assertThat(run(new NoRunbooks(), inventory)).isEmpty();
    }

    @Test
    void aRepositoryWithoutMarkdownSaysSo() {
        assertThat(lines(run(new NoRunbooks(), inventory()))).singleElement().asString()
                .contains("match no runbook; the repository holds no Markdown file at all;")
                .endsWith("pass --include 'runbooks/**/*.md'.");
    }

    @Test
    void anIndexAloneIsNoPlaceToLookForRunbooks() {
        var inventory = inventory(doc("README.md", DocumentKind.INDEX).h1("Runbooks").build(),
                doc("templates/RUNBOOK_TEMPLATE.md", DocumentKind.TEMPLATE).h1("Template").build());

        assertThat(lines(run(new NoRunbooks(), inventory))).singleElement().asString()
                .contains("; every Markdown file is an index, template, guide or incident report;");
    }

    @Test
    void anIncludeThatMissesIsNamedAndMarkdownAtTheRootIsSuggestedAsSuch() {
        Config config = Config.DEFAULT.withDocuments(Config.DEFAULT.documents().withOverrides(
                List.of("docs/runbook/*.md"), List.of()));
        var inventory = inventory(config, other("TargetDown.md"), other("KubeVirtDown.md"), other("docs/x.md"));

        assertThat(lines(run(new NoRunbooks(), inventory))).containsExactly(". no runbooks: the runbook glob"
                + " `docs/runbook/*.md` matches no runbook; the most Markdown is in `.` (2 files), `docs/` (1); set"
                + " `documents.runbooks` in .runbook-governance.yml or pass --include '*.md'.");
    }

    @Test
    void theMessageIsWhatReviewPlanAndIndexWarnWith() {
        assertThat(NoRunbooks.message(inventory(other("a/b.md")))).hasValueSatisfying(m -> assertThat(m)
                .startsWith("no runbooks: ").contains("`a/` (1 file)"));
        assertThat(NoRunbooks.message(inventory(runbook("runbooks/x.md").h1("X").build()))).isEmpty();
    }
}
