package org.runbookgovernance.report;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/**
 * One thing a rule found: which rule, how serious, where, about which runbook, and a message that says
 * what is wrong and how to fix it.
 */
public record Finding(String ruleId, Level level, SourcePosition position, Optional<RunbookId> runbook,
                      String message) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::position)
            .thenComparing(Finding::level)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
