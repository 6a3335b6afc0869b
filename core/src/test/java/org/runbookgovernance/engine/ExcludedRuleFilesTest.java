package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;

/** What {@code documents.exclude} or {@code --exclude} leaves out is left out entirely: rule files too. */
class ExcludedRuleFilesTest {

    @Test
    void anExcludedRuleFileIsNeitherReadNorReported(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-SERVICE-DOWN.md"), "# RB-001: Service Down\n\n## Overview\nText.\n");
        Files.createDirectories(root.resolve("alerts/drafts"));
        Files.writeString(root.resolve("alerts/live.yml"), "groups: [{name: g, rules: [{alert: Live, expr: up}]}]\n");
        Files.writeString(root.resolve("alerts/drafts/wip.yml"), "groups: [unclosed\n");
        Config excluding = Config.DEFAULT.withDocuments(
                Config.DEFAULT.documents().withOverrides(List.of(), List.of("alerts/drafts/**")));

        Checked all = Governance.standard().checkKeepingInventory(CheckRequest.of(root, Config.DEFAULT, LocalDate.of(2026, 11, 26)));
        Checked some = Governance.standard().checkKeepingInventory(CheckRequest.of(root, excluding, LocalDate.of(2026, 11, 26)));

        assertThat(all.inventory().alerts()).extracting(Alert::name).containsExactly("Live");
        assertThat(all.report().findings()).anyMatch(f -> f.position().path().equals("alerts/drafts/wip.yml"));
        assertThat(some.inventory().alerts()).extracting(Alert::name).containsExactly("Live");
        assertThat(some.report().findings()).noneMatch(f -> f.position().path().startsWith("alerts/drafts/"));
    }
}
