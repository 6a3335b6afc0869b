package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.runbookgovernance.index.Dashboard;
import org.runbookgovernance.index.IndexFile;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexJson;
import org.runbookgovernance.index.IndexMarkers;
import org.runbookgovernance.index.IndexOpenMetrics;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.index.RunbookIndex;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Report;

/**
 * The index part of {@code publishRunbookIndex}, free of Jenkins types: the core generator's index as
 * {@code index.html} (the dashboard), {@code index.json} and {@code runbook-index.prom} in the report folder,
 * optionally written back into the index document's marked regions, and as rows for the build page.
 */
final class IndexPublication {

    static final String HTML = "index.html";
    static final String JSON = "index.json";
    static final String OPENMETRICS = "runbook-index.prom";

    private IndexPublication() {
    }

    /**
     * Writes the three index files (their paths go to {@code written}), rewrites the index document when
     * {@code write} is set, and returns the index by category for the build page.
     */
    static List<IndexSection> publish(Path root, Inventory inventory, Report report, boolean write, ReportFiles files,
                                      List<String> written, List<String> log) throws IOException {
        IndexSettings settings = IndexSettings.from(inventory.config());
        Optional<String> document = indexDocument(inventory, settings);
        RunbookIndex index = document.map(path -> IndexGenerator.generate(inventory, settings, path))
                .orElseGet(() -> IndexGenerator.generate(inventory, settings));
        written.add(files.writeText(HTML, out -> Dashboard.render(inventory, report, index, settings, out)));
        written.add(files.write(JSON, out -> IndexJson.render(index, settings, out)));
        written.add(files.write(OPENMETRICS, IndexOpenMetrics.render(index)));
        if (write) {
            rewrite(root, document, index, log);
        }
        return sections(index);
    }

    /** The dashboard of any step's report, for the {@code html} format, written into {@code out}. */
    static void dashboard(Inventory inventory, Report report, Appendable out) throws IOException {
        IndexSettings settings = IndexSettings.from(inventory.config());
        RunbookIndex index = indexDocument(inventory, settings)
                .map(path -> IndexGenerator.generate(inventory, settings, path))
                .orElseGet(() -> IndexGenerator.generate(inventory, settings));
        Dashboard.render(inventory, report, index, settings, out);
    }

    /** The configured index document, else the first one that carries markers (as the engine read them). */
    static Optional<String> indexDocument(Inventory inventory, IndexSettings settings) {
        if (settings.indexPath().isPresent()) {
            return settings.indexPath();
        }
        return inventory.indexRegions().stream().map(IndexRegions::path).sorted().findFirst();
    }

    /** Replaces the marked regions atomically and logs which changed; never touches a file without markers. */
    private static void rewrite(Path root, Optional<String> document, RunbookIndex index, List<String> log)
            throws IOException {
        if (document.isEmpty()) {
            log.add("write: no index document with markers, nothing written; add `<!-- runbook-governance:begin "
                    + "directory -->` and `<!-- runbook-governance:end directory -->` lines to the README, or set "
                    + "`index.path`");
            return;
        }
        String path = document.get();
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            log.add("write: index document `" + path + "` not found, nothing written");
            return;
        }
        String current = IndexFile.read(file, path);
        String regenerated = IndexMarkers.apply(current, index.regions(), path);
        if (current.equals(regenerated)) {
            log.add("index up to date: " + path);
            return;
        }
        List<String> changed = changedRegions(IndexMarkers.regions(current, path),
                IndexMarkers.regions(regenerated, path));
        IndexFile.replace(file, regenerated);
        log.add("index written: " + path + " (regions changed: " + String.join(", ", changed) + ")");
    }

    static List<String> changedRegions(IndexRegions before, IndexRegions after) {
        List<String> changed = new ArrayList<>();
        after.regions().forEach((name, region) -> {
            IndexRegions.Region old = before.regions().get(name);
            if (old == null || !Objects.equals(old.content(), region.content())) {
                changed.add(name);
            }
        });
        return changed;
    }

    static List<IndexSection> sections(RunbookIndex index) {
        Map<String, List<String>> alerts = new HashMap<>();
        for (RunbookIndex.AlertRow row : index.alertRows()) {
            alerts.computeIfAbsent(row.runbook().id().value(), k -> new ArrayList<>()).addAll(row.alerts());
        }
        List<IndexSection> sections = new ArrayList<>();
        for (RunbookIndex.Category category : index.categories()) {
            List<IndexEntry> entries = new ArrayList<>();
            for (RunbookIndex.RunbookRow r : category.runbooks()) {
                entries.add(new IndexEntry(r.id().value(), r.title(), r.path(), r.severity().orElse(""),
                        r.owner().orElse(""), r.nextReview().map(LocalDate::toString).orElse(""), r.state().label(),
                        String.join(", ", alerts.getOrDefault(r.id().value(), List.of()))));
            }
            sections.add(new IndexSection(category.title(), entries));
        }
        return sections;
    }
}
