package org.runbookgovernance.git;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangeSet;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataSource;

/**
 * Inventories for rule tests, without the parser: documents whose metadata sits on the lines
 * {@link RunbookText#runbook} writes (id 2, title 3, severity 4, last_updated 5, last_review 6, H1 8).
 */
public final class InventoryFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private InventoryFixture() {
    }

    public static Document runbook(String path, String id, String title, String lastUpdated, String lastReview) {
        List<MetadataEntry> meta = new ArrayList<>();
        meta.add(entry("id", id, 2));
        meta.add(entry("title", title, 3));
        meta.add(entry("severity", "P1", 4));
        if (lastUpdated != null) {
            meta.add(entry("last_updated", lastUpdated, 5));
        }
        if (lastReview != null) {
            meta.add(entry("last_review", lastReview, 6));
        }
        return new Document(path, DocumentKind.RUNBOOK, Optional.of(id + ": " + title), 8, meta, List.of(), List.of(),
                List.of(), List.of(), List.of(), 20);
    }

    private static MetadataEntry entry(String key, String value, int line) {
        return new MetadataEntry(key, key, value, "", List.of(), MetadataSource.FRONT_MATTER, line);
    }

    public static Document index(String path) {
        return new Document(path, DocumentKind.INDEX, Optional.of("Runbooks"), 1, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), 10);
    }

    /** An index document with a row linking each of {@code runbooks} (repository paths), from line 3. */
    public static Document index(String path, String... runbooks) {
        String folder = org.runbookgovernance.index.IndexPaths.folder(path);
        List<org.runbookgovernance.model.Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < runbooks.length; i++) {
            links.add(new org.runbookgovernance.model.Link(org.runbookgovernance.index.IndexPaths.link(folder,
                    runbooks[i]), runbooks[i], 3 + i));
        }
        return new Document(path, DocumentKind.INDEX, Optional.of("Runbooks"), 1, List.of(), List.of(), links,
                List.of(), List.of(), List.of(), 10);
    }

    public static Inventory inventory(GitFacts git, Document... documents) {
        return inventory(Config.DEFAULT, git, documents);
    }

    public static Inventory inventory(Config config, GitFacts git, Document... documents) {
        return new Inventory(config, TODAY, List.of(documents), List.of(), git, List.of());
    }

    /** Facts for a branch with a known change set against {@code main}. */
    public static GitFacts pullRequest(String branch, ChangedFile... files) {
        return new GitFacts(true, Map.of(), false, Optional.ofNullable(branch), "CHANGE_BRANCH", true,
                Optional.of("main"), Map.of(), GitFacts.DEFAULT_TYPO_THRESHOLD,
                Optional.of(new ChangeSet("main", "refs/remotes/origin/main", "base", "head", List.of(files))),
                Optional.empty(), List.of());
    }

    /** Facts for a branch whose change set is unknown, for {@code reason}. */
    public static GitFacts unknownChanges(String branch, String target, String reason) {
        return new GitFacts(true, Map.of(), false, Optional.ofNullable(branch), branch == null ? "none" : "HEAD",
                branch == null, Optional.ofNullable(target), Map.of(), GitFacts.DEFAULT_TYPO_THRESHOLD,
                Optional.empty(), Optional.of(reason), List.of());
    }

    /** Facts with the last content edit of some paths, for {@code freshness/edited-not-reviewed}. */
    public static GitFacts edits(Map<String, GitFacts.Edit> lastContentEdit) {
        return new GitFacts(true, Map.of(), false, Optional.of("main"), "HEAD", false, Optional.empty(),
                lastContentEdit, GitFacts.DEFAULT_TYPO_THRESHOLD, Optional.empty(), Optional.of("no target"),
                List.of());
    }

    public static GitFacts.Edit edit(String instant, int lines) {
        return new GitFacts.Edit(Instant.parse(instant), "0123456789abcdef0123456789abcdef01234567", lines);
    }

    public static ChangedFile modified(String path, int contentLines, boolean bumped) {
        return new ChangedFile(path, path, ChangeKind.MODIFIED, contentLines, bumped ? 1 : 0, bumped, false);
    }

    public static ChangedFile retitled(String path) {
        return new ChangedFile(path, path, ChangeKind.MODIFIED, 1, 1, true, true);
    }

    public static ChangedFile added(String path) {
        return new ChangedFile(path, path, ChangeKind.ADDED, 10, 6, true, false);
    }

    public static ChangedFile renamed(String path, String oldPath) {
        return new ChangedFile(path, oldPath, ChangeKind.RENAMED, 0, 0, false, false);
    }

    public static ChangedFile deleted(String path) {
        return new ChangedFile(path, path, ChangeKind.DELETED, 10, 6, false, false);
    }
}
