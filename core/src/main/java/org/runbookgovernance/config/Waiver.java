package org.runbookgovernance.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;

/** A suppression written in the config: a rule, the paths (globs) it covers, an optional expiry, a reason. */
public record Waiver(String rule, List<Glob> paths, Optional<LocalDate> until, String reason, SourcePosition position) {

    public Waiver {
        paths = List.copyOf(paths);
    }

    public boolean appliesTo(String path) {
        return paths.isEmpty() || paths.stream().anyMatch(g -> g.matches(path));
    }

    public Suppression asSuppression() {
        return new Suppression(rule, until, reason, position);
    }
}
