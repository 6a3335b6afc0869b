package org.runbookgovernance.report;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/**
 * One thing a rule found: which rule, how serious, where, about which runbook, and a message that says
 * what is wrong and how to fix it.
 */
public record Finding(String ruleId, Level level, SourcePosition position, Optional<RunbookId> runbook,
                      String message) {

    /** By position, then level, rule and message. Written out: a report sorts 50,000 findings with it. */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.position.compareTo(b.position);
        if (c == 0) {
            c = a.level.compareTo(b.level);
        }
        if (c == 0) {
            c = a.ruleId.compareTo(b.ruleId);
        }
        return c != 0 ? c : a.message.compareTo(b.message);
    };

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
