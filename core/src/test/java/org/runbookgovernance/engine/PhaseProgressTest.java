package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;

/** The phases a check announces: git only when the request reads git. */
class PhaseProgressTest {

    @Test
    void aCheckWithoutGitAnnouncesNoGitPhase(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-SERVICE-DOWN.md"), "# RB-001: Service Down\n\n## Overview\nText.\n");
        CheckRequest request = CheckRequest.of(root, Config.DEFAULT, LocalDate.of(2026, 11, 26));

        assertThat(phases(request)).contains("scan", "parse", "rules").doesNotContain("git");
        assertThat(phases(request.withGit(true, Map.of(), Optional.empty(), Optional.empty(), false)))
                .contains("scan", "git", "rules");
    }

    @Test
    void anInventoryAloneAnnouncesItsPhasesAndNoRules(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-SERVICE-DOWN.md"), "# RB-001: Service Down\n\n## Overview\nText.\n");
        Files.writeString(root.resolve("RB-002-DISK-FULL.md"), "# RB-002: Disk Full\n\n## Overview\nText.\n");
        CheckRequest request = CheckRequest.of(root, Config.DEFAULT, LocalDate.of(2026, 11, 26));
        List<String> heard = new CopyOnWriteArrayList<>();

        Governance.standard().inventory(request, (phase, done, total) -> heard.add(phase + " " + done + "/" + total));

        assertThat(heard).contains("scan 0/0", "parse 2/2", "alerts 0/0").noneMatch(h -> h.startsWith("rules"));
        List<String> kept = new CopyOnWriteArrayList<>();
        Governance.standard().checkKeepingInventory(request, (phase, done, total) -> kept.add(phase));
        assertThat(kept).contains("scan", "parse", "rules", "report");
    }

    private static List<String> phases(CheckRequest request) {
        List<String> phases = new CopyOnWriteArrayList<>();
        Governance.standard().check(request, (phase, done, total) -> {
            if (!phases.contains(phase)) {
                phases.add(phase);
            }
        });
        return phases;
    }
}
