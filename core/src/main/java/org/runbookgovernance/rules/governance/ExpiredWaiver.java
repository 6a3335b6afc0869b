package org.runbookgovernance.rules.governance;

import org.runbookgovernance.config.Waiver;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Suppression;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/** A waiver past its {@code until} date: it hides nothing any more, and someone should decide again. */
public final class ExpiredWaiver implements Rule {

    public static final String ID = "governance/expired-waiver";

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
        return "a waiver's until date has passed";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        for (Document d : inventory.documents()) {
            for (Suppression s : d.suppressions()) {
                report(inventory, s, findings);
            }
        }
        for (Waiver w : inventory.config().waivers()) {
            report(inventory, w.asSuppression(), findings);
        }
    }

    private static void report(Inventory inventory, Suppression s, Findings findings) {
        if (s.expiredOn(inventory.today())) {
            findings.report(s.position(), "waiver expired: the waiver for `" + s.rule() + "` ended on "
                    + s.until().orElseThrow() + "; fix what it hid, or renew it with a new date and a reason.");
        }
    }
}
