package org.runbookgovernance.rules.metadata;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.rules.IdTokens;

/**
 * The three places a runbook can state its id: the {@code id} field, the H1 ("RB-001: Service Down") and
 * the file name ("RB-001-SERVICE-DOWN.md"). Each is empty when it holds no RB-like token.
 */
record DeclaredIds(Optional<RunbookId> field, int fieldLine, Optional<RunbookId> title, int titleLine,
                   Optional<RunbookId> fileName) {

    static DeclaredIds of(Document doc) {
        Optional<MetadataEntry> entry = doc.entry(MetadataKeys.ID);
        return new DeclaredIds(entry.isPresent() ? IdTokens.find(entry.get().value()) : Optional.empty(),
                entry.isPresent() ? entry.get().line() : 0,
                doc.title().isPresent() ? IdTokens.find(doc.title().get()) : Optional.empty(), doc.titleLine(),
                IdTokens.find(fileName(doc.path())));
    }

    /**
     * {@link #of} of every runbook, by its index in {@code inventory.runbooks()}: three metadata rules read
     * them, and each costs three pattern searches, so they are read once per inventory.
     */
    static List<DeclaredIds> ofRunbooks(Inventory inventory) {
        return inventory.derived(OfRunbooks.class, OfRunbooks::of).ids();
    }

    private record OfRunbooks(List<DeclaredIds> ids) {
        static OfRunbooks of(Inventory inventory) {
            DeclaredIds[] ids = new DeclaredIds[inventory.runbooks().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = DeclaredIds.of(inventory.runbooks().get(i).document());
            }
            return new OfRunbooks(List.of(ids));
        }
    }

    /** The id the runbook is known by, as {@code Runbook.from} picks it; empty when none is RB-like. */
    Optional<RunbookId> any() {
        return field.or(() -> title).or(() -> fileName);
    }

    /** {@link #any}, or null: without the lambdas, for loops over every runbook. */
    RunbookId anyOrNull() {
        return field.isPresent() ? field.get() : title.isPresent() ? title.get() : fileName.orElse(null);
    }

    /** The line that states the id: the field, else the H1, else the first line. */
    int line() {
        if (field.isPresent() && fieldLine > 0) {
            return fieldLine;
        }
        return title.isPresent() && titleLine > 0 ? titleLine : 1;
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
