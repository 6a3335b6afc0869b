package org.runbookgovernance.inventory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.PointerPage;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.RunbookPage;
import org.runbookgovernance.parallel.Batches;

/**
 * Everything the rules may know, built once per run and never changed: the documents, the runbooks read
 * from them, the alerts from every source, git facts, the config and the day. Rules read only this.
 */
public final class Inventory {

    /** Below this many documents their runbooks are typed on the calling thread. */
    private static final int PARALLEL_FROM_DOCUMENTS = 256;

    private final Config config;
    private final LocalDate today;
    private final List<Document> documents;
    private final List<Runbook> runbooks;
    private final List<Alert> alerts;
    private final GitFacts git;
    private final List<Problem> problems;
    private final List<IndexRegions> indexRegions;
    private final Map<String, Document> byPath;
    private final Map<RunbookId, List<Runbook>> byId;
    private final Map<String, Runbook> runbookByPath;
    /** The section runbooks of every page of them, by the page's path. */
    private final Map<String, List<Runbook>> sectionsByPage;
    private final Map<String, Owner> fileOwners;
    /** Values derived from this inventory once and shared by every rule that needs them (see derived). */
    private final Map<Class<?>, Derived<?>> derived = new ConcurrentHashMap<>();

    public Inventory(Config config, LocalDate today, List<Document> documents, List<Alert> alerts, GitFacts git,
                     List<Problem> problems) {
        this(config, today, documents, alerts, git, problems, List.of());
    }

    /** @param indexRegions the generated regions of index documents with markers (the engine reads them) */
    public Inventory(Config config, LocalDate today, List<Document> documents, List<Alert> alerts, GitFacts git,
                     List<Problem> problems, List<IndexRegions> indexRegions) {
        this(config, today, documents, alerts, git, problems, indexRegions, Map.of());
    }

    /** @param fileOwners each runbook's owner from CODEOWNERS or OWNERS files, by path (the engine reads them) */
    public Inventory(Config config, LocalDate today, List<Document> documents, List<Alert> alerts, GitFacts git,
                     List<Problem> problems, List<IndexRegions> indexRegions, Map<String, Owner> fileOwners) {
        this.fileOwners = Map.copyOf(fileOwners);
        this.problems = List.copyOf(problems);
        this.indexRegions = List.copyOf(indexRegions);
        this.config = config;
        this.today = today;
        this.documents = List.copyOf(documents);
        // Typing each runbook's metadata (dates, ids, severities) is independent per runbook: on every core.
        boolean gitDating = config.review().undated() == ReviewPolicy.Undated.GIT && git.available();
        List<Runbook> typed = Batches.map(this.documents, PARALLEL_FROM_DOCUMENTS,
                // A page that only says where the runbook went is not a runbook: no review or alert is asked of it.
                d -> d.kind() == DocumentKind.RUNBOOK && !PointerPage.is(d) ? typed(d, gitDating ? git : null) : null)
                .stream()
                .filter(Objects::nonNull).toList();
        Map<String, List<Runbook>> sections = new HashMap<>();
        for (Document d : this.documents) {
            if (d.kind() == DocumentKind.RUNBOOK_PAGE) {
                config.documents().sectionLevel(d.path()).ifPresent(level -> sections.put(d.path(),
                        RunbookPage.runbooks(d, level, gitDating ? git : GitFacts.NONE)));
            }
        }
        if (!sections.isEmpty()) {
            List<Runbook> all = new java.util.ArrayList<>(typed);
            this.documents.stream().map(d -> sections.getOrDefault(d.path(), List.of())).forEach(all::addAll);
            typed = List.copyOf(all);
        }
        this.runbooks = typed;
        this.sectionsByPage = Map.copyOf(sections);
        this.alerts = List.copyOf(alerts);
        this.git = git;
        Map<String, Document> paths = new HashMap<>();
        for (Document d : this.documents) {
            paths.put(d.path(), d);
        }
        this.byPath = Collections.unmodifiableMap(paths);
        Map<RunbookId, List<Runbook>> ids = new HashMap<>();
        for (Runbook r : runbooks) {
            ids.computeIfAbsent(r.id(), k -> new java.util.ArrayList<>()).add(r);
        }
        ids.replaceAll((k, v) -> List.copyOf(v));
        this.byId = Collections.unmodifiableMap(ids);
        // Rules ask "which runbook is this file?" per document and per alert: a lookup, not a scan.
        Map<String, Runbook> runbookPaths = new HashMap<>();
        for (Runbook r : runbooks) {
            if (r.section().isEmpty()) {
                runbookPaths.putIfAbsent(r.path(), r);
            }
        }
        this.runbookByPath = Collections.unmodifiableMap(runbookPaths);
    }

    /** The runbook a document holds, dated from git when it declares no review date and {@code git} is given. */
    private static Runbook typed(Document d, GitFacts git) {
        Runbook r = Runbook.from(d);
        if (git == null || !r.undated()) {
            return r;
        }
        GitFacts.Edit written = git.lastSubstantiveChange().get(d.path());
        return written == null ? r
                : r.withGitReview(LastReview.fromGit(LocalDate.ofInstant(written.time(), ZoneOffset.UTC), written.commit()));
    }

    public Config config() {
        return config;
    }

    public LocalDate today() {
        return today;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Document> documents(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).toList();
    }

    public List<Runbook> runbooks() {
        return runbooks;
    }

    public List<Alert> alerts() {
        return alerts;
    }

    public GitFacts git() {
        return git;
    }

    /** Problems met while scanning and parsing, for the {@code input/*} and {@code metadata/malformed} rules. */
    public List<Problem> problems() {
        return problems;
    }

    /** The generated regions of every index document that has markers, for the {@code index/*} rules. */
    public List<IndexRegions> indexRegions() {
        return indexRegions;
    }

    public Optional<Document> document(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every runbook declaring this id; more than one is a {@code metadata/duplicate-id} finding. */
    public List<Runbook> runbooks(RunbookId id) {
        return byId.getOrDefault(id, List.of());
    }

    public Optional<Runbook> runbook(RunbookId id) {
        List<Runbook> all = runbooks(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The runbook that is this file; empty for a page of section runbooks, which is none. */
    public Optional<Runbook> runbookAt(String path) {
        return Optional.ofNullable(runbookByPath.get(path));
    }

    /** The runbook's owner: its metadata's, else the one CODEOWNERS or the nearest OWNERS file names. */
    public Optional<Owner> ownerOf(Runbook runbook) {
        Optional<String> declared = runbook.owner().map(String::strip).filter(o -> !o.isEmpty());
        if (declared.isPresent()) {
            return Optional.of(new Owner(List.of(declared.get()), OwnerSource.METADATA, runbook.path()));
        }
        return Optional.ofNullable(fileOwners.get(runbook.path()));
    }

    /**
     * The runbook a link reaches: the file's, or on a page of section runbooks the section holding the heading
     * the anchor names (compared as GitHub does, ignoring case); a page without an anchor reaches none.
     */
    public Optional<Runbook> runbookAt(String path, Optional<String> anchor) {
        List<Runbook> sections = sectionsByPage.get(path);
        if (sections == null) {
            return runbookAt(path);
        }
        if (anchor.isEmpty() || anchor.get().isEmpty()) {
            return Optional.empty();
        }
        String wanted = RepositoryPaths.decode(anchor.get());
        Optional<Heading> heading = document(path).flatMap(d -> d.headings().stream()
                .filter(h -> h.anchor().equalsIgnoreCase(wanted)).findFirst());
        return heading.flatMap(h -> runbookContaining(path, h.line()));
    }

    /** The section runbook of a page whose lines hold {@code line}, else the file's runbook. */
    public Optional<Runbook> runbookContaining(String path, int line) {
        List<Runbook> sections = sectionsByPage.get(path);
        if (sections == null) {
            return runbookAt(path);
        }
        return sections.stream().filter(r -> r.section().orElseThrow().contains(line)).findFirst();
    }

    /** The section runbooks of a page, in page order; empty for any other file. */
    public List<Runbook> sectionsOf(String path) {
        return sectionsByPage.getOrDefault(path, List.of());
    }

    /**
     * A value computed from this inventory once, however many rules ask (e.g. every alert's resolution).
     * {@code compute} must be a pure function of the inventory; it may itself ask for other derived values.
     */
    public <T> T derived(Class<T> key, Function<Inventory, T> compute) {
        // The holder is created under the map's lock, the value under the holder's own: a computation
        // may then ask for another derived value without a recursive update of the map.
        Derived<?> holder = derived.computeIfAbsent(key, k -> new Derived<>());
        return key.cast(holder.get(this, compute));
    }

    private static final class Derived<T> {
        private volatile Object value;

        Object get(Inventory inventory, Function<Inventory, ?> compute) {
            Object v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = java.util.Objects.requireNonNull(compute.apply(inventory));
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
