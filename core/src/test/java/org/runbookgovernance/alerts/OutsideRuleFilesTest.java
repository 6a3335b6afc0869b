package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;

/**
 * Rule files in a sibling checkout: {@code tmp/runbooks} is the repository and the working directory,
 * {@code tmp/monitoring/rules} holds the alert rules, as teams keep them.
 */
class OutsideRuleFilesTest {

    private static final String RULE = "groups: [{name: g, rules: [{alert: %s, expr: up}]}]\n";

    @TempDir
    Path tmp;

    private Path runbooks;

    @BeforeEach
    void siblingCheckouts() throws IOException {
        runbooks = Files.createDirectories(tmp.resolve("runbooks"));
        write("runbooks/alerts/own.yml", RULE.formatted("Own"));
        write("monitoring/rules/targets.yaml", RULE.formatted("TargetDown"));
        write("monitoring/rules/queues/stuck.yaml", RULE.formatted("QueueStuck"));
        write("monitoring/rules/README.md", "# not a rule file\n");
    }

    @Test
    void aGlobStartingWithDotDotIsReadFromTheWorkingDirectoryAndShownAsWritten() {
        AlertLoad load = read(List.of("../monitoring/rules/**/*.yaml"), runbooks);

        assertThat(load.problems()).isEmpty();
        assertThat(load.alerts()).extracting(Alert::name, a -> a.position().path()).containsExactly(
                tuple("Own", "alerts/own.yml"),
                tuple("QueueStuck", "../monitoring/rules/queues/stuck.yaml"),
                tuple("TargetDown", "../monitoring/rules/targets.yaml"));
    }

    @Test
    void aPlainPathOutsideIsReadToo() {
        AlertLoad load = read(List.of("../monitoring/rules/queues/stuck.yaml"), runbooks);

        assertThat(load.alerts()).extracting(a -> a.position().path())
                .containsExactly("alerts/own.yml", "../monitoring/rules/queues/stuck.yaml");
    }

    @Test
    void anAbsoluteGlobIsShownAsTheAbsolutePathItWasGivenAs() {
        String absolute = tmp.resolve("monitoring/rules").toString() + "/*.yaml";

        AlertLoad load = read(List.of(absolute), runbooks);

        assertThat(load.alerts()).extracting(a -> a.position().path())
                .containsExactly("alerts/own.yml", tmp.resolve("monitoring/rules/targets.yaml").toString());
    }

    @Test
    void dotDotIsRelativeToTheWorkingDirectoryNotToTheRepository() {
        AlertLoad load = read(List.of("../monitoring/rules/*.yaml"), tmp.resolve("runbooks/alerts"));

        assertThat(load.alerts()).extracting(Alert::name).containsExactly("Own");
        assertThat(load.problems()).extracting(Problem::ruleId).containsExactly(ProblemIds.RULE_FILES_NOT_FOUND);
    }

    @Test
    void aNamedGlobThatMatchesNothingIsOneProblemNamingItAndWhereItWasNamed() {
        AlertLoad load = read(List.of("../monitoring/rule/*.yaml", "alerts/missing.yml", "alerts/**/*.yml"), runbooks);

        assertThat(load.problems()).extracting(Problem::ruleId, p -> p.position().path(), Problem::message)
                .containsExactly(
                        tuple(ProblemIds.RULE_FILES_NOT_FOUND, ".", "rule files not found: `../monitoring/rule/*.yaml`"
                                + " in --rules matches no file (`../` is relative to the working directory, `"
                                + runbooks + "`); correct the path, or remove it from --rules."),
                        tuple(ProblemIds.RULE_FILES_NOT_FOUND, ".", "rule files not found: `alerts/missing.yml` in"
                                + " --rules matches no file in the repository; correct the path, or remove it from"
                                + " --rules."));
    }

    @Test
    void theDefaultGlobsMatchingNothingIsNoProblem() throws IOException {
        Files.delete(runbooks.resolve("alerts/own.yml"));

        AlertLoad load = AlertCollector.startReadingRuleFiles(runbooks, AlertSettings.DEFAULT, List.of(),
                RuleFileSources.none(runbooks)).join();

        assertThat(load.alerts()).isEmpty();
        assertThat(load.problems()).isEmpty();
    }

    @Test
    void aGlobThatClimbsOutWithoutStartingWithDotDotStaysContained() {
        AlertLoad load = read(List.of("alerts/../../monitoring/rules/*.yaml"), runbooks);

        assertThat(load.alerts()).extracting(Alert::name).containsExactly("Own");
        assertThat(load.problems()).extracting(Problem::ruleId).containsExactly(ProblemIds.RULE_FILES_NOT_FOUND);
    }

    /** The default globs plus {@code named}, named in {@code --rules}, as the engine asks for them. */
    private AlertLoad read(List<String> named, Path workingDirectory) {
        List<String> globs = new java.util.ArrayList<>(AlertSettings.DEFAULT_RULE_GLOBS);
        named.stream().filter(g -> !globs.contains(g)).forEach(globs::add);
        AlertSettings settings = new AlertSettings(globs, Map.of(), AlertSettings.DEFAULT_ANNOTATIONS, List.of(),
                Map.of(), true);
        Map<String, String> namedIn = new java.util.LinkedHashMap<>();
        named.forEach(g -> namedIn.put(g, "--rules"));
        return AlertCollector.startReadingRuleFiles(runbooks, settings, List.of(),
                new RuleFileSources(workingDirectory, namedIn)).join();
    }

    private void write(String path, String text) throws IOException {
        Path file = tmp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
