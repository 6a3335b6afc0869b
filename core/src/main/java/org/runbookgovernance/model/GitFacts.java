package org.runbookgovernance.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What git knows about the repository, gathered before the rules run. Every part is optional: outside a
 * work tree, with {@code --no-git}, or in a shallow clone some facts are unknown, which is not the same as
 * "never changed".
 *
 * @param available     false when git was not consulted or the directory is not in a work tree
 * @param lastCommit    the last commit time per repository-relative path (runbooks only)
 * @param historyLimited true when history is shallow or incomplete, so missing paths are unknown
 * @param branch        the branch being built, when known
 * @param note          a sentence for the report when something is unknown (detached HEAD, shallow clone)
 */
public record GitFacts(boolean available, Map<String, Instant> lastCommit, boolean historyLimited,
                       Optional<String> branch, Optional<String> note) {

    public static final GitFacts NONE = new GitFacts(false, Map.of(), false, Optional.empty(), Optional.empty());

    public GitFacts {
        lastCommit = Map.copyOf(lastCommit);
    }
}
