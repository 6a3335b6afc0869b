package org.runbookgovernance.rules.index;

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
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.ReaderProblemCases;

/** {@code index/malformed-markers}: an index whose generated-region markers cannot be read. */
class MalformedMarkersTest {

    private static final String RUNBOOK = "# RB-001: Database Down\n\n**Owner**: dba\n";

    @TempDir
    Path root;

    @Test
    void reportsTheEnginesProblemsOfItsIdOnly() {
        ReaderProblemCases.assertReportsItsOwnProblemsOnly(new MalformedMarkers());
    }

    @Test
    void theLevelCanBeChanged() {
        ReaderProblemCases.assertLevelCanBeChanged(new MalformedMarkers());
    }

    @Test
    void readableMarkersAreNoFinding() {
        ReaderProblemCases.assertNothingWithoutProblems(new MalformedMarkers());
    }

    @Test
    void aRegionThatNeverEndsIsAnErrorAtItsBeginMarker() throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), RUNBOOK);
        Files.writeString(root.resolve("README.md"), "# Runbooks\n\n<!-- runbook-governance:begin directory -->\n"
                + "| [RB-001](RB-001-db.md) | Database Down |\n");

        assertThat(markerFindings()).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.position().toString()).isEqualTo("README.md:3");
            assertThat(f.message()).startsWith("index region `directory`");
        });
    }

    @Test
    void anEndWithoutABeginIsAnErrorAtTheEndMarker() throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), RUNBOOK);
        Files.writeString(root.resolve("README.md"), "# Runbooks\n\n| [RB-001](RB-001-db.md) | Database Down |\n"
                + "<!-- runbook-governance:end directory -->\n");

        assertThat(markerFindings()).singleElement().satisfies(f -> {
            assertThat(f.position().toString()).isEqualTo("README.md:4");
            assertThat(f.message()).startsWith("index region `directory` ends but never began; add ");
        });
    }

    @Test
    void anIndexWithoutMarkersIsNoFinding() throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), RUNBOOK);
        Files.writeString(root.resolve("README.md"), "# Runbooks\n\n| [RB-001](RB-001-db.md) | Database Down |\n");

        assertThat(markerFindings()).isEmpty();
    }

    private List<Finding> markerFindings() {
        return Governance.standard().check(CheckRequest.of(root, Config.DEFAULT, Docs.TODAY)).findings().stream()
                .filter(f -> f.ruleId().equals(MalformedMarkers.ID)).toList();
    }
}
