package org.runbookgovernance.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/** What a pull request's check keeps of its findings once the merge base's findings are known. */
class NewFindingsTest {

    private static final GitFacts.ChangeSet CHANGES = new GitFacts.ChangeSet("main", "refs/remotes/origin/main",
            "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d", "ffffffffffffffffffffffffffffffffffffffff", List.of());

    private static Finding finding(String rule, String path, int line, String message) {
        return new Finding(rule, Level.ERROR, new SourcePosition(path, line), Optional.empty(), message);
    }

    private static Finding link(String path, int line, String target) {
        return finding("links/broken", path, line, "broken link: `" + target + "` does not exist; fix the path.");
    }

    private static Report head(List<Finding> findings) {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("rules", 5L);
        timings.put("total", 5L);
        return new Report(Report.TOOL, "test", LocalDate.of(2026, 11, 26), "runbooks", List.of(), List.of(), findings,
                timings, List.of("a git note"));
    }

    @Test
    void onlyTheFindingTheChangeAddsIsLeftAmongTheOldOnesThatMoved() {
        Report report = NewFindings.compare(
                head(List.of(link("a.md", 11, "x.md"), link("a.md", 12, "y.md"), link("b.md", 3, "z.md"))),
                List.of(link("a.md", 10, "x.md"), link("b.md", 3, "z.md")), CHANGES, Config.DEFAULT, 7);

        assertThat(report.findings()).containsExactly(link("a.md", 12, "y.md"));
        assertThat(report.notes()).containsExactly("a git note", "--new-only: compared with `main` at the merge base"
                + " `1a2b3c4`: 2 findings it has as well are not shown.");
        assertThat(report.timings()).containsExactly(Map.entry("rules", 5L), Map.entry(NewFindings.PHASE, 7L),
                Map.entry("total", 12L));
    }

    @Test
    void aFindingTheMergeBaseHasAndTheChangeNotIsReportedAsFixedAtInfo() {
        Report report = NewFindings.compare(head(List.of()), List.of(link("a.md", 10, "x.md")), CHANGES,
                Config.DEFAULT, 0);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("governance/fixed-by-change");
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.position()).isEqualTo(SourcePosition.file("a.md"));
            assertThat(f.message()).isEqualTo("fixed by this change: the `links/broken` finding about `x.md` on"
                    + " `main` no longer occurs.");
        });
        assertThat(report.failsAt(Level.WARNING)).isFalse();
    }

    @Test
    void aFixedFindingTakesTheConfiguredLevelAndOffHidesIt() {
        List<Finding> base = List.of(link("a.md", 10, "x.md"));
        Config warning = org.runbookgovernance.config.ConfigLoader.parse(
                "rules:\n  governance/fixed-by-change: warning\n", "test.yml");
        Config off = org.runbookgovernance.config.ConfigLoader.parse(
                "rules:\n  governance/fixed-by-change: off\n", "test.yml");

        assertThat(NewFindings.compare(head(List.of()), base, CHANGES, warning, 0).findings())
                .extracting(Finding::level).containsExactly(Level.WARNING);
        assertThat(NewFindings.compare(head(List.of()), base, CHANGES, off, 0).findings()).isEmpty();
    }

    @Test
    void branchFindingsAndRuleFailuresAreAboutThisBuildAndAlwaysKept() {
        Finding name = finding("branch/name", ".", 0, "branch name `fix` does not match");
        Finding failed = finding("governance/rule-failed", ".", 0, "rule failed: `links/broken` threw");

        Report report = NewFindings.compare(head(List.of(name, failed)), List.of(name, failed), CHANGES,
                Config.DEFAULT, 0);

        assertThat(report.findings()).containsExactlyInAnyOrder(name, failed);
    }
}
