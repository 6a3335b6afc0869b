package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.index.IndexFixtures.doc;
import static org.runbookgovernance.index.IndexFixtures.inventory;
import static org.runbookgovernance.index.IndexFixtures.runbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.SourcePosition;

class IndexGeneratorTest {

    private static final Inventory TWO_CATEGORIES = inventory(List.of(
            runbook("RB-010", "RB-010-MEM.md", "title=Memory Leak", "severity=P1-P2", "category=Infra",
                    "description=Memory grows", "alerts=PodMemoryHigh;OOMKilled"),
            runbook("RB-2", "RB-2-ERR.md", "title=Errors", "severity=P1", "category=Availability",
                    "short_title=Err", "symptoms=Lots of errors"),
            runbook("RB-012", "RB-012-CERT.md", "title=Certs", "severity=P0", "category=Infra",
                    "alerts=CertificateExpiringSoon", "symptoms=Cert errors / SSL errors")));

    @Test
    void categoriesAreOrderedByTheirLowestIdAndHeadedByTheUnionOfSeverities() {
        RunbookIndex index = IndexGenerator.generate(TWO_CATEGORIES, IndexSettings.DEFAULT);

        assertThat(index.categories()).extracting(RunbookIndex.Category::title)
                .containsExactly("Availability (P1)", "Infra (P0-P2)");
        assertThat(index.categories().get(1).runbooks()).extracting(r -> r.id().value())
                .containsExactly("RB-010", "RB-012");
        assertThat(index.regions().get("directory")).contains("#### Infra (P0-P2)\n\n| ID | Title | Severity | "
                + "Description |\n|----|-------|----------|-------------|\n| [RB-010](./incidents/RB-010-MEM.md) | "
                + "Memory Leak | P1-P2 | Memory grows |\n| [RB-012](./incidents/RB-012-CERT.md) | Certs | P0 |  |\n");
    }

    @Test
    void runbooksWithoutACategoryAreGroupedByTheirFolderWhenThereAreSeveral() {
        RunbookIndex byFolder = IndexGenerator.generate(inventory(List.of(
                doc("alerts/storage/KubePersistentVolumeErrors.md", DocumentKind.RUNBOOK, "KubePersistentVolumeErrors"),
                doc("alerts/cluster-monitoring/TargetDown.md", DocumentKind.RUNBOOK, "TargetDown"),
                doc("alerts/storage/KubePersistentVolumeFillingUp.md", DocumentKind.RUNBOOK, "KubePersistentVolumeFillingUp"))),
                IndexSettings.DEFAULT);
        assertThat(byFolder.categories()).extracting(RunbookIndex.Category::name)
                .containsExactlyInAnyOrder("storage", "cluster-monitoring");

        RunbookIndex oneFolder = IndexGenerator.generate(inventory(List.of(
                doc("docs/runbooks/CDIOperatorDown.md", DocumentKind.RUNBOOK, "CDIOperatorDown"),
                doc("docs/runbooks/VirtApiDown.md", DocumentKind.RUNBOOK, "VirtApiDown"))), IndexSettings.DEFAULT);
        assertThat(oneFolder.categories()).extracting(RunbookIndex.Category::name)
                .containsExactly(IndexGenerator.UNCATEGORISED);
    }

    @Test
    void configuredTitlesAndSymptomOrderWin() {
        IndexSettings settings = IndexSettings.from(IndexFixtures.withIndex(Map.of(
                "categories", Map.of("Infra", Map.of("title", "Infrastructure (P1-P2)")),
                "symptom_order", List.of("RB-012"))));

        RunbookIndex index = IndexGenerator.generate(TWO_CATEGORIES, settings);

        assertThat(index.categories().get(1).title()).isEqualTo("Infrastructure (P1-P2)");
        assertThat(index.regions().get("by-symptom")).isEqualTo("""

                **"Cert errors / SSL errors"**
                → [RB-012: Certs](./incidents/RB-012-CERT.md)

                **"Lots of errors"**
                → [RB-2: Err](./incidents/RB-2-ERR.md)

                """);
    }

    @Test
    void alertRowsListDeclaredAlertsFirstThenOthersSorted() {
        Alert fromRules = new Alert("MemoryPressure", Optional.of("warning"),
                Optional.of("../incidents/RB-010-MEM.md"), new SourcePosition("alerts/r.yml", 3),
                AlertOrigin.RULE_FILE, Map.of());
        Alert fromTable = new Alert("OnlyInTheTable", Optional.empty(), Optional.of("RB-012"),
                new SourcePosition("README.md", 9), AlertOrigin.INDEX_TABLE, Map.of());
        Inventory inv = inventory(org.runbookgovernance.config.Config.DEFAULT, TWO_CATEGORIES.documents(),
                List.of(fromRules, fromTable));

        RunbookIndex index = IndexGenerator.generate(inv, IndexSettings.DEFAULT);

        assertThat(index.regions().get("by-alert")).isEqualTo("""

                | Alert | Runbook |
                |-------|---------|
                | `PodMemoryHigh` / `OOMKilled` / `MemoryPressure` | [RB-010](./incidents/RB-010-MEM.md) |
                | `CertificateExpiringSoon` | [RB-012](./incidents/RB-012-CERT.md) |

                """);
        assertThat(index.alertRunbooks()).containsOnlyKeys("CertificateExpiringSoon", "MemoryPressure", "OOMKilled",
                "PodMemoryHigh");
        assertThat(index.runbooksWithoutAlert()).extracting(r -> r.id().value()).containsExactly("RB-2");
    }

    @Test
    void aLabelLineSymptomIsOneSymptomEvenWithASlash() {
        var d = doc("incidents/RB-001-X.md", DocumentKind.RUNBOOK, "RB-001: X", List.of(), MetadataSource.LABEL_LINE,
                "id=RB-001", "symptoms=Pods keep restarting / OOMKilled");

        assertThat(IndexGenerator.symptomsOf(d)).containsExactly("Pods keep restarting / OOMKilled");
    }

    @Test
    void templatesAndGuidesComeFromTheirOwnMetadataInConfiguredOrder() {
        Inventory inv = inventory(List.of(
                doc("INCIDENT_RESPONSE_FRAMEWORK.md", DocumentKind.GUIDE, "Framework - Long",
                        "short_title=Incident Response Framework", "description=Process", "when_to_use=Always"),
                doc("quick-reference/ON_CALL_GUIDE.md", DocumentKind.GUIDE, "On-Call Quick Reference Guide",
                        "purpose=Quick reference", "audience=On-call engineers, new team members"),
                doc("templates/A.md", DocumentKind.TEMPLATE, "A", "purpose=First by path"),
                doc("templates/B.md", DocumentKind.TEMPLATE, "B", "purpose=First by config")));
        IndexSettings settings = IndexSettings.from(IndexFixtures.withIndex(Map.of(
                "sections", Map.of("templates", List.of("templates/B.md", "**")))));

        RunbookIndex index = IndexGenerator.generate(inv, settings);

        assertThat(index.coreFramework()).extracting(RunbookIndex.DocumentRow::title)
                .containsExactly("Incident Response Framework");
        assertThat(index.guides()).extracting(RunbookIndex.DocumentRow::title)
                .containsExactly("On-Call Quick Reference Guide");
        assertThat(index.templates()).extracting(RunbookIndex.DocumentRow::path)
                .containsExactly("templates/B.md", "templates/A.md");
        assertThat(index.regions().get("directory")).contains("| Guide | Purpose | Audience |\n"
                + "|-------|---------|----------|\n| [On-Call Quick Reference Guide](./quick-reference/ON_CALL_GUIDE.md) "
                + "| Quick reference | On-call engineers, new team members |\n");
    }

    @Test
    void linksAreRelativeToTheIndexFolderAndHostileTextCannotBreakTheTable() {
        Inventory inv = inventory(List.of(runbook("RB-001", "RB-001 DOWN.md",
                "title=<img src=x onerror=alert(1)> | pipe", "category=A [b]", "severity=P0")));

        RunbookIndex index = IndexGenerator.generate(inv, IndexSettings.DEFAULT, "docs/INDEX.md");

        assertThat(index.regions().get("directory"))
                .contains("| [RB-001](../incidents/RB-001%20DOWN.md) | &lt;img src=x onerror=alert(1)> \\| pipe | P0 |")
                .doesNotContain("<img");
    }
}
