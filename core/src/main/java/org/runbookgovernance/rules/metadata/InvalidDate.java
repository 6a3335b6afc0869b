package org.runbookgovernance.rules.metadata;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/invalid-date}: a date field holds text that is neither a placeholder (TBD, never) nor a
 * real ISO calendar date. Such a runbook silently drops out of freshness checks, so it is an error.
 */
public final class InvalidDate implements Rule {

    public static final String ID = "metadata/invalid-date";

    /** Looks like an ISO date, so the calendar is what is wrong (2024-02-30), not the format. */
    private static final Pattern ISO_SHAPE = Pattern.compile(
            "\\s*\\d{4}-\\d{1,2}-\\d{1,2}\\b.*");

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
        return "a date field is not a valid YYYY-MM-DD calendar date";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        // Date values repeat across documents (and are shared strings): each distinct one is judged once.
        Map<String, Boolean> acceptable = new HashMap<>();
        for (Document doc : inventory.documents()) {
            if (doc.kind() == DocumentKind.OTHER) {
                continue; // a page the repository keeps beside its runbooks: its metadata is not ours to judge
            }
            for (MetadataEntry e : doc.metadata()) {
                if (!MetadataKeys.DATE_FIELDS.contains(e.key()) || acceptable.computeIfAbsent(e.value(),
                        v -> Dates.isPlaceholder(v) || Dates.parse(v).isPresent())) {
                    continue;
                }
                String why = ISO_SHAPE.matcher(e.value()).matches() ? "is not a calendar date"
                        : "is not an ISO date";
                findings.report(doc.position(e.line()),
                        inventory.runbookContaining(doc.path(), e.line()).map(Runbook::id).orElse(null),
                        "invalid date: `" + e.value().strip() + "` in " + e.label() + " " + why
                                + "; write YYYY-MM-DD, or TBD while there is no date.");
            }
        }
    }
}
