package org.runbookgovernance.rules.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.index.RunbookIndex;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code index/out-of-date}: a generated region of an index document differs from the index regenerated
 * from today's metadata. The regions are read by the engine (a Document keeps no raw text) into the inventory.
 */
public final class OutOfDate implements Rule {

    public static final String ID = "index/out-of-date";




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
        return "the generated regions of the index differ from the index regenerated from runbook metadata";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        IndexSettings settings = IndexSettings.from(inventory.config());
        for (IndexRegions committed : inventory.indexRegions()) {
            RunbookIndex index = IndexGenerator.generate(inventory, settings, committed.path());
            Map<String, String> generated = index.regions();
            for (Map.Entry<String, IndexRegions.Region> e : committed.regions().entrySet()) {
                String name = e.getKey();
                IndexRegions.Region region = e.getValue();
                String expected = generated.get(name);
                if (expected == null) {
                    findings.report(new org.runbookgovernance.model.SourcePosition(committed.path(),
                            region.beginLine()), "index out of date: region `" + name + "` is not one the "
                            + "generator writes; rename it to one of " + String.join(", ", generated.keySet())
                            + " or remove its markers.");
                    continue;
                }
                if (!expected.equals(region.content())) {
                    findings.report(new org.runbookgovernance.model.SourcePosition(committed.path(),
                            region.beginLine()), "index out of date: region `" + name + "` differs from the index "
                            + "generated from runbook metadata (" + changes(region.content(), expected)
                            + "); run `runbook-governance index --write` and commit the result.");
                }
            }
        }
    }

    /** What changed, by runbook: added, removed, or rows that differ. */
    static String changes(String committed, String generated) {
        Map<RunbookId, Set<String>> before = rowsById(committed);
        Map<RunbookId, Set<String>> after = rowsById(generated);
        List<String> parts = new ArrayList<>();
        for (RunbookId id : after.keySet()) {
            if (!before.containsKey(id)) {
                parts.add("runbook `" + id + "` is not in the index");
            }
        }
        for (RunbookId id : before.keySet()) {
            if (!after.containsKey(id)) {
                parts.add("runbook `" + id + "` is listed but no longer exists");
            }
        }
        List<String> changed = new ArrayList<>();
        for (RunbookId id : after.keySet()) {
            if (before.containsKey(id) && !before.get(id).equals(after.get(id))) {
                changed.add("`" + id + "`");
            }
        }
        if (!changed.isEmpty()) {
            parts.add("the entries of " + String.join(", ", changed) + " changed");
        }
        if (parts.isEmpty()) {
            parts.add("headings, order or layout changed");
        }
        return String.join("; ", parts);
    }

    /** Lines naming a runbook id, grouped by the first id they name. */
    private static Map<RunbookId, Set<String>> rowsById(String region) {
        Map<RunbookId, Set<String>> out = new LinkedHashMap<>();
        String[] lines = region.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<RunbookId> ids = RunbookId.findAllIn(line.replaceAll("\\([^)]*\\)", ""));
            if (!ids.isEmpty()) {
                Set<String> rows = out.computeIfAbsent(ids.get(0), k -> new LinkedHashSet<>());
                rows.add(line);
                // A "By Symptom" link belongs with the symptom line above it.
                if (line.startsWith("→") && i > 0) {
                    rows.add(lines[i - 1]);
                }
            }
        }
        return out;
    }
}
