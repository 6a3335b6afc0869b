package org.runbookgovernance.rules.index;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code index/missing-entry}: a runbook that no hand-kept index document links to. Index documents with
 * generated regions are left to {@code index/out-of-date}.
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
        List<Document> indexes = IndexLinks.handKept(inventory, inventory.indexRegions());
        if (indexes.isEmpty()) {
            return;
        }
        Set<String> linked = new HashSet<>();
        for (Document index : indexes) {
            String folder = IndexPaths.folder(index.path());
            for (Link link : index.links()) {
                if (!link.isExternal()) {
                    IndexLinks.resolve(folder, link.target()).ifPresent(linked::add);
                }
            }
        }
        String names = String.join(" or ", indexes.stream().map(d -> "`" + d.path() + "`").toList());
        for (Runbook r : inventory.runbooks()) {
            // A section runbook counts as listed when the index links its page.
            if (!linked.contains(r.path())) {
                int line = r.document().titleLine() > 0 ? r.document().titleLine() : 1;
                findings.report(r.document().position(line), r.id(), "runbook missing from index: `" + r.id()
                        + "` (" + r.location() + ") is not linked from " + names + "; add a row for it, or add index "
                        + "markers and run `runbook-governance index --write`.");
            }
        }
    }
}
