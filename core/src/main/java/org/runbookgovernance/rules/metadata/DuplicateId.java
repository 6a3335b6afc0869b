package org.runbookgovernance.rules.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
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
        // Only stated ids count: two files named TargetDown.md in different folders are told apart by their paths.
        // Grouped by hash, then only the ids with more than one runbook are sorted (the order a TreeMap gives).
        Map<RunbookId, List<Runbook>> byId = new HashMap<>();
        List<RunbookId> repeated = new ArrayList<>();
        List<DeclaredIds> declaredIds = DeclaredIds.ofRunbooks(inventory);
        for (int i = 0; i < declaredIds.size(); i++) {
            RunbookId id = declaredIds.get(i).declaredOrNull();
            if (id == null) {
                continue;
            }
            List<Runbook> same = byId.get(id);
            if (same == null) {
                same = new ArrayList<>(1);
                byId.put(id, same);
            } else if (same.size() == 1) {
                repeated.add(id);
            }
            same.add(inventory.runbooks().get(i));
        }
        Collections.sort(repeated);
        for (RunbookId key : repeated) {
            List<Runbook> same = byId.get(key).stream().sorted(Comparator.comparing(Runbook::path)).toList();
            for (int i = 1; i < same.size(); i++) {
                Runbook dup = same.get(i);
                String others = same.stream().filter(r -> r != dup).map(r -> "`" + r.path() + "`")
                        .collect(Collectors.joining(", "));
                findings.report(dup.document().position(DeclaredIds.of(dup.document()).line()), key,
                        "duplicate id: `" + key + "` is also declared by " + others
                                + "; give this runbook an unused id and rename its file to match.");
            }
        }
    }
}
