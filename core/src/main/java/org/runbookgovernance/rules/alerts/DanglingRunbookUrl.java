package org.runbookgovernance.rules.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code alerts/dangling-runbook-url}: an alert's runbook reference (rule file or index row) leads to a
 * missing file or heading. References that cannot be checked here, a templated value that depends on
 * the firing alert or a URL no mapping covers, are reported at info level so they are never skipped silently.
 * A reference many alerts share, written the same and leading to the same place, is one finding at the first
 * alert, naming the others: one fix repairs them all.
 */
public final class DanglingRunbookUrl implements Rule {

    public static final String ID = "alerts/dangling-runbook-url";

    /** How many alert names a shared reference's finding lists before "and N more". */
    static final int MAX_LISTED = 3;

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
        return "an alert's runbook reference points at a missing file or heading";
    }

    /** Alerts whose reference is written the same and fails the same way. */
    private record Shared(String ref, Resolution.Kind kind, String detail) {
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        AlertCoverage coverage = AlertCoverage.of(inventory);
        List<Alert> alerts = coverage.routingAlerts();
        Map<Shared, List<Alert>> groups = new LinkedHashMap<>();
        Map<Shared, Resolution> resolutions = new LinkedHashMap<>();
        for (int i = 0; i < alerts.size(); i++) {
            Resolution r = coverage.routingResolution(i);
            if (r.kind() != Resolution.Kind.DANGLING && r.kind() != Resolution.Kind.UNVERIFIABLE
                    && r.kind() != Resolution.Kind.EXTERNAL_UNMAPPED) {
                continue; // RESOLVED is fine; NONE is alert-without-runbook's concern.
            }
            Alert a = alerts.get(i);
            Shared key = new Shared(a.runbookRef().orElse(""), r.kind(), r.detail());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            resolutions.putIfAbsent(key, r);
        }
        // Many references that each miss an anchor on one existing page are one problem of that page (a generator
        // that writes anchors the page never had): one finding for the page, naming the anchors.
        Map<String, List<Shared>> missingAnchors = new LinkedHashMap<>();
        groups.keySet().stream().filter(k -> k.kind() == Resolution.Kind.DANGLING)
                .filter(k -> resolutions.get(k).runbookPath().isPresent() && resolutions.get(k).anchor().isPresent())
                .forEach(k -> missingAnchors.computeIfAbsent(resolutions.get(k).runbookPath().get(),
                        p -> new ArrayList<>()).add(k));
        Set<Shared> folded = new java.util.HashSet<>();
        missingAnchors.forEach((page, keys) -> {
            if (keys.size() >= FOLD_ANCHORS_FROM) {
                List<Alert> sharing = new ArrayList<>();
                keys.forEach(k -> sharing.addAll(groups.get(k)));
                Set<String> anchors = new LinkedHashSet<>();
                keys.forEach(k -> anchors.add("#" + resolutions.get(k).anchor().get()));
                findings.report(sharing.get(0).position(), "dangling runbook URLs: " + alerts(sharing)
                        + " link to anchors `" + page + "` does not have (" + listed(anchors) + "); add the headings"
                        + " they name, or correct the references.");
                folded.addAll(keys);
            }
        });
        groups.forEach((key, sharing) -> {
            if (!folded.contains(key)) {
                report(key.ref(), resolutions.get(key), sharing, findings);
            }
        });
    }

    /** From this many distinct missing anchors on one page, they are one finding. */
    static final int FOLD_ANCHORS_FROM = 3;

    private static void report(String ref, Resolution r, List<Alert> sharing, Findings findings) {
        Alert first = sharing.get(0);
        switch (r.kind()) {
            case DANGLING -> findings.report(first.position(), "dangling runbook URL: `" + ref + "` "
                    + (sharing.size() == 1 ? "of alert `" + first.name() + "`"
                    : "is the runbook of " + alerts(sharing) + " and") + " leads nowhere: " + r.detail()
                    + "; correct the reference or restore the " + (r.runbookPath().isPresent() ? "heading." : "runbook."));
            case UNVERIFIABLE -> findings.report(Level.INFO, first.position(), null, "runbook URL cannot be "
                    + "verified: `" + ref + "` of " + of(sharing) + ": " + r.detail() + "; set the label "
                    + "statically in the rule, or use `{{ $labels.alertname }}`, to let it be checked.");
            case EXTERNAL_UNMAPPED -> findings.report(Level.INFO, first.position(), null, "runbook URL cannot be "
                    + "verified: `" + ref + "` of " + of(sharing) + " is outside the repository and no "
                    + "mapping covers it; add --runbook-url-map BASE_URL=FOLDER or `alerts.runbook_url_map` "
                    + "in .runbook-governance.yml.");
            default -> throw new IllegalStateException("not reported: " + r.kind());
        }
    }

    /** "alert `A`", or "3 alerts (`A`, `B` and `C`)". */
    private static String of(List<Alert> sharing) {
        return sharing.size() == 1 ? "alert `" + sharing.get(0).name() + "`" : alerts(sharing);
    }

    /** "288 alerts (`A`, `B`, `C` and 285 more)": the count of rules, then their distinct names. */
    static String alerts(List<Alert> sharing) {
        Set<String> names = new LinkedHashSet<>();
        sharing.forEach(a -> names.add(a.name()));
        return String.format(java.util.Locale.ROOT, "%,d", sharing.size()) + " alerts (" + listed(names) + ")";
    }

    /** "`A`, `B`, `C` and 285 more", "`A` and `B`", "`A`". */
    private static String listed(Set<String> names) {
        List<String> listed = names.stream().limit(MAX_LISTED).map(n -> "`" + n + "`").toList();
        String list;
        if (names.size() > MAX_LISTED) {
            list = String.join(", ", listed) + " and " + (names.size() - MAX_LISTED) + " more";
        } else if (listed.size() == 1) {
            list = listed.get(0);
        } else {
            list = String.join(", ", listed.subList(0, listed.size() - 1)) + " and " + listed.get(listed.size() - 1);
        }
        return list;
    }
}
