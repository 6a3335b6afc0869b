package org.runbookgovernance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/** Where a rule puts what it finds; bound to the rule's id and its configured level. */
public final class Findings {

    private final String ruleId;
    private final Level level;
    private final List<Finding> found = new ArrayList<>();

    public Findings(String ruleId, Level level) {
        this.ruleId = ruleId;
        this.level = level;
    }

    public void report(SourcePosition position, RunbookId runbook, String message) {
        found.add(new Finding(ruleId, level, position, Optional.ofNullable(runbook), message));
    }

    public void report(SourcePosition position, String message) {
        report(position, null, message);
    }

    /** For the rare finding that is more or less serious than the rule's level (e.g. an unverifiable ref). */
    public void report(Level overridden, SourcePosition position, RunbookId runbook, String message) {
        found.add(new Finding(ruleId, overridden, position, Optional.ofNullable(runbook), message));
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }

    public String ruleId() {
        return ruleId;
    }

    public Level level() {
        return level;
    }
}
