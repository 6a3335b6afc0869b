package org.runbookgovernance.rules.index;

import java.util.Optional;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.rules.links.LinkTargets;

/** Where the links of an index document lead. */
final class IndexLinks {

    private IndexLinks() {
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
