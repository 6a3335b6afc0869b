package org.runbookgovernance.rules.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/duplicate-id}: two runbooks claim the same id, so alerts, links and the index cannot tell
 * them apart. The first by path keeps the id; every other one is reported.
 */
public final class DuplicateId implements Rule {

    public static final String ID = "metadata/duplicate-id";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "two runbooks declare the same id";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        // Only RB-like ids count: a fallback id made from the file name (README) is metadata/missing-field's job.
        Map<RunbookId, List<Runbook>> byId = new TreeMap<>();
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        for (int i = 0; i < declaredIds.size(); i++) {
            Runbook r = inventory.runbooks().get(i);
            Optional<RunbookId> declared = declaredIds.get(i).any();
            declared.ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
        }
        for (Map.Entry<RunbookId, List<Runbook>> e : byId.entrySet()) {
            List<Runbook> same = e.getValue().stream().sorted(Comparator.comparing(Runbook::path)).toList();
            for (int i = 1; i < same.size(); i++) {
                Runbook dup = same.get(i);
                String others = same.stream().filter(r -> r != dup).map(r -> "`" + r.path() + "`")
                        .collect(Collectors.joining(", "));
                findings.report(dup.document().position(DeclaredIds.of(dup.document()).line()), e.getKey(),
                        "duplicate id: `" + e.getKey() + "` is also declared by " + others
                                + "; give this runbook an unused id and rename its file to match.");
            }
        }
    }
}
