package org.runbookgovernance.rules.index;

import java.util.List;
import java.util.Set;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.Inventory;

/** The index documents kept by hand: those without generated regions, which the link rules check. */
final class IndexLinks {

    private IndexLinks() {
    }

    static List<Document> handKept(Inventory inventory, List<IndexRegions> generated) {
        Set<String> withMarkers = new java.util.HashSet<>();
        generated.stream().filter(g -> !g.regions().isEmpty()).forEach(g -> withMarkers.add(g.path()));
        return inventory.documents(DocumentKind.INDEX).stream().filter(d -> !withMarkers.contains(d.path())).toList();
    }
}
