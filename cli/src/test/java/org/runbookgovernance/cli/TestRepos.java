package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small runbook repositories that in-process CLI tests check. */
final class TestRepos {

    private TestRepos() {
    }

    /** {@code dir/incidents/RB-001-SERVICE-DOWN.md}: overdue on 2026-11-26, with a link to a missing runbook. */
    static Path overdueWithABrokenLink(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("incidents"));
        Files.writeString(dir.resolve("incidents/RB-001-SERVICE-DOWN.md"), """
                # RB-001: Service Completely Down

                **ID:** RB-001
                **Severity:** P1
                **Last Updated:** 2026-08-01
                **Last Review:** 2026-08-01
                **Next Review:** 2026-11-01

                See [RB-404](RB-404-MISSING.md).
                """);
        return dir;
    }
}
