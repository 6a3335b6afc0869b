package org.runbookgovernance.rules.index;

import java.util.List;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code index/missing-entry}: a runbook that no hand-kept index links to, where a hand-kept index answers for
 * it ({@link Indexes}: a prose README is no index). Index documents with generated regions are left to
 * {@code index/out-of-date}.
 */
public final class MissingEntry implements Rule {

    public static final String ID = "index/missing-entry";

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
        return "a runbook is not linked from the hand-kept index";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        Indexes indexes = Indexes.of(inventory);
        if (indexes.handKept().isEmpty()) {
            return;
        }
        for (Runbook r : inventory.runbooks()) {
            // A section runbook counts as listed when the index links its page.
            List<Document> expected = indexes.handKeptFor(r);
            if (expected.isEmpty() || indexes.links(r.path())) {
                continue;
            }
            String names = String.join(" or ", expected.stream().map(d -> "`" + d.path() + "`").toList());
            int line = r.document().titleLine() > 0 ? r.document().titleLine() : 1;
            findings.report(r.document().position(line), r.id(), "runbook missing from index: `" + r.id()
                    + "` (" + r.location() + ") is not linked from " + names + "; add a row for it, or add index "
                    + "markers and run `runbook-governance index --write`.");
        }
    }
}
