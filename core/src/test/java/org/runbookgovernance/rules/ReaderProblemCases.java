package org.runbookgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/**
 * What every rule that reports the readers' problems must do: each problem of its id becomes one finding at the
 * problem's position with the problem's message, problems of other ids are left alone, and the level is the
 * configured one.
 */
public final class ReaderProblemCases {

    private ReaderProblemCases() {
    }

    public static void assertReportsItsOwnProblemsOnly(Rule rule) {
        Problem mine = new Problem(rule.id(), new SourcePosition("docs/a.md", 3), "first: what went wrong.");
        Problem again = new Problem(rule.id(), SourcePosition.file("docs/b.md"), "second: what went wrong.");
        Problem other = new Problem("input/some-other-id", new SourcePosition("docs/a.md", 1), "not mine.");

        assertThat(Docs.run(rule, Docs.problems(Config.DEFAULT, other, again, mine)))
                .extracting(Finding::ruleId, Finding::position, Finding::message, Finding::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(rule.id(), new SourcePosition("docs/a.md", 3),
                                "first: what went wrong.", rule.defaultLevel()),
                        org.assertj.core.groups.Tuple.tuple(rule.id(), SourcePosition.file("docs/b.md"),
                                "second: what went wrong.", rule.defaultLevel()));
    }

    public static void assertLevelCanBeChanged(Rule rule) {
        Level other = rule.defaultLevel() == Level.ERROR ? Level.WARNING : Level.ERROR;
        Problem mine = new Problem(rule.id(), SourcePosition.file("x.md"), "what went wrong.");

        assertThat(Docs.run(rule, Docs.problems(Docs.config(rule.id(), Docs.level(other)), mine)))
                .extracting(Finding::level).containsExactly(other);
    }

    public static void assertNothingWithoutProblems(Rule rule) {
        assertThat(Docs.run(rule, Docs.problems(Config.DEFAULT))).isEmpty();
    }
}
