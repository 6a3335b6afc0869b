package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The binding takes exactly the plugin's parameters, with the plugin's defaults, and fails as the plugin does. */
class RunbookStepBindingTest {

    private static final Path PLUGIN_SOURCES = Path.of("..", "plugin", "src", "main", "java", "io", "jenkins",
            "plugins", "runbookgovernance");
    private static final Pattern SETTER = Pattern.compile("@DataBoundSetter\\s+public void set(\\w+)\\(");

    static Stream<Arguments> stepClasses() {
        return Stream.of(
                Arguments.of(StepKind.FRESHNESS, "RunbookFreshnessStep.java"),
                Arguments.of(StepKind.ALERT_COVERAGE, "RunbookAlertCoverageStep.java"),
                Arguments.of(StepKind.BRANCH_CHECK, "RunbookBranchCheckStep.java"),
                Arguments.of(StepKind.PUBLISH_INDEX, "PublishRunbookIndexStep.java"),
                Arguments.of(StepKind.REVIEW_PLAN, "RunbookReviewPlanStep.java"),
                Arguments.of(StepKind.GOVERNANCE, "RunbookGovernanceStep.java"));
    }

    @ParameterizedTest
    @MethodSource("stepClasses")
    void takesExactlyTheSettersOfThePluginsStepClass(StepKind kind, String stepClass) throws IOException {
        Set<String> plugin = setters("RunbookStep.java");
        plugin.addAll(setters(stepClass));

        assertThat(RunbookStepBinding.parameters(kind)).isEqualTo(plugin);
    }

    @Test
    void refusesAParameterTheStepDoesNotHave() {
        assertThatThrownBy(() -> RunbookStepBinding.settings(StepKind.FRESHNESS, Map.of("horizon", 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runbookFreshness has no parameter(s) [horizon]");
        assertThatThrownBy(() -> RunbookStepBinding.settings(StepKind.PUBLISH_INDEX, Map.of("changedOnly", true)))
                .hasMessageContaining("publishRunbookIndex has no parameter(s) [changedOnly]");
        assertThatThrownBy(() -> RunbookStepBinding.settings(StepKind.GOVERNANCE, Map.of("write", true)))
                .hasMessageContaining("runbookGovernance has no parameter(s) [write]");
    }

    @Test
    void leavesUnsetParametersToTheConfigAndKeepsThePluginDefaults() {
        StepSettings s = RunbookStepBinding.settings(StepKind.REVIEW_PLAN, Map.of("formats", "  ", "failOn", " never "));

        assertThat(s.dir()).isEqualTo("runbooks");
        assertThat(s.reportDir()).isEqualTo("runbook-governance-reports");
        assertThat(s.horizon()).isEqualTo(90);
        assertThat(s.formats()).isNull();
        assertThat(s.failOn()).isEqualTo("never");
        assertThat(s.unstableOn()).isNull();
        assertThat(s.markStageUnstable()).isTrue();
        assertThat(s.markBuildUnstable()).isTrue();
        assertThat(s.changedOnly()).isFalse();
        assertThat(s.check()).isTrue();
        assertThat(s.write()).isFalse();
    }

    @Test
    void indexAndFreshnessParametersReachTheSettings() {
        StepSettings index = RunbookStepBinding.settings(StepKind.PUBLISH_INDEX, Map.of("check", false, "write", "true"));
        StepSettings freshness = RunbookStepBinding.settings(StepKind.FRESHNESS, Map.of("changedOnly", true));

        assertThat(index.check()).isFalse();
        assertThat(index.write()).isTrue();
        assertThat(freshness.changedOnly()).isTrue();
    }

    @Test
    void refusesANegativeHorizon() {
        assertThatThrownBy(() -> RunbookStepBinding.settings(StepKind.REVIEW_PLAN, Map.of("horizon", -1)))
                .hasMessage("horizon must be zero or more days, not -1");
    }

    @Test
    void todayComesFromTheParameterOrElseTheBuildsClock() {
        LocalDate clock = LocalDate.of(2026, 11, 26);

        assertThat(RunbookStepBinding.today(null, clock)).isEqualTo(clock);
        assertThat(RunbookStepBinding.today(" 2027-01-02 ", clock)).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThatThrownBy(() -> RunbookStepBinding.today("26.11.2026", clock)).isInstanceOf(StepAbort.class)
                .hasMessage("`26.11.2026` is not a valid `today`; write the date as YYYY-MM-DD");
    }

    @Test
    void aMissingRunbookFolderAbortsWithThePluginsMessage(@TempDir Path workspace) {
        PipelineBuild build = new PipelineBuild(workspace, Map.of(), LocalDate.of(2026, 11, 26), List.of());

        assertThatThrownBy(() -> RunbookStepBinding.run(StepKind.FRESHNESS, Map.of("dir", "docs/runbooks"), build))
                .isInstanceOf(StepAbort.class)
                .hasMessageStartingWith("runbookFreshness: runbook folder `docs/runbooks` not found in the workspace");
        assertThat(build.stepRuns).isEmpty();
    }

    @Test
    void theScriptGetsCountsUnlessItAsksForTheRows(@TempDir Path workspace) throws IOException {
        Files.createDirectories(workspace.resolve("docs/runbooks"));
        Files.writeString(workspace.resolve("docs/runbooks/RB-001-disk.md"), "---\nid: RB-001\ntitle: Disk\n---\n# Disk\n");
        PipelineBuild build = new PipelineBuild(workspace, Map.of(), LocalDate.of(2026, 11, 26), List.of());
        Map<String, Object> base = Map.of("dir", "docs/runbooks", "noGit", true, "failOn", "never", "unstableOn", "never");

        Map<String, Object> counts = RunbookStepBinding.run(StepKind.FRESHNESS, base, build);
        Map<String, Object> rows = RunbookStepBinding.run(StepKind.FRESHNESS,
                new java.util.HashMap<>(Map.of("dir", "docs/runbooks", "noGit", true, "failOn", "never",
                        "unstableOn", "never", "details", true, "id", "nightly")), build);

        assertThat(counts).doesNotContainKeys("runbooks", "reviewPlan", "index", "findings")
                .containsEntry("id", "runbookFreshness-docs-runbooks").containsEntry("runbookCount", 1);
        assertThat(rows).containsKeys("runbooks", "reviewPlan", "index", "findings").containsEntry("id", "nightly");
        assertThatThrownBy(() -> RunbookStepBinding.run(StepKind.FRESHNESS, Map.of("id", "a b"), build))
                .hasMessageStartingWith("`a b` is not a valid `id`");
    }

    private static Set<String> setters(String file) throws IOException {
        String source = Files.readString(PLUGIN_SOURCES.resolve(file), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        Matcher m = SETTER.matcher(source);
        while (m.find()) {
            names.add(Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1));
        }
        return names;
    }
}
