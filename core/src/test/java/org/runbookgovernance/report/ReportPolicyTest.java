package org.runbookgovernance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.ReportPolicy.InvalidSetting;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;

class ReportPolicyTest {

    private static final Config REPORT_DEFAULTS = ConfigLoader.parse("""
            report:
              fail_on: warning
              unstable_on: info
              min_severity: warning
              formats: [junit, sarif]
              dir: out/reports
              docs_url: https://example.org/rules/
            """, ".runbook-governance.yml");

    private static Report withLevels(Level... levels) {
        List<Finding> findings = java.util.Arrays.stream(levels).map(l -> new Finding("freshness/overdue", l,
                new SourcePosition("runbooks/RB-001.md", 1), Optional.empty(), "overdue")).toList();
        return new Report(Report.TOOL, "0.1.0", LocalDate.of(2026, 11, 26), ".", List.of(), List.of(), findings,
                Map.of(), List.of());
    }

    @Test
    void withNothingGivenAndNothingConfiguredARunFailsAtAnErrorAndShowsEverything() {
        assertThat(ReportPolicy.failOn(null, Config.DEFAULT)).isEqualTo(Threshold.ERROR);
        assertThat(ReportPolicy.unstableOn(" ", Config.DEFAULT)).isEqualTo(Threshold.WARNING);
        assertThat(ReportPolicy.minimum(null, Config.DEFAULT)).isEqualTo(Level.INFO);
        assertThat(ReportPolicy.formats(null, Config.DEFAULT, Output.STEP)).isEmpty();
        assertThat(ReportPolicy.dir(null, Config.DEFAULT)).isEmpty();
        assertThat(ReportPolicy.docsUrl(Config.DEFAULT)).isEmpty();
    }

    @Test
    void theConfigsReportSectionGivesTheDefaults() {
        assertThat(ReportPolicy.failOn(null, REPORT_DEFAULTS)).isEqualTo(Threshold.WARNING);
        assertThat(ReportPolicy.unstableOn(null, REPORT_DEFAULTS)).isEqualTo(Threshold.INFO);
        assertThat(ReportPolicy.minimum("", REPORT_DEFAULTS)).isEqualTo(Level.WARNING);
        assertThat(ReportPolicy.formats(null, REPORT_DEFAULTS, Output.STEP))
                .containsExactly(ReportFormat.JUNIT, ReportFormat.SARIF);
        assertThat(ReportPolicy.dir(null, REPORT_DEFAULTS)).contains("out/reports");
        assertThat(ReportPolicy.docsUrl(REPORT_DEFAULTS)).contains("https://example.org/rules/");
    }

    @Test
    void aValueTheFaceWasGivenWinsOverTheConfig() {
        assertThat(ReportPolicy.failOn(" never ", REPORT_DEFAULTS)).isEqualTo(Threshold.NEVER);
        assertThat(ReportPolicy.unstableOn("off", REPORT_DEFAULTS)).isEqualTo(Threshold.NEVER);
        assertThat(ReportPolicy.minimum("error", REPORT_DEFAULTS)).isEqualTo(Level.ERROR);
        assertThat(ReportPolicy.formats("md,\nhtml", REPORT_DEFAULTS, Output.STEP))
                .containsExactly(ReportFormat.MARKDOWN, ReportFormat.HTML);
        assertThat(ReportPolicy.dir("reports", REPORT_DEFAULTS)).contains("reports");
    }

    @Test
    void aBadValueNamesItsKeyWhatItWasAndWhatIsExpected() {
        assertThatThrownBy(() -> ReportPolicy.failOn("sometimes", Config.DEFAULT)).isInstanceOfSatisfying(
                InvalidSetting.class, e -> {
                    assertThat(e.key()).isEqualTo(ReportPolicy.FAIL_ON);
                    assertThat(e.value()).isEqualTo("sometimes");
                    assertThat(e.expected()).isEqualTo("error, warning, info or never");
                });
        assertThatThrownBy(() -> ReportPolicy.minimum("never", Config.DEFAULT)).isInstanceOfSatisfying(
                InvalidSetting.class, e -> assertThat(e.expected()).isEqualTo("error, warning or info"));
        assertThatThrownBy(() -> ReportPolicy.formats("junit,xml", Config.DEFAULT, Output.STEP)).isInstanceOfSatisfying(
                InvalidSetting.class, e -> assertThat(e.value()).isEqualTo("xml"));
        // html is the steps' dashboard, not a findings report the CLI's check renders
        assertThatThrownBy(() -> ReportPolicy.formats("html", Config.DEFAULT, Output.CHECK))
                .isInstanceOf(InvalidSetting.class);
    }

    @Test
    void aKeyTheFaceGaveIsNeverReadFromTheConfig() {
        Config bad = ConfigLoader.parse("report:\n  fail_on: sometimes\n", ".runbook-governance.yml");
        assertThat(ReportPolicy.failOn("error", bad)).isEqualTo(Threshold.ERROR);
        assertThat(ReportPolicy.minimum(null, bad)).isEqualTo(Level.INFO);
    }

    @Test
    void theMinimumHidesFindingsAndTheThresholdsJudgeTheReportTheyAreGiven() {
        ReportPolicy policy = new ReportPolicy(Threshold.ERROR, Threshold.WARNING, Level.WARNING);
        Report full = withLevels(Level.WARNING, Level.INFO);

        assertThat(policy.shown(full).findings()).extracting(Finding::level).containsExactly(Level.WARNING);
        assertThat(policy.fails(full)).isFalse();
        assertThat(policy.unstable(full)).isTrue();
        assertThat(policy.fails(withLevels(Level.ERROR))).isTrue();
        assertThat(policy.unstable(withLevels(Level.ERROR))).as("failing is not also unstable").isFalse();
        assertThat(policy.unstable(withLevels(Level.INFO))).isFalse();
        assertThat(ReportPolicy.DEFAULT.fails(withLevels())).isFalse();
        assertThat(new ReportPolicy(Threshold.NEVER, Threshold.NEVER, Level.INFO).unstable(withLevels(Level.ERROR)))
                .isFalse();
    }

    @Test
    void thresholdsReadEveryWayTheFacesAcceptedThem() {
        assertThat(Threshold.parse("WARN")).contains(Threshold.WARNING);
        assertThat(Threshold.parse("none")).contains(Threshold.NEVER);
        assertThat(Threshold.parse(" ")).isEmpty();
        assertThat(Threshold.parse("fatal")).isEmpty();
        assertThat(Threshold.INFO.trippedBy(Level.INFO)).isTrue();
        assertThat(Threshold.WARNING.trippedBy(Level.INFO)).isFalse();
        assertThat(Threshold.ERROR.trippedBy((Level) null)).isFalse();
    }
}
