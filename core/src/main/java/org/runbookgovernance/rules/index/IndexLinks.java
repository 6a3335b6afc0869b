package org.runbookgovernance.rules.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.rules.links.LinkTargets;

/** The index documents kept by hand: those without generated regions, which the link rules check. */
final class IndexLinks {

    private IndexLinks() {
    }

    static List<Document> handKept(Inventory inventory, List<IndexRegions> generated) {
        Set<String> withMarkers = new java.util.HashSet<>();
        generated.stream().filter(g -> !g.regions().isEmpty()).forEach(g -> withMarkers.add(g.path()));
        return inventory.documents(DocumentKind.INDEX).stream().filter(d -> !withMarkers.contains(d.path())).toList();
    }

    /**
     * {@link IndexPaths#resolve}{@code (folder, target)} for a link of an index document in {@code folder}
     * ({@link IndexPaths#folder} of its path), through {@link LinkTargets}: the index of a large repository
     * has a link per runbook, and two rules resolve them all.
     */
    static Optional<String> resolve(String folder, String target) {
        String t = target.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("?") || t.indexOf(':') >= 0 || t.startsWith("//")) {
            return Optional.empty();
        }
        String from = folder.isEmpty() ? "index.md" : folder + "/index.md";
        Optional<String> path = LinkTargets.resolve(from, folder.isEmpty() ? "" : folder + "/", t);
        return path.isPresent() && path.get().isEmpty() ? Optional.empty() : path;
    }
}
