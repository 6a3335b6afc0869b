package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.ReaderProblemCases;

/** {@code metadata/malformed}: front matter or a waiver comment the parser could not read. */
class MalformedMetadataTest {

    @Test
    void reportsTheParsersProblemsOfItsIdOnly() {
        ReaderProblemCases.assertReportsItsOwnProblemsOnly(new MalformedMetadata());
    }

    @Test
    void theLevelCanBeChanged() {
        ReaderProblemCases.assertLevelCanBeChanged(new MalformedMetadata());
    }

    @Test
    void aCleanReadIsNoFinding() {
        ReaderProblemCases.assertNothingWithoutProblems(new MalformedMetadata());
    }

    @Test
    void unclosedYamlInFrontMatterIsAnErrorAtItsLine() {
        Problem[] problems = parse("---\nid: RB-001\ntitle: [unclosed\n---\n# RB-001: Service Down\n");

        assertThat(Docs.run(new MalformedMetadata(), Docs.problems(Config.DEFAULT, problems)))
                .singleElement().satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.position().toString()).isEqualTo("incidents/RB-001.md:3");
                    assertThat(f.message()).startsWith("malformed front matter: ").contains("fix the YAML");
                });
    }

    @Test
    void frontMatterThatIsAListIsReportedAsNotAMapping() {
        Problem[] problems = parse("---\n- one\n- two\n---\n# Title\n");

        assertThat(Docs.run(new MalformedMetadata(), Docs.problems(Config.DEFAULT, problems)))
                .extracting(Finding::message).singleElement().asString()
                .startsWith("front matter is not a mapping: ");
    }

    private static Problem[] parse(String markdown) {
        return DocumentParser.parse("incidents/RB-001.md", DocumentKind.RUNBOOK,
                markdown.getBytes(StandardCharsets.UTF_8)).problems().toArray(Problem[]::new);
    }
}
