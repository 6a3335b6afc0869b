package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build page: its own URL per step call, escaped output, small data. */
class ActionPageTest {

    private static GovernanceOutcome outcome() {
        return new GovernanceOutcome(null, "runbooks", "2026-03-01", Gate.ERROR, Gate.WARNING, 0, 1, 0,
                org.runbookgovernance.report.Level.WARNING,
                List.of(new RunbookRow("RB-001", "<b>x</b>", "runbooks/RB-001.md", "", "P1", "due-soon", "2026-03-05",
                        0, 1, 0)),
                List.of(new FindingRow("freshness/due-soon", "warning", "runbooks/RB-001.md", 3, "RB-001", "m")), 1,
                List.of(new ReviewItem("RB-009", "Never", "RB-009.md", "", "", 0, "never-reviewed")),
                List.of(new IndexSection("Database Issues (P0-P2)", List.of(new IndexEntry("RB-001", "<b>x</b>",
                        "RB-001.md", "P1", "team-db", "2026-03-05", "due-soon", "DatabaseDown")))),
                List.of(), List.of());
    }

    @Test
    void eachStepCallGetsItsOwnPage() {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        BuildMarks marks = new BuildMarks(run, null);

        RunbookGovernanceAction first = RunbookGovernanceAction.attach(marks, StepKind.FRESHNESS, outcome());
        RunbookGovernanceAction second = RunbookGovernanceAction.attach(marks, StepKind.PUBLISH_INDEX, outcome());

        assertThat(first.getUrlName()).isEqualTo("runbook-governance");
        assertThat(second.getUrlName()).isEqualTo("runbook-governance-2");
        assertThat(second.getRun()).isSameAs(run);
        assertThat(second.getRunbooks()).extracting(RunbookRow::getStatus).containsExactly("warning");
        assertThat(second.getFindingsNotShown()).isZero();
        assertThat(second.getIndex()).singleElement().satisfies(s -> {
            assertThat(s.getTitle()).isEqualTo("Database Issues (P0-P2)");
            assertThat(s.getEntries()).extracting(IndexEntry::getAlerts).containsExactly("DatabaseDown");
        });
        assertThat(second.getReviewPlan()).singleElement().satisfies(i -> {
            assertThat(i.hasDue()).isFalse();
            assertThat(i.isOverdue()).isFalse();
        });
    }

    @Test
    void thePageShowsTheIndexFromRowsOnly() throws IOException {
        try (InputStream in = RunbookGovernanceAction.class.getResourceAsStream("RunbookGovernanceAction/index.jelly")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // rows through ${...} (escaped), never generated HTML
            assertThat(page).contains("items=\"${it.index}\"", "${section.title}", "${e.title}")
                    .doesNotContain("escape-by-default='false'");
        }
    }

    @Test
    void thePageEscapesEverythingAndRunsNoScript() throws IOException {
        try (InputStream in = RunbookGovernanceAction.class.getResourceAsStream("RunbookGovernanceAction/index.jelly")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(page).startsWith("<?jelly escape-by-default='true'?>")
                    .doesNotContain("<script").doesNotContain("j:out").doesNotContain("onclick");
        }
    }
}
