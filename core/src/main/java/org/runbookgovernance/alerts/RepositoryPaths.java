package org.runbookgovernance.alerts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Repository-relative paths with '/': joining a folder and a relative reference, folding "." and "..". */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /**
     * {@code folder} (ending in '/' or empty) joined with {@code relative}; a {@code #fragment} is kept as
     * written. When ".." climbs above the root the joined text is returned unfolded, so it resolves to nothing.
     */
    static String join(String folder, String relative) {
        int hash = relative.indexOf('#');
        String path = hash < 0 ? relative : relative.substring(0, hash);
        String fragment = hash < 0 ? "" : relative.substring(hash);
        return normalize(folder + path).orElse(folder + path) + fragment;
    }

    /** Folds "." and ".." and doubled slashes; empty when the path leaves the repository. */
    static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The folder of a file path, ending in '/', or "" at the root. */
    static String folderOf(String filePath) {
        int slash = filePath.lastIndexOf('/');
        return slash < 0 ? "" : filePath.substring(0, slash + 1);
    }
}
