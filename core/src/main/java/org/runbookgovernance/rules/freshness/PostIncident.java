package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookGap;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/post-incident}: an incident report named a gap in a runbook, the allowed window (48
 * hours by default) has passed, and the runbook's Last Updated (for a runbook without one, its last
 * substantive commit, with {@code review.undated: git}) is still before the incident.
 */
public final class PostIncident implements Rule {

    public static final String ID = "freshness/post-incident";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "an incident report named a runbook gap and the runbook was not updated within the allowed window";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        int hours = Math.max(0, inventory.config().rule(ID)
                .intOption("hours", inventory.config().review().postIncidentHours()));
        LocalDate today = inventory.today();
        for (Document report : inventory.documents(DocumentKind.INCIDENT_REPORT)) {
            Set<String> seen = new HashSet<>();
            for (RunbookGap gap : report.gaps()) {
                // a report listing two gaps in one runbook is one piece of work, so one finding
                if (!seen.add(gap.runbook().value())) {
                    continue;
                }
                check(inventory, gap, hours, today, findings);
            }
        }
    }

    private static void check(Inventory inventory, RunbookGap gap, int hours, LocalDate today, Findings findings) {
        Optional<Runbook> named = inventory.runbook(gap.runbook());
        if (named.isEmpty()) {
            findings.report(gap.position(), gap.runbook(),
                    "runbook gap names an unknown runbook: the report names `" + gap.runbook()
                            + "`, which no runbook declares; correct the id in the Runbook Gaps section.");
            return;
        }
        if (gap.incidentDate().isEmpty()) {
            findings.report(gap.position(), gap.runbook(),
                    "incident date missing: the report names a gap in `" + gap.runbook()
                            + "` but has no incident date; add a `**Date:** YYYY-MM-DD` line to the report.");
            return;
        }
        LocalDate incident = gap.incidentDate().get();
        if (!today.isAfter(lastDayOfWindow(incident, hours))) {
            return; // the window is still open: the team still has time
        }
        Runbook runbook = named.get();
        Optional<LocalDate> updated = runbook.lastUpdated().or(() -> writtenInGit(inventory, runbook));
        if (updated.filter(d -> !d.isBefore(incident)).isPresent()) {
            return;
        }
        findings.report(ReviewedDocuments.lineOf(runbook.document(), MetadataKeys.LAST_UPDATED), runbook.id(),
                "runbook gap not closed: `" + gap.position() + "` named a gap in `" + runbook.id() + "` on "
                        + incident + "; update the runbook (and Last Updated) within " + hours
                        + " hours of an incident.");
    }

    /**
     * For a runbook with no Last Updated, the day of its last substantive commit, when undated runbooks are
     * dated from git: a fix committed after the incident closes the gap.
     */
    private static Optional<LocalDate> writtenInGit(Inventory inventory, Runbook runbook) {
        if (inventory.config().review().undated() != ReviewPolicy.Undated.GIT) {
            return Optional.empty();
        }
        return Optional.ofNullable(inventory.git().lastSubstantiveChange().get(runbook.path()))
                .map(e -> LocalDate.ofInstant(e.time(), ZoneOffset.UTC));
    }

    /**
     * The last day an update still counts as on time. Reports give a date, not a time, so the incident is
     * taken to start at midnight and the day on which the window ends is still allowed in full.
     */
    static LocalDate lastDayOfWindow(LocalDate incident, int hours) {
        return incident.atStartOfDay().plusHours(hours).toLocalDate();
    }
}
