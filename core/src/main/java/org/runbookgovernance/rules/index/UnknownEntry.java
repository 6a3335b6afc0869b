package org.runbookgovernance.rules.index;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.IdTokens;
import org.runbookgovernance.rules.Rule;

/**
 * {@code index/unknown-entry}: a hand-kept index links to a runbook that does not exist: a path the config
 * calls a runbook but no runbook is there, or link text naming an id no runbook declares. Only documents that
 * are indexes ({@link Indexes}) are read.
 */
public final class UnknownEntry implements Rule {

    public static final String ID = "index/unknown-entry";

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
        return "the hand-kept index lists a runbook that does not exist";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        // Only ids shaped like the repository's own ("RB-…") count, so "INC-2026" in a link text is not an entry.
        Set<String> prefixes = new HashSet<>();
        inventory.runbooks().forEach(r -> prefixes.add(prefix(r.id())));
        if (prefixes.isEmpty()) {
            prefixes.add("RB");
        }
        for (Document index : Indexes.of(inventory).handKept()) {
            String folder = IndexPaths.folder(index.path());
            for (Link link : index.links()) {
                checkLink(inventory, index, folder, link, prefixes, findings);
            }
        }
    }

    private static void checkLink(Inventory inventory, Document index, String folder, Link link, Set<String> prefixes,
            Findings findings) {
        if (link.isExternal()) {
            return;
        }
        Optional<String> path = IndexPaths.resolve(folder, link.target());
        // The runbook lookup first: it settles nearly every row without matching the config's globs.
        if (path.isPresent() && inventory.runbookAt(path.get()).isEmpty()
                && inventory.config().documents().kindOf(path.get()) == DocumentKind.RUNBOOK) {
            findings.report(index.position(link.line()), "unknown index entry: `" + link.target()
                    + "` is listed as a runbook but no runbook file is at " + path.get()
                    + "; fix the link or remove the row.");
            return;
        }
        Optional<RunbookId> id = IdTokens.find(link.text());
        if (id.isPresent() && prefixes.contains(prefix(id.get())) && inventory.runbooks(id.get()).isEmpty()) {
            findings.report(index.position(link.line()), id.get(), "unknown index entry: `" + id.get()
                    + "` is listed in the index but no runbook declares it; fix the id or remove the row.");
        }
    }

    private static String prefix(RunbookId id) {
        int dash = id.value().indexOf('-');
        return dash < 0 ? id.value() : id.value().substring(0, dash);
    }
}
