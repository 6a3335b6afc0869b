package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof the issue asks for: the seed's tables come back byte for byte from runbook metadata alone. */
class SampleIndexTest {

    @Test
    void regeneratingTheSampleReadmeLeavesItByteIdentical() {
        String readme = IndexFile.read(SampleRepository.ROOT.resolve("README.md"), "README.md");
        RunbookIndex index = IndexGenerator.generate(SampleRepository.inventory(SampleRepository.ROOT),
                IndexSettings.from(SampleRepository.config(SampleRepository.ROOT)));

        String written = IndexMarkers.apply(readme, index.regions(), "README.md");

        assertThat(IndexDrift.unifiedDiff("README.md", readme, written)).isEmpty();
        assertThat(written).isEqualTo(readme);
        assertThat(IndexMarkers.find(readme, "README.md")).containsOnlyKeys("directory", "by-symptom", "by-alert");
    }

    @Test
    void aRunbookAddedWithoutRegeneratingShowsInTheDiffByName(@TempDir Path temp) throws IOException {
        Path root = SampleRepository.copy(temp.resolve("runbooks"));
        Files.writeString(root.resolve("incidents/RB-013-QUEUE-BACKLOG.md"), """
                ---
                id: RB-013
                title: Kafka Consumer Backlog
                severity: P2
                owner: platform-sre
                category: Performance Issues
                description: Consumer lag growing, events processed late
                alerts: [KafkaConsumerLag]
                symptoms: [Events arrive late]
                last_review: 2026-11-01
                ---
                # RB-013: Kafka Consumer Backlog
                """);
        String readme = IndexFile.read(root.resolve("README.md"), "README.md");
        RunbookIndex index = IndexGenerator.generate(SampleRepository.inventory(root),
                IndexSettings.from(SampleRepository.config(SampleRepository.ROOT)));

        String diff = IndexDrift.unifiedDiff("README.md", readme,
                IndexMarkers.apply(readme, index.regions(), "README.md")).orElseThrow();

        assertThat(diff).startsWith("--- a/README.md\n+++ b/README.md\n")
                .contains("+| [RB-013](./incidents/RB-013-QUEUE-BACKLOG.md) | Kafka Consumer Backlog | P2 |")
                .contains("+| `KafkaConsumerLag` | [RB-013](./incidents/RB-013-QUEUE-BACKLOG.md) |")
                .contains("+→ [RB-013: Kafka Consumer Backlog](./incidents/RB-013-QUEUE-BACKLOG.md)")
                .doesNotContain("-#### Performance Issues"); // P2 is inside P1-P2: the heading stays
    }
}
