package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The in-process CLI tests' one-runbook repository: RB-001, due for review on 2026-11-01, so overdue on 2026-11-26. */
final class OverdueRunbook {

    private OverdueRunbook() {
    }

    /** Writes the repository under {@code tmp/repo} and returns that folder. */
    static Path write(Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("incidents"));
        Files.writeString(repo.resolve("incidents/RB-001-SERVICE-DOWN.md"), """
                # RB-001: Service Completely Down

                **ID:** RB-001
                **Severity:** P1
                **Owner:** platform-sre
                **Last Updated:** 2026-08-01
                **Last Review:** 2026-08-01
                **Next Review:** 2026-11-01
                """);
        return repo;
    }
}
