package org.runbookgovernance.rules.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.ReaderProblemCases;
import org.runbookgovernance.rules.Rule;

/** The {@code input/*} rules: one class, one instance per id, each reporting the readers' problems of its id. */
class InputRuleTest {

    static Stream<Rule> rules() {
        return InputRules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheReadersProblemsOfItsIdOnly(Rule rule) {
        ReaderProblemCases.assertReportsItsOwnProblemsOnly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theLevelCanBeChanged(Rule rule) {
        ReaderProblemCases.assertLevelCanBeChanged(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aCleanReadIsNoFinding(Rule rule) {
        ReaderProblemCases.assertNothingWithoutProblems(rule);
    }

    @Test
    void everyInputIdIsInTheInputGroup() {
        assertThat(rules().map(Rule::id)).containsExactly(ProblemIds.UNREADABLE, ProblemIds.BINARY,
                ProblemIds.ENCODING, ProblemIds.TOO_LARGE, ProblemIds.OUTSIDE_REPOSITORY, ProblemIds.MALFORMED_OWNERS)
                .allMatch(id -> id.startsWith("input/"));
    }

    @Test
    void aBinaryPageIsAWarningAtTheLineOfItsFirstNulByte() {
        Problem[] problems = parse("# Title\n\u0000\u0001\n");

        assertThat(Docs.run(rule(ProblemIds.BINARY), Docs.problems(Config.DEFAULT, problems))).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.WARNING);
                    assertThat(f.position().toString()).isEqualTo("incidents/RB-001.md:2");
                    assertThat(f.message()).startsWith("binary file skipped: `incidents/RB-001.md` contains NUL bytes");
                });
        assertThat(Docs.run(rule(ProblemIds.ENCODING), Docs.problems(Config.DEFAULT, problems))).isEmpty();
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByte() {
        byte[] bytes = "# Title\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        Problem[] problems = DocumentParser.parse("incidents/RB-001.md", DocumentKind.RUNBOOK, bytes).problems()
                .toArray(Problem[]::new);

        assertThat(Docs.run(rule(ProblemIds.ENCODING), Docs.problems(Config.DEFAULT, problems))).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.message()).contains("the byte 0xEF on line 2");
                });
    }

    private static Rule rule(String id) {
        return rules().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Problem[] parse(String markdown) {
        return DocumentParser.parse("incidents/RB-001.md", DocumentKind.RUNBOOK,
                markdown.getBytes(StandardCharsets.UTF_8)).problems().toArray(Problem[]::new);
    }
}
