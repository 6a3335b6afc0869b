package org.runbookgovernance.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;

/**
 * {@code governance/rule-failed}: the one finding that stands for a rule that threw. (That every standard rule
 * survives random inventories, and a thrower anywhere costs only its own findings: {@code EveryRuleSurvivesTest}.)
 */
class RuleFailedTest {

    @Test
    void theInventoryAloneGivesNoFinding() {
        var doc = Docs.runbook("RB-001-db.md").h1("RB-001: Database Down").build();

        assertThat(Docs.run(new RuleFailed(), Docs.inventory(doc))).isEmpty();
    }

    @Test
    void theFindingNamesTheRuleTheExceptionAndWhereItWasThrown() {
        Finding f = RuleFailed.finding("links/broken", thrownHere(new IllegalStateException("no anchor")));

        assertThat(f.ruleId()).isEqualTo(RuleFailed.ID);
        assertThat(f.level()).isEqualTo(Level.ERROR);
        assertThat(f.position()).isEqualTo(SourcePosition.file("."));
        assertThat(f.runbook()).isEmpty();
        assertThat(f.message()).startsWith("rule failed: `links/broken` threw IllegalStateException (no anchor) at "
                        + "RuleFailedTest.thrownHere(RuleFailedTest.java:")
                .endsWith("; its findings are missing from this report (every other rule's are here); please report "
                        + "this as a bug, and disable the rule with `rules: {links/broken: off}` until it is fixed.");
    }

    @Test
    void aLongOrMultiLineExceptionMessageIsCutToOneReadableLine() {
        String described = RuleFailed.describe(new IllegalArgumentException("first line\n   second line\n"
                + "x".repeat(400)));

        assertThat(described).startsWith("IllegalArgumentException (first line second line xxx").contains("…)")
                .doesNotContain("\n");
        assertThat(described.substring(described.indexOf('(') + 1, described.indexOf('…'))).hasSize(300);
    }

    @Test
    void anExceptionWithoutAMessageOrOurFrameIsJustItsName() {
        NullPointerException bare = new NullPointerException();
        bare.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.Objects", "requireNonNull",
                "Objects.java", 209)});

        assertThat(RuleFailed.describe(bare)).isEqualTo("NullPointerException");
    }

    @Test
    void runtimeExceptionsAndErrorsOtherThanTheJvmsAreSurvivable() {
        assertThat(RuleFailed.survivable(new IllegalStateException())).isTrue();
        assertThat(RuleFailed.survivable(new StackOverflowError())).isTrue();
        assertThat(RuleFailed.survivable(new AssertionError("x"))).isTrue();
        assertThat(RuleFailed.survivable(new OutOfMemoryError())).isFalse();
        assertThat(RuleFailed.survivable(new InternalError())).isFalse();
        assertThat(RuleFailed.survivable(new IOException())).isFalse();
    }

    @Test
    void theEngineReportsAThrowingRuleInItsPlace(@TempDir Path root) throws IOException {
        Rule throwing = new Rule() {
            @Override
            public String id() {
                return "test/throws";
            }

            @Override
            public Level defaultLevel() {
                return Level.WARNING;
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public void check(Inventory inventory, Findings findings) {
                throw new IllegalStateException("broken on purpose");
            }
        };
        Files.writeString(root.resolve("RB-001-db.md"), "# RB-001: Database Down\n\n**Owner**: dba\n");

        List<Finding> found = new Governance(RuleRegistry.of(List.of(throwing, new RuleFailed())))
                .check(CheckRequest.of(root, Config.DEFAULT, Docs.TODAY)).findings();

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(RuleFailed.ID);
            assertThat(f.message()).startsWith("rule failed: `test/throws` threw IllegalStateException (broken on "
                    + "purpose) at RuleFailedTest$1.check(RuleFailedTest.java:");
        });
    }

    private static RuntimeException thrownHere(RuntimeException e) {
        e.setStackTrace(new Throwable().getStackTrace());
        return e;
    }
}
