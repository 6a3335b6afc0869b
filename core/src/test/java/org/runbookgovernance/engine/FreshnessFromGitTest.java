package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.RunbookText.steps;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.git.ScratchRepository;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.review.ReviewItem;
import org.runbookgovernance.review.ReviewPlan;
import org.runbookgovernance.review.ReviewPlanWriter;

/**
 * {@code review.undated: git} end to end: a repository whose runbooks have no review lines, written with
 * dated commits, checked on 2026-05-01 under the quarterly policy (due three months after the last review).
 */
class FreshnessFromGitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @TempDir
    Path tmp;
    Path root;

    static Instant on(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    static String alertRunbook(String alert, String body) {
        return "# " + alert + "\n\n## Meaning\n\nThe " + alert + " alert fires when the service is unhealthy.\n\n"
                + "## Mitigation\n\n" + body;
    }

    @BeforeEach
    void repository() {
        root = tmp.resolve("ops");
        try (ScratchRepository repo = ScratchRepository.init(root)) {
            repo.write("runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "a")))
                    .write("runbooks/NodeNotReady.md", alertRunbook("NodeNotReady", steps(8, "a")))
                    .write("runbooks/OldLatency.md", alertRunbook("OldLatency", steps(8, "a")))
                    .write("runbooks/CertExpiry.md", alertRunbook("CertExpiry", steps(8, "a")))
                    .write("runbooks/Reviewed.md", "# Reviewed\n\n**Last Review:** 2026-04-01\n\n## Meaning\n\n"
                            + steps(8, "a"))
                    .commit("import the runbooks", on("2025-12-01"));
            repo.write("runbooks/TargetDown.md", alertRunbook("TargetDown", steps(8, "b")))
                    .commit("rewrite TargetDown's mitigation", on("2026-01-05"));
            repo.write("runbooks/QueueBacklog.md", alertRunbook("QueueBacklog", steps(6, "a")))
                    .commit("add QueueBacklog", on("2026-02-10"));
            repo.write("runbooks/NodeNotReady.md", alertRunbook("NodeNotReady", steps(8, "a")
                    .replace("step 3 a", "step 3 A"))).commit("typo", on("2026-04-20"));
            repo.write("runbooks/CertExpiry.md", alertRunbook("CertExpiry", steps(8, "c")))
                    .commit("rewrite CertExpiry", on("2026-04-20"));
            repo.delete("runbooks/OldLatency.md")
                    .write("runbooks/ApiLatency.md", alertRunbook("ApiLatency", steps(8, "a")))
                    .commit("rename OldLatency to ApiLatency", on("2026-04-25"));
            repo.write("runbooks/Reviewed.md", "# Reviewed\n\n**Last Review:** 2026-04-01\n\n## Meaning\n\n"
                    + steps(8, "z")).commit("rewrite a reviewed runbook", on("2026-04-26"));
        }
        // written after the last commit: in the work tree, not in history
        ScratchRepository.open(root).write("runbooks/NewAlert.md", alertRunbook("NewAlert", steps(3, "a"))).close();
    }

    private Report check(Config config) {
        return Governance.standard().check(CheckRequest.of(root, config, TODAY)
                .withGit(true, Map.of(), Optional.of("main"), Optional.empty(), false));
    }

    private static List<String> paths(Report report, String rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.position().path())
                .sorted().toList();
    }

    private static RunbookStatus status(Report report, String path) {
        return report.runbooks().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void overdueExactlyWhereTheLastSubstantiveCommitIsOlderThanTheInterval() {
        Report report = check(Config.DEFAULT);

        assertThat(paths(report, "freshness/overdue")).as("rewritten 2026-01-05; typo-fixed only; renamed only")
                .containsExactly("runbooks/ApiLatency.md", "runbooks/NodeNotReady.md", "runbooks/TargetDown.md");
        assertThat(paths(report, "freshness/due-soon")).as("added 2026-02-10, due 2026-05-10")
                .containsExactly("runbooks/QueueBacklog.md");
        assertThat(paths(report, "freshness/never-reviewed")).as("only the runbook git has no commit of")
                .containsExactly("runbooks/NewAlert.md");
        assertThat(status(report, "runbooks/CertExpiry.md").reviewState()).isEqualTo(ReviewState.FRESH);
    }

    @Test
    void aRenameOnlyCommitAndATypoFixAreNoReview() {
        Report report = check(Config.DEFAULT);
        assertThat(status(report, "runbooks/ApiLatency.md").lastReviewed()).contains(LocalDate.of(2025, 12, 1));
        assertThat(status(report, "runbooks/NodeNotReady.md").lastReviewed()).contains(LocalDate.of(2025, 12, 1));
        assertThat(status(report, "runbooks/NodeNotReady.md").nextReview()).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRunbookWithAReviewDateIgnoresGit() {
        RunbookStatus reviewed = status(check(Config.DEFAULT), "runbooks/Reviewed.md");
        assertThat(reviewed.lastReviewed()).contains(LocalDate.of(2026, 4, 1));
        assertThat(reviewed.reviewSource()).contains(LastReview.Source.METADATA);
        assertThat(reviewed.nextReview()).contains(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theMessagesSayTheDateCameFromGitAndHowToSettleIt() {
        Report report = check(Config.DEFAULT);
        Finding overdue = report.findings().stream().filter(f -> f.ruleId().equals("freshness/overdue")
                && f.position().path().equals("runbooks/TargetDown.md")).findFirst().orElseThrow();
        assertThat(overdue.message()).startsWith("review overdue: `TargetDown` was last changed in git on 2026-01-05"
                        + " (commit `")
                .contains("; no review date in the runbook) and was due on 2026-04-05, 26 days ago (quarterly policy)")
                .contains("add `**Last Review:** YYYY-MM-DD`, or commit the fix it needs (a commit that changes more"
                        + " than 3 lines outside the metadata counts as a review)");
        Finding soon = report.findings().stream().filter(f -> f.ruleId().equals("freshness/due-soon")).findFirst()
                .orElseThrow();
        assertThat(soon.message()).contains("was last changed in git on 2026-02-10").contains("is due on 2026-05-10, in 9 days");
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("freshness/never-reviewed"))
                .findFirst().orElseThrow().message()).contains("it is not committed yet, so git cannot date it");
        assertThat(report.notes()).anyMatch(n -> n.startsWith("5 runbooks declare no review date: each counts its"
                + " last substantive commit"));
    }

    @Test
    void undatedNeverKeepsEveryUndatedRunbookNeverReviewed() {
        Report report = check(ConfigLoader.parse("review:\n  undated: never\n", "test.yml"));
        assertThat(paths(report, "freshness/never-reviewed")).containsExactly("runbooks/ApiLatency.md",
                "runbooks/CertExpiry.md", "runbooks/NewAlert.md", "runbooks/NodeNotReady.md",
                "runbooks/QueueBacklog.md", "runbooks/TargetDown.md");
        assertThat(paths(report, "freshness/overdue")).isEmpty();
        assertThat(paths(report, "freshness/due-soon")).isEmpty();
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("freshness/never-reviewed"))
                .map(Finding::message)).allMatch(m -> m.endsWith("declares neither Last Review nor Next Review; review"
                + " it, then add `**Last Review:** YYYY-MM-DD` and `**Next Review:** YYYY-MM-DD`."));
        assertThat(status(report, "runbooks/TargetDown.md").reviewSource()).isEmpty();
        assertThat(report.notes()).noneMatch(n -> n.contains("review.undated"));
    }

    @Test
    void withoutGitNothingIsDatedFromIt() {
        Report report = Governance.standard().check(CheckRequest.of(root, Config.DEFAULT, TODAY));
        assertThat(paths(report, "freshness/never-reviewed")).hasSize(6);
        assertThat(paths(report, "freshness/overdue")).isEmpty();
    }

    @Test
    void theJsonReportHasLastReviewedAndReviewSource() {
        Report report = check(Config.DEFAULT);
        String json = ReportFormat.JSON.renderer(RenderOptions.plain()).render(report);
        assertThat(json).contains("\"path\": \"runbooks/TargetDown.md\"")
                .containsPattern("\"path\": \"runbooks/TargetDown.md\",[^}]*\"lastReviewed\": \"2026-01-05\",\\s*"
                        + "\"reviewSource\": \"git\",\\s*\"nextReview\": \"2026-04-05\"")
                .containsPattern("\"path\": \"runbooks/Reviewed.md\",[^}]*\"lastReviewed\": \"2026-04-01\",\\s*"
                        + "\"reviewSource\": \"metadata\"")
                .containsPattern("\"path\": \"runbooks/NewAlert.md\",[^}]*\"lastReviewed\": null,\\s*"
                        + "\"reviewSource\": null");
    }

    @Test
    void theReviewPlanSaysWhichDueDatesCameFromGit() {
        Governance governance = Governance.standard();
        ReviewPlan plan = ReviewPlan.of(governance.inventory(CheckRequest.of(root, Config.DEFAULT, TODAY)
                .withGit(true, Map.of(), Optional.of("main"), Optional.empty(), false)), 30);
        ReviewItem targetDown = plan.items().stream().filter(i -> i.path().equals("runbooks/TargetDown.md"))
                .findFirst().orElseThrow();
        assertThat(targetDown.fromGit()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(ReviewPlanWriter.markdown(plan)).contains("| 2026-04-05 | -26 | 116 days (from git) | overdue |");
        assertThat(plan.items()).noneMatch(i -> i.path().equals("runbooks/CertExpiry.md"));
    }
}
