package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Level;

/** The build page: its own URL per step call, rows read back from the build's folder, escaped output. */
class ActionPageTest {

    static GovernanceOutcome outcome() {
        return new GovernanceOutcome(null, "runbooks", "2026-03-01", Gate.ERROR, Gate.WARNING, 0, 1, 0, Level.WARNING,
                List.of(new RunbookRow("RB-001", "<b>x</b>", "runbooks/RB-001.md", "", "P1", "due-soon", "2026-03-05",
                        0, 1, 0),
                        new RunbookRow("RB-002", "Disk \"full\"", "runbooks/RB-002.md", "team-ops", "P2", "overdue",
                                "2025-01-01", 0, 0, 0)),
                List.of(new FindingRow("freshness/due-soon", "warning", "runbooks/RB-001.md", 3, "RB-001", "m")), 1,
                List.of(new ReviewItem("RB-009", "Never", "RB-009.md", "", "", 0, "never-reviewed")),
                List.of(new IndexSection("Database Issues (P0-P2)", List.of(new IndexEntry("RB-001", "<b>x</b>",
                        "RB-001.md", "P1", "team-db", "2026-03-05", "due-soon", "DatabaseDown")))),
                List.of(), List.of("runbook-governance-reports/runbookFreshness.sarif"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RunbookGovernanceAction.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachStepCallGetsItsOwnPageAndRecord() throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        BuildMarks marks = new BuildMarks(run, null);

        RunbookGovernanceAction first = RunbookGovernanceAction.attach(marks, "runbookFreshness", StepKind.FRESHNESS, outcome());
        RunbookGovernanceAction second = RunbookGovernanceAction.attach(marks, "publishRunbookIndex", StepKind.PUBLISH_INDEX,
                outcome());

        assertThat(first.getUrlName()).isEqualTo("runbook-governance-runbookFreshness");
        assertThat(second.getUrlName()).isEqualTo("runbook-governance-publishRunbookIndex");
        assertThat(second.getDisplayName()).isEqualTo("Runbook Governance (publishRunbookIndex)");
        assertThat(run.getRootDir().toPath().resolve("runbook-governance/publishRunbookIndex.json")).isRegularFile();
        assertThat(second.getRun()).isSameAs(run);
        assertThat(second.getRunbooks()).extracting(RunbookRow::getStatus).containsExactly("warning", "ok");
        assertThat(second.getRunbooks()).extracting(RunbookRow::getTitle).containsExactly("<b>x</b>", "Disk \"full\"");
        assertThat(second.getFindingsNotShown()).isZero();
        assertThat(second.getIndex()).singleElement().satisfies(s -> {
            assertThat(s.getTitle()).isEqualTo("Database Issues (P0-P2)");
            assertThat(s.getEntries()).extracting(IndexEntry::getAlerts).containsExactly("DatabaseDown");
        });
        assertThat(second.getReviewPlan()).singleElement().satisfies(i -> {
            assertThat(i.hasDue()).isFalse();
            assertThat(i.isOverdue()).isFalse();
        });
        assertThat(second.isRowsMissing()).isFalse();
    }

    @Test
    void theSameIdTwiceGetsANumberedPage() throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        BuildMarks marks = new BuildMarks(run, null);

        RunbookGovernanceAction first = RunbookGovernanceAction.attach(marks, "runbookFreshness", StepKind.FRESHNESS, outcome());
        RunbookGovernanceAction again = RunbookGovernanceAction.attach(marks, "runbookFreshness", StepKind.FRESHNESS, outcome());
        RunbookGovernanceAction third = RunbookGovernanceAction.attach(marks, "runbookFreshness", StepKind.FRESHNESS, outcome());

        assertThat(List.of(first, again, third)).extracting(RunbookGovernanceAction::getId)
                .containsExactly("runbookFreshness", "runbookFreshness-2", "runbookFreshness-3");
        assertThat(run.getRootDir().toPath().resolve("runbook-governance/runbookFreshness-3.json")).isRegularFile();
        try (var files = Files.list(run.getRootDir().toPath().resolve("runbook-governance"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("no temporary file left")
                    .containsExactly("runbookFreshness-2.json", "runbookFreshness-3.json", "runbookFreshness.json");
        }
    }

    @Test
    void theSummaryFieldsAreExportedAndKeptWithTheBuild() throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        RunbookGovernanceAction action = RunbookGovernanceAction.attach(new BuildMarks(run, null), "rb", StepKind.FRESHNESS,
                outcome());

        assertThat(RunbookGovernanceAction.class.isAnnotationPresent(org.kohsuke.stapler.export.ExportedBean.class)).isTrue();
        List<String> exported = java.util.Arrays.stream(RunbookGovernanceAction.class.getMethods())
                .filter(m -> m.isAnnotationPresent(org.kohsuke.stapler.export.Exported.class)).map(m -> m.getName())
                .sorted().toList();
        assertThat(exported).containsExactly("getErrors", "getFindingsTotal", "getId", "getInfos", "getOverdue",
                "getReportFiles", "getReviewCount", "getRunbookCount", "getStatus", "getStep", "getToday", "getWarnings",
                "getWorst");
        assertThat(action.getStatus()).isEqualTo("UNSTABLE");
        assertThat(action.getWorst()).isEqualTo("warning");
        assertThat(action.getRunbookCount()).isEqualTo(2);
        assertThat(action.getOverdue()).isEqualTo(1);
        assertThat(action.getReviewCount()).isEqualTo(1);
        assertThat(action.getWorstFindings()).extracting(FindingRow::getRule).containsExactly("freshness/due-soon");
        assertThat(action.getReportFiles()).containsExactly("runbook-governance-reports/runbookFreshness.sarif");
    }

    @Test
    void rowsAreReadFromTheRecordWhenThePageIsShownAndALostRecordIsSaid() throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        RunbookGovernanceAction action = RunbookGovernanceAction.attach(new BuildMarks(run, null), "rb", StepKind.FRESHNESS,
                outcome());
        Path record = run.getRootDir().toPath().resolve("runbook-governance/rb.json");

        // a reloaded build (new action object, onLoad) reads the rows from the file, not from memory
        RunbookGovernanceAction reloaded = reloaded(action, run);
        assertThat(reloaded.getRunbooks()).extracting(RunbookRow::getId).containsExactly("RB-001", "RB-002");

        Files.delete(record);
        RunbookGovernanceAction lost = reloaded(action, run);
        assertThat(lost.getRunbooks()).isEmpty();
        assertThat(lost.isRowsMissing()).isTrue();
        assertThat(lost.getErrors()).as("counts stay in the build").isZero();
        assertThat(lost.getWarnings()).isEqualTo(1);
    }

    @Test
    void aDamagedRecordLeavesTheTablesEmptyRatherThanBreakingThePage() throws IOException {
        FakeContext.FakeRun run = FakeContext.FakeRun.create();
        RunbookGovernanceAction action = RunbookGovernanceAction.attach(new BuildMarks(run, null), "rb", StepKind.FRESHNESS,
                outcome());
        Path record = run.getRootDir().toPath().resolve("runbook-governance/rb.json");
        String text = Files.readString(record);
        Files.writeString(record, text.substring(0, text.length() / 2));

        RunbookGovernanceAction reloaded = reloaded(action, run);

        assertThat(reloaded.getRunbooks()).isEmpty();
        assertThat(reloaded.isRowsMissing()).isTrue();
    }

    /** As Jenkins loads a build: a new action object with build.xml's fields and nothing cached, then onLoad. */
    private static RunbookGovernanceAction reloaded(RunbookGovernanceAction saved, FakeContext.FakeRun run) {
        RunbookGovernanceAction loaded = new RunbookGovernanceAction(saved.getId(), StepKind.FRESHNESS, outcome());
        loaded.onLoad(run);
        return loaded;
    }

    @Test
    void theRecordReadsBackWhatWasWrittenEscapesIncluded() throws IOException {
        StepRecord record = StepRecord.of(outcome());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        record.write(bytes);
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "record", ".json");
        Files.write(file, bytes.toByteArray());

        StepRecord back = StepRecord.read(file);

        assertThat(back.runbooks()).usingRecursiveFieldByFieldElementComparator().isEqualTo(record.runbooks());
        assertThat(back.findings()).usingRecursiveFieldByFieldElementComparator().isEqualTo(record.findings());
        assertThat(back.reviewPlan()).usingRecursiveFieldByFieldElementComparator().isEqualTo(record.reviewPlan());
        assertThat(back.index()).usingRecursiveComparison().isEqualTo(record.index());
        Files.delete(file);
    }

    @Test
    void aDamagedRecordIsAnIOExceptionSoThePageSaysTheRowsAreMissing() throws IOException {
        Path dir = Files.createDirectories(Path.of("target"));
        for (String text : List.of("{", "{\"a\":}", "[1,]", "\"open", "{\"runbooks\": 3}", "tru")) {
            Path file = Files.createTempFile(dir, "damaged", ".json");
            Files.writeString(file, text);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StepRecord.read(file)).as(text)
                    .isInstanceOf(IOException.class);
            Files.delete(file);
        }
    }

    @Test
    void thePageShowsTheIndexFromRowsOnly() throws IOException {
        String page = resource("RunbookGovernanceAction/index.jelly");
        // rows through ${...} (escaped), never generated HTML
        assertThat(page).contains("items=\"${it.index}\"", "${section.title}", "${e.title}")
                .doesNotContain("escape-by-default='false'");
    }

    @Test
    void theBuildPagesEscapeEverythingAndRunNoScript() throws IOException {
        for (String name : List.of("RunbookGovernanceAction/index.jelly", "RunbookGovernanceAction/summary.jelly")) {
            assertThat(resource(name)).as(name).startsWith("<?jelly escape-by-default='true'?>")
                    .doesNotContain("<script").doesNotContain("j:out").doesNotContain("onclick");
        }
    }

    @Test
    void theSummaryShowsStatusCountsTheWorstFindingsAndLinksToThePage() throws IOException {
        String summary = resource("RunbookGovernanceAction/summary.jelly");

        assertThat(summary).contains("<t:summary", "href=\"${it.urlName}/\"", "${it.status}", "${it.errors}",
                "${it.warnings}", "${it.overdue}", "items=\"${it.worstFindings}\"", "${f.message}");
    }

    @Test
    void theJobPagesWriteOnlyTheChartAsMarkup() throws IOException {
        for (String name : List.of("RunbookGovernanceProjectAction/index.jelly",
                "RunbookGovernanceProjectAction/floatingBox.jelly")) {
            String page = resource(name);
            assertThat(page).as(name).startsWith("<?jelly escape-by-default='true'?>").doesNotContain("<script")
                    .doesNotContain("onclick");
            assertThat(page.split("<j:out ", -1)).as("raw output in %s: the chart only", name).hasSize(2);
            assertThat(page).containsPattern("<j:out value=\"\\$\\{(it|action)\\.trendSvg\\}\"/>");
        }
    }
}
