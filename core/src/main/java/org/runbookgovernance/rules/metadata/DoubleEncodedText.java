package org.runbookgovernance.rules.metadata;

import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Mojibake;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/mojibake}: text that was UTF-8, read as Windows-1252 and saved again as UTF-8, so
 * {@code ✅} shows as {@code âœ…}. The seed repository itself has it; headings and status values break.
 */
public final class DoubleEncodedText implements Rule {

    public static final String ID = "metadata/mojibake";

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
        return "a line holds double-encoded UTF-8 such as `âœ…` for `✅`";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        for (Document doc : inventory.documents()) {
            for (Mojibake m : doc.mojibake()) {
                findings.report(doc.position(m.line()), inventory.runbookContaining(doc.path(), m.line()).map(Runbook::id).orElse(null),
                        "double-encoded UTF-8: `" + m.sample() + "` should read `" + m.repaired()
                                + "`; replace the garbled text and re-save the file as UTF-8 (it was once decoded"
                                + " as Windows-1252).");
            }
        }
    }
}
