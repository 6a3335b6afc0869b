package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RunbookIdTest {

    @Test
    void anIdIsShownAsWrittenAndComparedWithoutCase() {
        RunbookId written = RunbookId.of("TargetDown");
        assertThat(written.value()).isEqualTo("TargetDown");
        assertThat(written).isEqualTo(RunbookId.of("TARGETDOWN")).hasSameHashCodeAs(RunbookId.of("targetdown"));
        assertThat(written.compareTo(RunbookId.of("targetdown"))).isZero();
        assertThat(new TreeSet<>(List.of(RunbookId.of("b"), RunbookId.of("A"), RunbookId.of("B"))))
                .extracting(RunbookId::value).containsExactly("A", "b");
    }

    @Test
    void anRbLikeTokenFoundInTextIsUpperCasedAsTeamsWriteIt() {
        assertThat(RunbookId.findIn("see rb-007 first")).map(RunbookId::value).contains("RB-007");
        assertThat(RunbookId.findAllIn("runbook/rb-001-and-RB-002")).extracting(RunbookId::value)
                .containsExactly("RB-001", "RB-002");
    }

    @Test
    void aRunbookThatStatesNoIdIsKnownByItsFileNameWithoutTheExtension() {
        assertThat(id("alerts/cluster-monitoring-operator/TargetDown.md", Optional.of("TargetDown"), List.of()))
                .isEqualTo("TargetDown");
        assertThat(id("docs/runbooks/CDIOperatorDown.md", Optional.empty(), List.of())).isEqualTo("CDIOperatorDown");
        assertThat(id("content/_index.md", Optional.empty(), List.of())).as("a section page is its folder")
                .isEqualTo("content");
        assertThat(id("docs/patroni/README.md", Optional.empty(), List.of())).as("a folder's README is its folder")
                .isEqualTo("patroni");
        assertThat(id("README.md", Optional.empty(), List.of())).as("a README with no folder keeps its name")
                .isEqualTo("README");
        assertThat(id("x/ .md", Optional.empty(), List.of())).isEqualTo(" .md".strip());
    }

    @Test
    void anIdFieldWithoutAnRbLikeTokenIsTheIdAsWritten() {
        MetadataEntry field = new MetadataEntry("id", "ID", "target-down", "", List.of("target-down"),
                MetadataSource.FRONT_MATTER, 2);
        assertThat(id("alerts/TargetDown.md", Optional.empty(), List.of(field))).isEqualTo("target-down");
        MetadataEntry rb = new MetadataEntry("id", "ID", "rb-004 (legacy)", "", List.of("rb-004 (legacy)"),
                MetadataSource.FRONT_MATTER, 2);
        assertThat(id("alerts/TargetDown.md", Optional.empty(), List.of(rb))).isEqualTo("RB-004");
    }

    private static String id(String path, Optional<String> title, List<MetadataEntry> metadata) {
        Document doc = new Document(path, DocumentKind.RUNBOOK, title, title.isPresent() ? 1 : 0, metadata,
                List.of(), List.of(), List.of(), List.of(), List.of(), 3);
        return Runbook.from(doc).id().value();
    }
}
