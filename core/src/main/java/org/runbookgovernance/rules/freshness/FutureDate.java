package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/future-date}: Last Updated or Last Review lies in the future. Such a date makes the
 * document look fresh for longer than it is; Next Review is meant to be in the future and is not checked.
 */
public final class FutureDate implements Rule {

    public static final String ID = "freshness/future-date";

    /** One day by default: a date written in UTC+14 can be "tomorrow" for a UTC build agent. */
    private static final int DEFAULT_TOLERANCE_DAYS = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "the Last Updated or Last Review date lies in the future";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        int tolerance = Math.max(0, inventory.config().rule(ID).intOption("tolerance_days", DEFAULT_TOLERANCE_DAYS));
        LocalDate today = inventory.today();
        LocalDate latestAllowed = today.plusDays(tolerance);
        for (Document d : inventory.documents()) {
            for (String key : List.of(MetadataKeys.LAST_UPDATED, MetadataKeys.LAST_REVIEW)) {
                for (MetadataEntry e : d.entries(key)) {
                    LocalDate date = Dates.parse(e.value()).orElse(null);
                    if (date == null || !date.isAfter(latestAllowed)) {
                        continue;
                    }
                    String label = ReviewedDocuments.label(e, key);
                    Runbook r = inventory.runbookAt(d.path()).orElse(null);
                    RunbookId id = r == null ? null : r.id();
                    String name = r == null ? d.path() : r.id().value();
                    findings.report(d.position(e.line() > 0 ? e.line() : 1), id,
                            "date in the future: `" + name + "` declares " + label + " " + date + ", "
                                    + Durations.days(ChronoUnit.DAYS.between(today, date)) + " after today (" + today
                                    + "); set it to the day the change or review actually happened.");
                }
            }
        }
    }
}
