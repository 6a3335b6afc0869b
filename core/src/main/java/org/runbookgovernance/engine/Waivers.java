package org.runbookgovernance.engine;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.config.Waiver;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Suppression;
import org.runbookgovernance.report.Finding;

/**
 * Applies suppressions written in runbooks and in the config. An expired waiver hides nothing; the rule
 * {@code governance/expired-waiver} reports it.
 */
final class Waivers {

    private Waivers() {
    }

    static List<Finding> apply(Inventory inventory, List<Finding> findings) {
        return findings.stream().filter(f -> !suppressed(inventory, f)).toList();
    }

    static boolean suppressed(Inventory inventory, Finding f) {
        Optional<Document> doc = inventory.document(f.position().path());
        if (doc.isPresent()) {
            for (Suppression s : doc.get().suppressions()) {
                if (s.covers(f.ruleId()) && !s.expiredOn(inventory.today())) {
                    return true;
                }
            }
        }
        for (Waiver w : inventory.config().waivers()) {
            Suppression s = w.asSuppression();
            if (w.appliesTo(f.position().path()) && s.covers(f.ruleId()) && !s.expiredOn(inventory.today())) {
                return true;
            }
        }
        return false;
    }
}
