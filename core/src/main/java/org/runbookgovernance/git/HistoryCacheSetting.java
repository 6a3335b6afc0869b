package org.runbookgovernance.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the history walk keeps its answers between checks: in the repository's {@code .git} folder
 * ({@code .git/runbook-governance/}) by default, in a folder of the user's choosing ({@code --cache-dir}),
 * or nowhere ({@code --no-cache}).
 *
 * @param enabled false when every check walks the whole history
 * @param folder  the folder holding the cache file; empty for the repository's {@code .git} folder
 */
public record HistoryCacheSetting(boolean enabled, Optional<Path> folder) {

    public static final HistoryCacheSetting IN_GIT_FOLDER = new HistoryCacheSetting(true, Optional.empty());
    public static final HistoryCacheSetting OFF = new HistoryCacheSetting(false, Optional.empty());

    public static HistoryCacheSetting in(Path folder) {
        return new HistoryCacheSetting(true, Optional.of(folder));
    }
}
