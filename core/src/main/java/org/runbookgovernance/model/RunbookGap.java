package org.runbookgovernance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A gap in a runbook named by an incident report ("Runbook Gaps" section): the seed wants the runbook
 * updated within 48 hours of the incident.
 */
public record RunbookGap(RunbookId runbook, String note, Optional<LocalDate> incidentDate, SourcePosition position) {
}
