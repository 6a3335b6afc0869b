package org.runbookgovernance.rules.metadata;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.rules.IdTokens;

/**
 * The three places a runbook can state its id: the {@code id} field (its RB-like token, else its text), the H1
 * ("RB-001: Service Down") and the file name ("RB-001-SERVICE-DOWN.md"); the H1 and the file name are empty
 * when they hold no RB-like token. Without any of them the id is the file name itself ({@code TargetDown}).
 */
record DeclaredIds(Optional<RunbookId> field, int fieldLine, Optional<RunbookId> title, int titleLine,
                   Optional<RunbookId> fileName) {

    static DeclaredIds of(Document doc) {
        Optional<MetadataEntry> entry = doc.entry(MetadataKeys.ID);
        return new DeclaredIds(entry.isPresent() ? field(entry.get().value()) : Optional.empty(),
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

    private static Optional<RunbookId> field(String value) {
        Optional<RunbookId> token = IdTokens.find(value);
        return token.isPresent() || value.isBlank() ? token : Optional.of(RunbookId.of(value));
    }

    /** The id a runbook states in its field, H1 or file name, as {@code Runbook.from} picks it; empty when none. */
    Optional<RunbookId> declared() {
        return Optional.ofNullable(declaredOrNull());
    }

    /** {@link #declared}, or null when the runbook states no id. */
    RunbookId declaredOrNull() {
        return field.isPresent() ? field.get() : title.isPresent() ? title.get() : fileName.orElse(null);
    }

    /** The id the runbook is known by: the one it states, else its file name without the extension. */
    RunbookId any(Document doc) {
        RunbookId declared = declaredOrNull();
        return declared != null ? declared : Runbook.fileNameId(doc.path());
    }

    /** Where {@link #any} comes from: the field, the H1, or the file name. */
    boolean fromFileName() {
        return field.isEmpty() && title.isEmpty();
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
