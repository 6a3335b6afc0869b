package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

/**
 * {@code governance/change-set-unknown}: under {@code --changed-only} with no change set, the engine reports it
 * in place of every file's findings (here: a folder outside any git work tree, so nothing can be known).
 */
class ChangeSetUnknownTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static void brokenRunbook(Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), "# RB-001: Database Down\n\n## Diagnosis\n\nCheck the pool; the [guide](guide.md) has more.\n");
    }

    private static CheckRequest changedOnly(Path root, Config config) {
        return CheckRequest.of(root, config, TODAY).withGit(true, Map.of("CHANGE_TARGET", "main"), Optional.empty(),
                Optional.empty(), true);
    }

    @Test
    void findsNothingInAnInventoryAlone() {
        assertThat(Docs.run(new ChangeSetUnknown(), Docs.inventory(Docs.runbook("RB-001.md").h1("RB-001: X").build())))
                .isEmpty();
    }

    @Test
    void withoutAChangeSetNoFileIsJudgedAndOneErrorSaysWhy(@TempDir Path root) throws IOException {
        brokenRunbook(root);

        var findings = Governance.standard().check(changedOnly(root, Config.DEFAULT)).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ChangeSetUnknown.ID);
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.position().path()).isEqualTo(".");
            assertThat(f.message()).startsWith("change set unknown: ").contains("not inside a git work tree");
        });
    }

    @Test
    void withoutChangedOnlyEveryFileIsJudgedAsUsual(@TempDir Path root) throws IOException {
        brokenRunbook(root);

        var findings = Governance.standard().check(CheckRequest.of(root, Config.DEFAULT, TODAY)).findings();

        assertThat(findings).extracting(Finding::ruleId).contains("links/broken").doesNotContain(ChangeSetUnknown.ID);
    }

    @Test
    void turnedOffItHidesItselfButStillNoFileIsJudged(@TempDir Path root) throws IOException {
        brokenRunbook(root);
        Config off = ConfigLoader.parse("rules:\n  governance/change-set-unknown: off\n", "test.yml");

        var findings = Governance.standard().check(changedOnly(root, off)).findings();

        assertThat(findings).noneMatch(f -> !f.position().path().equals("."));
        assertThat(findings).extracting(Finding::ruleId).doesNotContain(ChangeSetUnknown.ID);
    }
}
