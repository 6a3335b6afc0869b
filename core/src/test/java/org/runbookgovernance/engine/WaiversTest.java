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
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.report.Finding;

/**
 * Waivers written in a runbook and in the config, through a whole check: what each hides, what it leaves, and
 * that an expired one hides nothing and is itself reported where it is written.
 */
class WaiversTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Dated, owned and with every default section but Impact: one structure finding, nothing else. */
    private static String runbook(String id, String title, String waiverLine) {
        return "# " + id + ": " + title + "\n\n**Owner**: dba\n**Severity**: P2\n**Last Updated**: 2026-11-01\n"
                + "**Last Review**: 2026-11-01\n**Next Review**: 2027-02-01\n\n" + waiverLine
                + "## Symptoms\nSlow.\n\n## Diagnosis\nLook.\n\n## Mitigation\nFix.\n";
    }

    private static List<String> check(Path root) {
        Config config = Files.exists(root.resolve(Config.FILE_NAME)) ? ConfigLoader.load(root, null) : Config.DEFAULT;
        List<Finding> findings = Governance.standard().check(CheckRequest.of(root, config, TODAY))
                .findings();
        return findings.stream().map(f -> f.position().path() + ":" + f.position().line() + " " + f.ruleId())
                .toList();
    }

    @Test
    void withoutWaiversEachRunbookHasItsOneFinding(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), runbook("RB-001", "Database Down", ""));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full", ""));

        assertThat(check(root)).containsExactlyInAnyOrder("RB-001-db.md:1 structure/required-section",
                "RB-002-disk.md:1 structure/required-section");
    }

    @Test
    void aWaiverInARunbookHidesThatRuleThereAndNowhereElse(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), runbook("RB-001", "Database Down",
                "<!-- runbook-governance: ignore structure/required-section until 2026-12-31 rewrite under way -->\n\n"));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full", ""));

        assertThat(check(root)).containsExactly("RB-002-disk.md:1 structure/required-section");
    }

    @Test
    void aGroupWaiverAndAStarWaiverCoverEveryRuleTheyName(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), runbook("RB-001", "Database Down",
                "<!-- runbook-governance: ignore structure/* -->\n\n"));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full",
                "<!-- runbook-governance: ignore * -->\n\n"));
        Files.writeString(root.resolve("RB-003-dns.md"), runbook("RB-003", "DNS",
                "<!-- runbook-governance: ignore links/* -->\n\n"));

        assertThat(check(root)).containsExactly("RB-003-dns.md:1 structure/required-section");
    }

    @Test
    void aWaiverEndingTodayStillHoldsAndOneThatEndedYesterdayHidesNothingAndIsReported(@TempDir Path root)
            throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), runbook("RB-001", "Database Down",
                "<!-- runbook-governance: ignore structure/required-section until 2026-11-26 last day -->\n\n"));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full",
                "<!-- runbook-governance: ignore structure/required-section until 2026-11-25 ended -->\n\n"));

        assertThat(check(root)).containsExactlyInAnyOrder("RB-002-disk.md:1 structure/required-section",
                "RB-002-disk.md:9 governance/expired-waiver");
    }

    @Test
    void aConfigWaiverHidesOnlyThePathsItNamesAndEachExpiredEntryIsReportedAtItsOwnLine(@TempDir Path root)
            throws IOException {
        Files.createDirectories(root.resolve("legacy"));
        Files.writeString(root.resolve("legacy/RB-001-db.md"), runbook("RB-001", "Database Down", ""));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full", ""));
        Files.writeString(root.resolve(Config.FILE_NAME), """
                ignore:
                  - {rule: structure/required-section, paths: ["legacy/**"], until: 2027-01-31, reason: migration}
                  - {rule: structure/required-section, paths: ["RB-002-*.md"], until: 2026-01-31, reason: ended}
                  - rule: structure/*
                    paths: [nowhere/**]
                    until: 2026-02-28
                """);

        assertThat(check(root)).containsExactlyInAnyOrder("RB-002-disk.md:1 structure/required-section",
                ".runbook-governance.yml:3 governance/expired-waiver",
                ".runbook-governance.yml:4 governance/expired-waiver");
    }

    @Test
    void aConfigWaiverWithoutPathsCoversEveryFile(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("RB-001-db.md"), runbook("RB-001", "Database Down", ""));
        Files.writeString(root.resolve("RB-002-disk.md"), runbook("RB-002", "Disk Full", ""));
        Files.writeString(root.resolve(Config.FILE_NAME), "ignore:\n  - {rule: structure/required-section, reason: x}\n");

        assertThat(check(root)).isEmpty();
    }
}
