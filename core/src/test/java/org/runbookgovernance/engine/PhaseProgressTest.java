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
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;

/** The phases a check announces (git only when the request reads git), and the rules it times. */
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

    @Test
    void everyRuleThatRunsIsTimedOnceAndARuleTurnedOffIsNot(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-SERVICE-DOWN.md"), "# RB-001: Service Down\n\n## Overview\nText.\n");
        Config config = ConfigLoader.parse("rules:\n  links/broken: off\n  freshness/overdue: off\n", "test.yml");
        CheckRequest request = CheckRequest.of(root, config, LocalDate.of(2026, 11, 26));
        List<String> timed = new CopyOnWriteArrayList<>();
        List<Long> nanos = new CopyOnWriteArrayList<>();

        Governance.standard().check(request, new ProgressListener() {
            @Override
            public void update(String phase, int done, int total) {
            }

            @Override
            public void ruleFinished(String ruleId, long took) {
                timed.add(ruleId);
                nanos.add(took);
            }
        });

        List<String> expected = RuleRegistry.standard().rules().stream().map(Rule::id)
                .filter(id -> !id.equals("links/broken") && !id.equals("freshness/overdue")).toList();
        assertThat(timed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(nanos).allMatch(took -> took >= 0);
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
