package org.runbookgovernance.report;

import java.util.Optional;
import org.runbookgovernance.model.SourcePosition;

/** An alert and the runbook it reaches (a repository path), for the report's {@code alerts} array. */
public record AlertRoute(String name, String source, Optional<String> severity, Optional<String> runbookRef,
                         Optional<String> runbook, SourcePosition position) {
}
