package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small runbook repositories written into a temporary workspace. */
final class Workspaces {

    private Workspaces() {
    }

    static void write(Path workspace, String relative, String text) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One fresh runbook and one a year overdue on 2026-03-01 (freshness/overdue is an error by default). */
    static void twoRunbooks(Path workspace) throws IOException {
        write(workspace, "runbooks/RB-001-service-down.md",
                runbook("RB-001", "Service Down", "2026-02-01", "2026-05-01"));
        write(workspace, "runbooks/RB-002-disk-full.md",
                runbook("RB-002", "Disk Full", "2024-01-01", "2025-01-01"));
    }

    /** A runbook with front matter, reviewed on {@code lastReview} and due on {@code nextReview}. */
    static String runbook(String id, String title, String lastReview, String nextReview) {
        return """
                ---
                id: %s
                title: %s
                owner: team-sre
                severity: P2
                last_updated: %s
                last_review: %s
                next_review: %s
                ---
                # %s: %s

                ## Symptoms

                Something is down.

                ## Resolution

                Restart it.
                """.formatted(id, title, lastReview, lastReview, nextReview, id, title);
    }
}
