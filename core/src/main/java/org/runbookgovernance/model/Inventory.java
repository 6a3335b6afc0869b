package org.runbookgovernance.model;

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
    /** Values derived from this inventory once and shared by every rule that needs them (see derived). */
    private final Map<Class<?>, Derived<?>> derived = new ConcurrentHashMap<>();

    public Inventory(Config config, LocalDate today, List<Document> documents, List<Alert> alerts, GitFacts git,
                     List<Problem> problems) {
        this(config, today, documents, alerts, git, problems, List.of());
    }

    /** @param indexRegions the generated regions of index documents with markers (the engine reads them) */
    public Inventory(Config config, LocalDate today, List<Document> documents, List<Alert> alerts, GitFacts git,
                     List<Problem> problems, List<IndexRegions> indexRegions) {
        this.problems = List.copyOf(problems);
        this.indexRegions = List.copyOf(indexRegions);
        this.config = config;
        this.today = today;
        this.documents = List.copyOf(documents);
        // Typing each runbook's metadata (dates, ids, severities) is independent per runbook: on every core.
        boolean gitDating = config.review().undated() == ReviewPolicy.Undated.GIT && git.available();
        this.runbooks = Batches.map(this.documents, PARALLEL_FROM_DOCUMENTS,
                d -> d.kind() == DocumentKind.RUNBOOK ? typed(d, gitDating ? git : null) : null).stream()
                .filter(Objects::nonNull).toList();
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
            runbookPaths.putIfAbsent(r.path(), r);
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

    public Optional<Runbook> runbookAt(String path) {
        return Optional.ofNullable(runbookByPath.get(path));
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
