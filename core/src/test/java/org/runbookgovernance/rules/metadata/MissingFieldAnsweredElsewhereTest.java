package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;

/**
 * A repository whose runbooks write no severity and take it from the alerts that route to them: the ones no
 * alert reaches are one finding for the repository, not an error each asking for a label line nobody writes.
 */
class MissingFieldAnsweredElsewhereTest {

    private static List<String> severityFindings(Path root) {
        return Governance.standard().check(CheckRequest.of(root, Config.DEFAULT, LocalDate.of(2026, 11, 26)))
                .findings().stream()
                .filter(f -> f.ruleId().equals(MissingField.ID) && f.message().contains("`severity`"))
                .map(f -> f.position().path() + " " + f.message()).toList();
    }

    private static void page(Path root, String name) throws IOException {
        Files.createDirectories(root.resolve("docs/runbooks"));
        Files.writeString(root.resolve("docs/runbooks/" + name + ".md"), "# " + name + "\n\n## Meaning\n\nText.\n");
    }

    private static void alerts(Path root, String... routed) throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n- name: g\n  rules:\n");
        for (String name : routed) {
            rules.append("  - alert: ").append(name).append("\n    expr: up == 0\n    labels: {severity: critical}\n")
                    .append("    annotations: {runbook_url: ../docs/runbooks/").append(name).append(".md}\n");
        }
        Files.createDirectories(root.resolve("alerts"));
        Files.writeString(root.resolve("alerts/rules.yaml"), rules.toString());
    }

    @Test
    void runbooksNoAlertReachesAreNamedInOneFinding(@TempDir Path root) throws IOException {
        for (String name : List.of("DiskFull", "NodeDown", "DnsSlow", "CacheCold", "QueueStuck")) {
            page(root, name);
        }
        alerts(root, "DiskFull", "NodeDown");

        assertThat(severityFindings(root)).containsExactly(". missing field everywhere: no runbook writes `severity`,"
                + " and 3 of the 5 runbooks get it nowhere else (the others take it from the alerts that route to them):"
                + " `CacheCold`, `DnsSlow`, `QueueStuck`; add it to those (for example `P2`), or leave it out of"
                + " `rules: {metadata/missing-field: {fields: [...]}}`.");
    }

    @Test
    void whenEveryRunbookTakesItFromItsAlertsNothingIsMissing(@TempDir Path root) throws IOException {
        page(root, "DiskFull");
        page(root, "NodeDown");
        alerts(root, "DiskFull", "NodeDown");

        assertThat(severityFindings(root)).isEmpty();
    }

    @Test
    void onceOneRunbookWritesItTheOthersAreAskedEachOnItsOwn(@TempDir Path root) throws IOException {
        page(root, "DiskFull");
        page(root, "NodeDown");
        Files.writeString(root.resolve("docs/runbooks/DnsSlow.md"), "# DnsSlow\n\n**Severity:** P2\n\n## Meaning\n\nText.\n");
        alerts(root, "DiskFull");

        assertThat(severityFindings(root)).singleElement().asString()
                .startsWith("docs/runbooks/NodeDown.md missing field: `NodeDown` has no `severity`");
    }

    @Test
    void aLoneRunbookNoAlertReachesKeepsItsFindingOnItsFile(@TempDir Path root) throws IOException {
        page(root, "DiskFull");
        page(root, "NodeDown");
        page(root, "DnsSlow");
        alerts(root, "DiskFull", "NodeDown");

        assertThat(severityFindings(root)).singleElement().asString()
                .startsWith("docs/runbooks/DnsSlow.md missing field: `DnsSlow` has no `severity`");
    }
}
