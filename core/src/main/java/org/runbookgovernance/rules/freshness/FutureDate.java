package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code freshness/future-date}: Last Updated or Last Review lies in the future. Such a date makes the
 * document look fresh for longer than it is; Next Review is meant to be in the future and is not checked.
 */
public final class FutureDate implements Rule {

    public static final String ID = "freshness/future-date";

    /** One day by default: a date written in UTC+14 can be "tomorrow" for a UTC build agent. */
    private static final int DEFAULT_TOLERANCE_DAYS = 1;

    private static final List<String> KEYS = List.of(MetadataKeys.LAST_UPDATED, MetadataKeys.LAST_REVIEW);

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
        // Date values repeat across documents (and are shared strings): each distinct one is parsed once.
        Map<String, Optional<LocalDate>> parsed = new HashMap<>();
        for (Document d : inventory.documents()) {
            for (String key : KEYS) {
                // d.entries(key) without a stream: every entry of this key, in file order.
                for (MetadataEntry e : d.metadata()) {
                    if (!e.key().equals(key)) {
                        continue;
                    }
                    LocalDate date = parsed.computeIfAbsent(e.value(), Dates::parse).orElse(null);
                    if (date == null || !date.isAfter(latestAllowed)) {
                        continue;
                    }
                    String label = ReviewedDocuments.label(e, key);
                    Runbook r = inventory.runbookContaining(d.path(), e.line()).orElse(null);
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
