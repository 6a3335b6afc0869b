package org.runbookgovernance.rules.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.Runbook;

/**
 * The documents the config calls an index that really are one, and the runbooks each answers for. An index
 * document is an index when it has generated-region markers, or when it links at least {@link #MIN_ENTRIES}
 * runbooks and at least half of the runbooks under its folder; a link to a runbook path with no file there is
 * an entry too (a stale one). A prose README that names a runbook or two, or a section page that lists a few
 * highlights, is not an index, and the index rules say nothing for it. An index answers for the runbooks in
 * its folder and below it.
 */
public final class Indexes {

    /** Fewer runbook links than this is prose that mentions a runbook, not a list of them. */
    public static final int MIN_ENTRIES = 2;

    private final List<Document> generated;
    private final List<Document> handKept;
    /** Every runbook path linked from a hand-kept index that is an index. */
    private final Set<String> linked;

    private Indexes(List<Document> generated, List<Document> handKept, Set<String> linked) {
        this.generated = List.copyOf(generated);
        this.handKept = List.copyOf(handKept);
        this.linked = Set.copyOf(linked);
    }

    /** Worked out once per inventory, however many rules ask. */
    public static Indexes of(Inventory inventory) {
        return inventory.derived(Indexes.class, Indexes::find);
    }

    private static Indexes find(Inventory inventory) {
        Set<String> withMarkers = new HashSet<>();
        for (IndexRegions r : inventory.indexRegions()) {
            if (!r.regions().isEmpty()) {
                withMarkers.add(r.path());
            }
        }
        List<Document> generated = new ArrayList<>();
        List<Document> handKept = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (Document d : inventory.documents(DocumentKind.INDEX)) {
            if (withMarkers.contains(d.path())) {
                generated.add(d);
                continue;
            }
            Set<String> entries = entries(inventory, d);
            if (entries.size() >= MIN_ENTRIES && 2L * entries.size() >= under(inventory, d)) {
                handKept.add(d);
                linked.addAll(entries);
            }
        }
        return new Indexes(generated, handKept, linked);
    }

    /** The runbook paths a document links to: runbooks, and paths the config calls runbooks. */
    private static Set<String> entries(Inventory inventory, Document index) {
        String folder = IndexPaths.folder(index.path());
        Set<String> out = new HashSet<>();
        for (Link link : index.links()) {
            if (link.isExternal()) {
                continue;
            }
            IndexPaths.resolve(folder, link.target()).filter(p -> inventory.runbookAt(p).isPresent()
                    || inventory.config().documents().kindOf(p) == DocumentKind.RUNBOOK).ifPresent(out::add);
        }
        return out;
    }

    private static long under(Inventory inventory, Document index) {
        return inventory.runbooks().stream().filter(r -> answersFor(index, r.path())).count();
    }

    /** Whether a runbook at {@code path} is in the folder of {@code index} or below it. */
    static boolean answersFor(Document index, String path) {
        String folder = IndexPaths.folder(index.path());
        return folder.isEmpty() || path.startsWith(folder + "/");
    }

    /** The hand-kept indexes (no markers), which the link rules check. */
    public List<Document> handKept() {
        return handKept;
    }

    /** Every index, generated or hand-kept, that answers for a runbook at {@code path}, in path order. */
    public List<Document> answeringFor(String path) {
        return java.util.stream.Stream.concat(generated.stream(), handKept.stream()).filter(d -> answersFor(d, path))
                .sorted(java.util.Comparator.comparing(Document::path)).toList();
    }

    /** The hand-kept indexes that answer for this runbook; empty when none does. */
    public List<Document> handKeptFor(Runbook runbook) {
        return handKept.stream().filter(d -> answersFor(d, runbook.path())).toList();
    }

    /** Whether some hand-kept index links to the runbook at {@code path}. */
    public boolean links(String path) {
        return linked.contains(path);
    }
}
