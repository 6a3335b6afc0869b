package io.jenkins.plugins.runbookgovernance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value a step returns to the script: only maps, lists, strings and numbers, as CPS needs. By default
 * counts only, since a map the script assigns is saved with the program's state; {@code details: true}
 * adds the rows: {@code runbooks}, {@code reviewPlan}, {@code index} and the first {@code findings}. A review
 * plan written {@code byOwner} adds {@code digests}, one small map per owner (owner, address, file, counts),
 * since a script needs them to send the digests; {@code details: true} adds each one's {@code runbookIds}.
 */
final class StepResultMap {

    private StepResultMap() {
    }

    static Map<String, Object> of(GovernanceOutcome o, String status, String id, boolean details) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("id", id);
        map.put("errors", o.errors());
        map.put("warnings", o.warnings());
        map.put("infos", o.infos());
        map.put("worst", o.worst() == null ? "none" : o.worst().label());
        map.put("runbookCount", o.runbooks().size());
        map.put("overdue", o.overdue());
        map.put("findingCount", o.findingsTotal());
        map.put("reviewCount", o.reviewPlan().size());
        map.put("reportFiles", new ArrayList<Object>(o.reportFiles()));
        if (!o.digests().isEmpty()) {
            map.put("digests", digests(o, details));
        }
        if (details) {
            rows(o, map);
        }
        return map;
    }

    private static List<Object> digests(GovernanceOutcome o, boolean details) {
        List<Object> digests = new ArrayList<>();
        for (OwnerDigestRow d : o.digests()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("owner", d.getOwner());
            // null, not '', so that `if (d.address)` and `d.address ?: …` read as a script expects
            row.put("address", d.getAddress().isEmpty() ? null : d.getAddress());
            row.put("file", d.getFile());
            row.put("runbookCount", d.getRunbookIds().size());
            row.put("overdue", d.getOverdue());
            if (details) {
                row.put("runbookIds", new ArrayList<Object>(d.getRunbookIds()));
            }
            digests.add(row);
        }
        return digests;
    }

    private static void rows(GovernanceOutcome o, Map<String, Object> map) {
        List<Object> runbooks = new ArrayList<>();
        for (RunbookRow r : o.runbooks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.getId());
            row.put("title", r.getTitle());
            row.put("path", r.getPath());
            row.put("owner", r.getOwner());
            row.put("severity", r.getSeverity());
            row.put("reviewState", r.getReviewState());
            row.put("nextReview", r.getNextReview());
            row.put("status", r.getStatus());
            row.put("errors", r.getErrors());
            row.put("warnings", r.getWarnings());
            row.put("infos", r.getInfos());
            runbooks.add(row);
        }
        map.put("runbooks", runbooks);
        List<Object> plan = new ArrayList<>();
        for (ReviewItem i : o.reviewPlan()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", i.getId());
            row.put("title", i.getTitle());
            row.put("path", i.getPath());
            row.put("owner", i.getOwner());
            row.put("due", i.getDue());
            // never reviewed: no due date, so no day count either
            row.put("daysLeft", i.hasDue() ? (Object) (int) i.getDaysLeft() : null);
            row.put("state", i.getState());
            plan.add(row);
        }
        map.put("reviewPlan", plan);
        List<Object> index = new ArrayList<>();
        for (IndexSection section : o.index()) {
            for (IndexEntry e : section.getEntries()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("category", section.getTitle());
                row.put("id", e.getId());
                row.put("title", e.getTitle());
                row.put("path", e.getPath());
                row.put("reviewState", e.getReviewState());
                index.add(row);
            }
        }
        map.put("index", index);
        List<Object> findings = new ArrayList<>();
        for (FindingRow f : o.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", f.getRule());
            row.put("level", f.getLevel());
            row.put("path", f.getPath());
            row.put("line", f.getLine());
            row.put("runbook", f.getRunbook());
            row.put("message", f.getMessage());
            findings.add(row);
        }
        map.put("findings", findings);
    }
}
