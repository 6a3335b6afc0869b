package org.runbookgovernance.index;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.index.RunbookIndex.AlertRow;
import org.runbookgovernance.index.RunbookIndex.Category;
import org.runbookgovernance.index.RunbookIndex.DocumentRow;
import org.runbookgovernance.index.RunbookIndex.RunbookRow;
import org.runbookgovernance.index.RunbookIndex.SymptomRow;

/**
 * Builds the index from metadata alone: nothing is copied from the existing index, so it cannot drift.
 * Pure: same inventory and settings, same index.
 */
public final class IndexGenerator {

    public static final String SHORT_TITLE = "short_title";
    public static final String PURPOSE = "purpose";
    public static final String WHEN_TO_USE = "when_to_use";
    public static final String AUDIENCE = "audience";
    public static final String UNCATEGORISED = "Other Runbooks";

    /** RB-2 before RB-10: prefix, then the number, then the raw text. */
    public static final Comparator<RunbookId> BY_ID = IndexGenerator::compareIds;

    private IndexGenerator() {
    }

    /** The index for the configured index document, else the first index document, else README.md. */
    public static RunbookIndex generate(Inventory inventory, IndexSettings settings) {
        String path = settings.indexPath().orElseGet(() -> inventory.documents(DocumentKind.INDEX).stream()
                .map(Document::path).min(Comparator.comparingInt((String p) -> p.split("/").length)
                        .thenComparing(Comparator.naturalOrder()))
                .orElse("README.md"));
        return generate(inventory, settings, path);
    }

    /** The index with links written for the document at {@code indexPath}. */
    public static RunbookIndex generate(Inventory inventory, IndexSettings settings, String indexPath) {
        String folder = IndexPaths.folder(indexPath);
        ReviewPolicy policy = inventory.config().review();
        List<Runbook> runbooks = inventory.runbooks().stream()
                .sorted(Comparator.comparing(Runbook::id, BY_ID).thenComparing(Runbook::location)).toList();
        List<Optional<Runbook>> reached = reachedRunbooks(inventory);
        Map<String, RunbookRow> rows = new LinkedHashMap<>();
        for (Runbook r : runbooks) {
            rows.put(r.location(), row(r, folder, policy, inventory));
        }
        List<DocumentRow> core = new ArrayList<>();
        List<DocumentRow> guides = new ArrayList<>();
        for (Document d : ordered(inventory.documents(DocumentKind.GUIDE), settings.coreFramework())) {
            if (matchesAny(settings.coreFramework(), d.path())) {
                core.add(documentRow(d, folder, or(d, MetadataKeys.DESCRIPTION, PURPOSE), text(d, WHEN_TO_USE)));
            }
        }
        for (Document d : ordered(inventory.documents(DocumentKind.GUIDE), settings.guideOrder())) {
            if (!matchesAny(settings.coreFramework(), d.path())) {
                guides.add(documentRow(d, folder, or(d, PURPOSE, MetadataKeys.DESCRIPTION), text(d, AUDIENCE)));
            }
        }
        List<DocumentRow> templates = ordered(inventory.documents(DocumentKind.TEMPLATE), settings.templateOrder())
                .stream().map(d -> documentRow(d, folder, or(d, PURPOSE, MetadataKeys.DESCRIPTION), text(d, WHEN_TO_USE)))
                .toList();
        return new RunbookIndex(indexPath, inventory.today(), core, categories(rows.values(), runbooks, settings),
                templates, guides, symptoms(runbooks, rows, settings), alertRows(runbooks, rows, reached, inventory),
                List.copyOf(rows.values()), alertRunbooks(runbooks, reached, inventory));
    }

    private static RunbookRow row(Runbook r, String folder, ReviewPolicy policy, Inventory inventory) {
        String title = r.title().orElse(r.id().value());
        String shortTitle = text(r.document(), SHORT_TITLE).orElse(title);
        Optional<Long> age = r.reviewed().map(d -> ChronoUnit.DAYS.between(d.date(), inventory.today()));
        return new RunbookRow(r.id(), r.location(), IndexPaths.link(folder, r.path())
                + r.section().map(sec -> "#" + sec.anchor()).orElse(""), title, shortTitle,
                r.severity().map(Severity::toString), r.description().orElse(""), r.category(),
                inventory.ownerOf(r).map(Owner::display),
                r.reviewed(), policy.dueDate(r), policy.stateOn(r, inventory.today()), age);
    }

    /** {@code cluster-monitoring-operator} for {@code alerts/cluster-monitoring-operator/TargetDown.md}. */
    private static String folderOf(String path) {
        String file = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        int slash = file.lastIndexOf('/');
        if (slash < 0) {
            return UNCATEGORISED;
        }
        String folder = file.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static List<Category> categories(java.util.Collection<RunbookRow> rows, List<Runbook> runbooks,
                                             IndexSettings settings) {
        // Rows are in id order, so first appearance orders categories by their lowest runbook id.
        Map<String, List<RunbookRow>> byName = new LinkedHashMap<>();
        Map<String, List<Severity>> severities = new LinkedHashMap<>();
        Map<String, Runbook> byPath = new LinkedHashMap<>();
        runbooks.forEach(r -> byPath.put(r.location(), r));
        // Runbooks that name no category are grouped by their folder (alerts/<component>/), when there are several.
        java.util.Set<String> folders = new java.util.HashSet<>();
        rows.stream().filter(row -> row.category().isEmpty()).forEach(row -> folders.add(folderOf(row.path())));
        boolean byFolder = folders.size() > 1;
        for (RunbookRow row : rows) {
            String name = row.category().orElse(byFolder ? folderOf(row.path()) : UNCATEGORISED);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
            byPath.get(row.path()).severity().ifPresent(s ->
                    severities.computeIfAbsent(name, k -> new ArrayList<>()).add(s));
        }
        List<Category> out = new ArrayList<>();
        for (Map.Entry<String, List<RunbookRow>> e : byName.entrySet()) {
            String name = e.getKey();
            String title = settings.categoryTitles().get(name);
            if (title == null) {
                List<Severity> sev = severities.getOrDefault(name, List.of());
                title = sev.isEmpty() ? name : name + " (" + range(sev) + ")";
            }
            out.add(new Category(name, title, e.getValue()));
        }
        return out;
    }

    /** The union of severity ranges: P0 and P1-P2 give P0-P2. */
    static String range(List<Severity> severities) {
        int highest = severities.stream().mapToInt(Severity::highest).min().orElseThrow();
        int lowest = severities.stream().mapToInt(Severity::lowest).max().orElseThrow();
        return new Severity(highest, lowest).toString();
    }

    private static List<SymptomRow> symptoms(List<Runbook> runbooks, Map<String, RunbookRow> rows,
                                             IndexSettings settings) {
        // Keyed by path, not a set of runbooks: a record's hash would hash its whole document.
        Map<String, Runbook> order = new LinkedHashMap<>();
        Map<RunbookId, List<Runbook>> byId = new HashMap<>();
        runbooks.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        for (RunbookId id : settings.symptomOrder()) {
            byId.getOrDefault(id, List.of()).forEach(r -> order.putIfAbsent(r.location(), r));
        }
        runbooks.forEach(r -> order.putIfAbsent(r.location(), r));
        List<SymptomRow> out = new ArrayList<>();
        for (Runbook r : order.values()) {
            for (String symptom : symptomsOf(r.document())) {
                out.add(new SymptomRow(symptom, rows.get(r.location())));
            }
        }
        return out;
    }

    /**
     * Symptoms as written: a YAML list item each, or one label line each ("Pods keep restarting / OOMKilled"
     * is one symptom, so a label line is split only at ';').
     */
    static List<String> symptomsOf(Document doc) {
        List<String> out = new ArrayList<>();
        for (MetadataEntry e : doc.entries(MetadataKeys.SYMPTOMS)) {
            List<String> parts = e.source() == MetadataSource.LABEL_LINE ? List.of(e.value().split(";")) : e.items();
            for (String p : parts) {
                String s = withoutQuotes(p.strip());
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Without the quotes, backticks and apostrophes the text starts or ends with. */
    private static String withoutQuotes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isQuote(text.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private static List<AlertRow> alertRows(List<Runbook> runbooks, Map<String, RunbookRow> rows,
                                            List<Optional<Runbook>> reached, Inventory inventory) {
        Map<String, Set<String>> others = new HashMap<>();
        List<Alert> alerts = inventory.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            Optional<Runbook> r = reached.get(i);
            if (r != null && r.isPresent()) {
                others.computeIfAbsent(r.get().location(), k -> new TreeSet<>()).add(alerts.get(i).name());
            }
        }
        List<AlertRow> out = new ArrayList<>();
        for (Runbook r : runbooks) {
            List<String> names = new ArrayList<>(r.alerts());
            for (String other : others.getOrDefault(r.location(), Set.of())) {
                if (!names.contains(other)) {
                    names.add(other);
                }
            }
            if (!names.isEmpty()) {
                out.add(new AlertRow(names, rows.get(r.location())));
            }
        }
        return out;
    }

    /**
     * Every alert name, sorted, with the path of the first runbook (by id) that declares it, else of the runbook
     * the first of its alerts that reaches one reaches; empty when none does.
     */
    private static Map<String, Optional<String>> alertRunbooks(List<Runbook> byId, List<Optional<Runbook>> reached,
                                                               Inventory inventory) {
        Map<String, Optional<String>> out = new HashMap<>();
        for (Runbook r : byId) {
            for (String name : r.alerts()) {
                out.putIfAbsent(name, Optional.of(r.location()));
            }
        }
        List<Alert> alerts = inventory.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            if (reached.get(i) == null) {
                continue;
            }
            String name = alerts.get(i).name();
            Optional<String> known = out.get(name);
            if (known == null || known.isEmpty()) {
                out.put(name, reached.get(i).map(Runbook::location));
            }
        }
        // Sorted once at the end: a sorted map compared the long, similar names on each of three lookups per alert.
        List<Map.Entry<String, Optional<String>>> entries = new ArrayList<>(out.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        Map<String, Optional<String>> sorted = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
        for (Map.Entry<String, Optional<String>> e : entries) {
            sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
    }

    /**
     * Per inventory alert, by index: the runbook it reaches, as the alerts rules decide it, empty when none; null
     * for an alert of the index's own table, which is what is being generated, so not a source.
     */
    private static List<Optional<Runbook>> reachedRunbooks(Inventory inventory) {
        AlertResolutions resolutions = AlertResolutions.of(inventory);
        List<Alert> alerts = inventory.alerts();
        List<Optional<Runbook>> reached = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            Resolution r = resolutions.resolution(i);
            reached.add(alerts.get(i).origin() == AlertOrigin.INDEX_TABLE ? null
                    : r.runbookPath().flatMap(p -> inventory.runbookAt(p, r.anchor())));
        }
        return reached;
    }

    private static DocumentRow documentRow(Document d, String folder, Optional<String> first, Optional<String> second) {
        String title = text(d, SHORT_TITLE).or(() -> text(d, MetadataKeys.TITLE)).or(d::title)
                .orElse(d.path().substring(d.path().lastIndexOf('/') + 1));
        return new DocumentRow(d.path(), IndexPaths.link(folder, d.path()), title, first.orElse(""),
                second.orElse(""));
    }

    /** Documents ordered by the first glob they match, then by path; unmatched documents last. */
    private static List<Document> ordered(List<Document> docs, List<Glob> globs) {
        return docs.stream().sorted(Comparator.comparingInt((Document d) -> firstMatch(globs, d.path()))
                .thenComparing(Document::path)).toList();
    }

    private static int firstMatch(List<Glob> globs, String path) {
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(path)) {
                return i;
            }
        }
        return globs.size();
    }

    private static boolean matchesAny(List<Glob> globs, String path) {
        return firstMatch(globs, path) < globs.size();
    }

    private static Optional<String> or(Document d, String key, String fallback) {
        return text(d, key).or(() -> text(d, fallback));
    }

    static Optional<String> text(Document d, String key) {
        return d.entry(key).map(MetadataEntry::value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * {@link #BY_ID}: an id of the form {@code [A-Z]+-[0-9]+} sorts by its letters, then its number (up to 18
     * digits; longer ones after every number), then its text; any other id sorts by its whole text as the prefix. Both compared upper-cased, as ids are.
     * Read by hand rather than by a pattern: sorting 10,000 runbooks compares ids some 140,000 times.
     */
    private static int compareIds(RunbookId a, RunbookId b) {
        String x = a.key();
        String y = b.key();
        int dashX = dash(x);
        int dashY = dash(y);
        String prefixX = dashX < 0 ? x : x.substring(0, dashX);
        String prefixY = dashY < 0 ? y : y.substring(0, dashY);
        int byPrefix = prefixX.compareTo(prefixY);
        if (byPrefix != 0) {
            return byPrefix;
        }
        int byNumber = Long.compare(number(x, dashX), number(y, dashY));
        return byNumber != 0 ? byNumber : x.compareTo(y);
    }

    /** Where the dash of an id of the form {@code [A-Z]+-[0-9]+} is, or -1 for an id of another form. */
    private static int dash(String id) {
        int i = 0;
        while (i < id.length() && id.charAt(i) >= 'A' && id.charAt(i) <= 'Z') {
            i++;
        }
        if (i == 0 || i + 1 >= id.length() || id.charAt(i) != '-') {
            return -1;
        }
        for (int j = i + 1; j < id.length(); j++) {
            if (id.charAt(j) < '0' || id.charAt(j) > '9') {
                return -1;
            }
        }
        return i;
    }

    private static long number(String id, int dash) {
        if (dash < 0 || id.length() - dash - 1 > 18) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(id, dash + 1, id.length(), 10);
    }
}
