package org.runbookgovernance.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.runbookgovernance.alerts.AlertCollector;
import org.runbookgovernance.alerts.AlertLoad;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.AlertResolutions;
import org.runbookgovernance.alerts.RuleFileSources;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.git.BranchContext;
import org.runbookgovernance.index.IndexFile;
import org.runbookgovernance.index.IndexMarkers;
import org.runbookgovernance.parallel.Batches;
import org.runbookgovernance.parallel.Joined;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.git.GitHistory;
import org.runbookgovernance.git.PageBlame;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.model.RunbookPage;
import org.runbookgovernance.model.RunbookSection;
import org.runbookgovernance.parse.SectionLabels;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.owners.RepositoryOwners;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.parse.ParsedFile;
import org.runbookgovernance.parse.RepositoryScanner;
import org.runbookgovernance.parse.Scan;
import org.runbookgovernance.parse.ScannedFile;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;
import org.runbookgovernance.rules.branch.UnknownContext;
import org.runbookgovernance.rules.governance.ChangeSetUnknown;
import org.runbookgovernance.rules.governance.RuleFailed;

/**
 * The engine: scan, parse, gather alerts and git facts into one {@link Inventory}, run the rules, apply
 * waivers, and hand back one {@link Report}. Every face (CLI, Jenkins step) calls {@link #check}.
 */
public final class Governance {

    public static final String VERSION = "0.1.0";

    /** Below this many files a check parses and runs its rules on one thread (measured: bench/README.md). */
    static final int PARALLEL_FROM_FILES = 64;

    private final RuleRegistry registry;

    public Governance(RuleRegistry registry) {
        this.registry = registry;
    }

    public static Governance standard() {
        return new Governance(RuleRegistry.standard());
    }

    /** Runs one check. Bad input the user can fix (missing directory) is a {@link BadInputException}. */
    public Report check(CheckRequest request) {
        return check(request, ProgressListener.NONE);
    }

    /** Runs one check and tells {@code progress} which phase it is in and how far it has come. */
    public Report check(CheckRequest request, ProgressListener progress) {
        return checkKeepingInventory(request, progress).report();
    }

    /** Runs one check and keeps the inventory it judged (the index, dashboard and review plan need both). */
    public Checked checkKeepingInventory(CheckRequest request) {
        return checkKeepingInventory(request, ProgressListener.NONE);
    }

    /** As {@link #checkKeepingInventory(CheckRequest)}, telling {@code progress} how far it has come. */
    public Checked checkKeepingInventory(CheckRequest request, ProgressListener progress) {
        PhaseClock clock = new PhaseClock();
        Inventory inventory = inventory(request, clock, progress);
        // Before the rules: without the merge base there is nothing to compare with, and the fix is one command.
        if (request.newOnly()) {
            MergeBase.changeSet(request, inventory.git());
        }
        List<Rule> rules = registry.onlyGroups(request.ruleGroups()).rules();
        List<Finding> findings = clock.time("rules", () -> changedOnly(request, inventory, runRules(inventory, rules,
                progress)));
        progress.update("report", 0, 0);
        ReportBody body = clock.time("report", () -> reportBody(inventory));
        return new Checked(inventory, report(request, inventory, findings, body, clock));
    }

    /**
     * {@code --new-only}'s second check: the same check of the checked folder as it is at the merge base of
     * {@code changes}, read from git without a checkout, with the history at that commit.
     */
    public Report checkMergeBase(CheckRequest request, GitFacts.ChangeSet changes) {
        return MergeBase.check(this, request, changes);
    }

    /** Builds the inventory a check would see, for faces that need it without rules (review plan, index). */
    public Inventory inventory(CheckRequest request) {
        return inventory(request, ProgressListener.NONE);
    }

    /** As {@link #inventory(CheckRequest)}, telling {@code progress} how far it has come. */
    public Inventory inventory(CheckRequest request, ProgressListener progress) {
        return inventory(request, new PhaseClock(), progress);
    }

    private Inventory inventory(CheckRequest request, PhaseClock clock, ProgressListener progress) {
        Path root = request.root();
        if (!Files.isDirectory(root)) {
            throw new BadInputException(SourcePosition.file(root.toString()), "not a directory; give the runbook "
                    + "repository's folder (default: runbooks)");
        }
        Config config = withCliAlertSettings(request);
        boolean wantsAlerts = wants(request, "alerts", "index");
        AlertSettings alertSettings = wantsAlerts ? AlertSettings.from(config, List.of(), Map.of()) : null;
        // Rule files need no Markdown: the pool reads them while this thread scans and parses.
        AlertCollector.RuleFilesInFlight ruleFiles = wantsAlerts
                ? AlertCollector.startReadingRuleFiles(root, alertSettings, config.documents().exclude(),
                ruleFileSources(request)) : null;
        progress.update("scan", 0, 0);
        // The parser reads each file once and reports binary or non-UTF-8 content itself.
        Scan scan = clock.time("scan", () -> RepositoryScanner.list(root, config.documents()));
        // History needs only the paths: it is walked on a thread of its own while the files are parsed.
        GitNeeds needs = needsGit(request)
                ? GitNeeds.of(request, config, registry.onlyGroups(request.ruleGroups()).rules()) : GitNeeds.NOTHING;
        CompletableFuture<GitFacts> history = startReadingGit(request, config, needs.historyPaths(scan), needs);
        CompletableFuture<PageBlame> blame = startBlamingPages(request, scan, history, needs);
        List<Problem> problems = new ArrayList<>(scan.problems());
        List<Document> documents = clock.time("parse", () -> parseAll(scan, config.documents(), problems, progress,
                clock.readers()));
        progress.update("alerts", 0, 0);
        List<Alert> alerts = clock.time("alerts", () -> {
            if (!wantsAlerts) {
                return List.<Alert>of();
            }
            AlertLoad read = ruleFiles.join();
            AlertLoad load = AlertCollector.collect(root, alertSettings, documents, null, read);
            problems.addAll(load.problems());
            clock.readers().addRuleFiles(load.ruleFileFallbacks(), load.ruleFileFailures());
            return load.alerts();
        });
        if (request.useGit()) {
            progress.update("git", 0, 0); // with --no-git there is no such phase to show
        }
        // The phase is the wait for the walk that began after the scan.
        GitFacts git = clock.time("git", () -> withSections(Joined.join(history), Joined.join(blame), documents,
                config));
        List<IndexRegions> regions = clock.time("parse", () -> indexRegions(root, documents, problems));
        // Owner files are read once, for the runbooks whose metadata names no owner as well as the others.
        RepositoryOwners.Read owners = clock.time("parse", () -> RepositoryOwners.read(root, documents.stream()
                .filter(d -> d.kind() == DocumentKind.RUNBOOK).map(Document::path).toList()));
        problems.addAll(owners.problems());
        // Reading each runbook's typed metadata is part of parsing it.
        Inventory inventory = clock.time("parse", () -> new Inventory(config, request.today(), documents, alerts, git,
                problems, regions, owners.byPath()));
        if (wantsAlerts) {
            // Resolved here on every core, before the rules: inside a rule, the other rules would wait for it.
            clock.time("alerts", () -> AlertResolutions.of(inventory));
        }
        return inventory;
    }

    /** The generated regions of index documents that carry markers; bad markers become a finding. */
    private static List<IndexRegions> indexRegions(Path root, List<Document> documents, List<Problem> problems) {
        List<IndexRegions> regions = new ArrayList<>();
        for (Document d : documents) {
            if (d.kind() != DocumentKind.INDEX) {
                continue;
            }
            try {
                String text = IndexFile.read(root.resolve(d.path()), d.path());
                if (text.contains(IndexMarkers.PREFIX)) {
                    regions.add(IndexMarkers.regions(text, d.path()));
                }
            } catch (BadInputException e) {
                problems.add(new Problem(ProblemIds.INDEX_MARKERS, e.position() == null
                        ? SourcePosition.file(d.path()) : e.position(), stripPosition(e)));
            }
        }
        return regions;
    }

    private static String stripPosition(BadInputException e) {
        String m = e.getMessage();
        String prefix = e.position() == null ? "" : e.position() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /**
     * Starts the one walk over history for the runbooks' paths, and the PR change set, on a thread of
     * its own: it is one thread's work for a second or more in a long history, and the parse keeps the
     * other cores busy meanwhile. A file that then fails to parse has facts nobody asks for.
     */
    private static CompletableFuture<GitFacts> startReadingGit(CheckRequest request, Config config, List<String> paths,
                                                               GitNeeds needs) {
        if (!needs.any()) {
            return CompletableFuture.completedFuture(GitFacts.NONE);
        }
        CompletableFuture<GitFacts> facts = new CompletableFuture<>();
        Thread walker = new Thread(() -> {
            try {
                facts.complete(gitFacts(request, config, paths));
            } catch (Throwable e) { // a bug: rethrown on the checking thread by Joined.join
                facts.completeExceptionally(e);
            }
        }, "runbook-governance-git");
        walker.setDaemon(true); // a check that failed meanwhile does not wait for it
        walker.start();
        return facts;
    }

    /**
     * Blames the pages of section runbooks after the history walk, on the same thread: only the configured
     * pages, once each.
     */
    private static CompletableFuture<PageBlame> startBlamingPages(CheckRequest request, Scan scan,
                                                                  CompletableFuture<GitFacts> history, GitNeeds needs) {
        List<String> pages = scan.files().stream().filter(f -> f.kind() == DocumentKind.RUNBOOK_PAGE)
                .map(ScannedFile::path).toList();
        if (pages.isEmpty() || !needs.history()) {
            return CompletableFuture.completedFuture(PageBlame.NONE);
        }
        Optional<CheckRequest.PastCommit> past = request.pastCommit();
        return history.thenApply(facts -> !facts.available() ? PageBlame.NONE : past.isPresent()
                ? PageBlame.readAt(past.get().folder(), past.get().commit(), pages) : PageBlame.read(request.root(), pages));
    }

    /** The rules that read history, and the modes that need the change set. */
    private static boolean needsGit(CheckRequest request) {
        return wants(request, "freshness", "branch") || request.changedOnly() || request.newOnly();
    }

    /** Each section runbook's last change: the latest commit among its lines. */
    static GitFacts withSections(GitFacts facts, PageBlame blame, List<Document> documents, Config config) {
        Map<String, java.time.Instant> bySection = new java.util.HashMap<>();
        for (Document d : documents) {
            if (d.kind() != DocumentKind.RUNBOOK_PAGE) {
                continue;
            }
            config.documents().sectionLevel(d.path()).ifPresent(level -> {
                for (RunbookSection s : RunbookPage.sections(d, level)) {
                    blame.lastChange(d.path(), s.line(), s.lastLine()).ifPresent(t ->
                            bySection.put(GitFacts.sectionKey(d.path(), s.anchor()), t));
                }
            });
        }
        return bySection.isEmpty() ? facts : facts.withSectionLastChange(bySection);
    }

    /** Never fails the run: git problems become notes. */
    private static GitFacts gitFacts(CheckRequest request, Config config, List<String> paths) {
        if (request.pastCommit().isPresent()) {
            CheckRequest.PastCommit past = request.pastCommit().get();
            return GitHistory.readAt(past.folder(), past.commit(), paths, GitHistory.typoThreshold(config));
        }
        if (!GitHistory.isInWorkTree(request.root())) {
            return GitFacts.NONE;
        }
        BranchContext context = GitHistory.context(request.root(), request.branch(), request.target(), request.env());
        return GitHistory.read(request.root(), paths, context, GitHistory.typoThreshold(config), request.historyCache());
    }

    /** CLI/step values ({@code --rules}, {@code --runbook-url-map}) join the config so rules see them too. */
    private static Config withCliAlertSettings(CheckRequest request) {
        Config config = request.config();
        if (request.alertRules().isEmpty() && request.urlMap().isEmpty()) {
            return config;
        }
        return config.withSection(AlertSettings.SECTION, AlertSettings.mergeIntoSection(
                config.section(AlertSettings.SECTION), request.alertRules(), request.urlMap()));
    }

    /** The rule-file globs the user named (not the defaults), and what their {@code ../} is relative to. */
    private static RuleFileSources ruleFileSources(CheckRequest request) {
        Map<String, String> named = new LinkedHashMap<>();
        if (request.config().section(AlertSettings.SECTION).containsKey(AlertSettings.RULE_FILES)) {
            AlertSettings.from(request.config(), List.of(), Map.of()).ruleGlobs()
                    .forEach(g -> named.put(g, "alerts." + AlertSettings.RULE_FILES));
        }
        request.alertRules().forEach(g -> named.putIfAbsent(g, "--rules"));
        return new RuleFileSources(request.workingDirectory(), named);
    }

    /** Skip work nobody asked for: a freshness-only run needs no alert rule files. */
    private static boolean wants(CheckRequest request, String... groups) {
        return request.ruleGroups().isEmpty() || java.util.Arrays.stream(groups).anyMatch(request.ruleGroups()::contains);
    }

    private static List<Document> parseAll(Scan scan, DocumentGlobs globs, List<Problem> problems,
                                           ProgressListener progress, ReaderUse.Tally readers) {
        int total = scan.files().size();
        AtomicInteger done = new AtomicInteger();
        progress.update("parse", 0, total);
        // Parsing is independent per file: spread it over the cores, then restore path order. A small
        // repository is parsed on this thread: starting the worker threads would cost more than it saves.
        List<ParsedFile> parsed = Batches.map(scan.files(), PARALLEL_FROM_FILES, f -> {
            ParsedFile p = f.kind() == DocumentKind.RUNBOOK_PAGE
                    ? SectionLabels.parse(f, globs.sectionLevel(f.path()).orElse(2)) : DocumentParser.parse(f);
            progress.update("parse", done.incrementAndGet(), total);
            return p;
        });
        List<Document> documents = new ArrayList<>(parsed.size());
        for (ParsedFile p : parsed) {
            p.document().ifPresent(documents::add);
            problems.addAll(p.problems());
            readers.add(ReaderUse.Reader.MARKDOWN, p.markdown());
            readers.add(ReaderUse.Reader.FRONT_MATTER, p.frontMatter());
        }
        documents.sort(Comparator.comparing(Document::path));
        return documents;
    }

    /**
     * PR mode: keep findings on files the change set touches, the branch rules' and the check's own health
     * ({@code governance/*} at the repository); a repository-wide state the change did not cause is not its. When
     * the change set is unknown no file's findings are kept: a {@code governance/change-set-unknown} finding
     * says why and how to fix it, since showing every file's findings would quietly check the whole repository.
     */
    private static List<Finding> changedOnly(CheckRequest request, Inventory inventory, List<Finding> findings) {
        if (!request.changedOnly()) {
            return findings;
        }
        Optional<GitFacts.ChangeSet> changes = inventory.git().changes();
        List<Finding> kept = new ArrayList<>(findings.stream().filter(f -> f.ruleId().startsWith("branch/")
                || f.position().path().equals(".") && f.ruleId().startsWith("governance/")
                || changes.isPresent() && changes.get().file(f.position().path()).isPresent()).toList());
        RuleSettings unknown = inventory.config().rule(ChangeSetUnknown.ID);
        if (changes.isEmpty() && unknown.enabled()) {
            kept.removeIf(f -> f.ruleId().equals(UnknownContext.ID)); // the finding below says it, with the fix
            kept.add(new Finding(ChangeSetUnknown.ID, unknown.level().orElse(ChangeSetUnknown.LEVEL),
                    SourcePosition.file("."), Optional.empty(), ChangeSetUnknown.message(changeSetUnknown(request,
                    inventory.git()))));
        }
        return kept;
    }

    /** Why git could not tell the change set, with the fix. */
    private static String changeSetUnknown(CheckRequest request, GitFacts git) {
        if (!request.useGit()) {
            return "`--no-git` leaves git unread; leave it out";
        }
        if (!git.available()) {
            return "`" + request.root() + "` is not inside a git work tree; check the folder of a git clone";
        }
        return git.changesUnknown().orElse("the pull request's changes could not be read");
    }

    static List<Finding> runRules(Inventory inventory, RuleRegistry rules) {
        return runRules(inventory, rules.rules(), ProgressListener.NONE);
    }

    private static List<Finding> runRules(Inventory inventory, List<Rule> rules, ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        progress.update("rules", 0, rules.size());
        // Rules are pure functions of the immutable inventory, so they run side by side; the findings keep
        // the registry's rule order.
        var stream = inventory.documents().size() < PARALLEL_FROM_FILES ? rules.stream() : rules.parallelStream();
        List<RuleOutcome> perRule = stream.map(rule -> {
            RuleOutcome outcome = runRule(inventory, rule, progress);
            progress.update("rules", done.incrementAndGet(), rules.size());
            return outcome;
        }).toList();
        List<Finding> all = new ArrayList<>();
        List<Finding> failures = new ArrayList<>();
        for (RuleOutcome outcome : perRule) {
            all.addAll(outcome.findings());
            outcome.failure().ifPresent(failures::add);
        }
        // A failure is no finding about the runbooks: no waiver hides it, or the check would pass unjudged.
        List<Finding> kept = new ArrayList<>(Waivers.apply(inventory, all));
        kept.addAll(failures);
        return kept;
    }

    /** One rule's findings, or the one finding that stands for them when the rule threw. */
    private record RuleOutcome(List<Finding> findings, Optional<Finding> failure) {
    }

    private static RuleOutcome runRule(Inventory inventory, Rule rule, ProgressListener progress) {
        RuleSettings settings = inventory.config().rule(rule.id());
        if (!settings.enabled()) {
            return new RuleOutcome(List.of(), Optional.empty());
        }
        Findings findings = new Findings(rule.id(), settings.level().orElse(rule.defaultLevel()));
        long start = System.nanoTime();
        try {
            rule.check(inventory, findings);
        } catch (RuntimeException | Error e) {
            if (!RuleFailed.survivable(e)) {
                throw e;
            }
            return new RuleOutcome(List.of(), Optional.of(RuleFailed.finding(rule.id(), e)));
        }
        progress.ruleFinished(rule.id(), System.nanoTime() - start);
        return new RuleOutcome(findings.list(), Optional.empty());
    }

    /** The per-runbook statuses and alert routes a report lists: the report phase's work. */
    private record ReportBody(List<RunbookStatus> statuses, List<AlertRoute> routes) {
    }

    private static ReportBody reportBody(Inventory inventory) {
        ReviewPolicy policy = inventory.config().review();
        List<RunbookStatus> statuses = inventory.runbooks().stream()
                .sorted(Comparator.comparing(Runbook::id).thenComparing(Runbook::location))
                .map(r -> {
                    Optional<Owner> owner = inventory.ownerOf(r);
                    return new RunbookStatus(r.id().value(), r.title().orElse(""), r.location(),
                            owner.map(Owner::display), r.severity().map(Object::toString), r.category(),
                            policy.stateOn(r, inventory.today()), r.status(), r.lastUpdated(),
                            r.reviewed().map(LastReview::date), reviewSource(r), policy.dueDate(r), r.alerts(),
                            owner.map(Owner::source));
                })
                .toList();
        AlertResolutions resolutions = AlertResolutions.of(inventory);
        List<Alert> alerts = inventory.alerts();
        List<AlertRoute> routes = Batches.mapIndices(alerts.size(), PARALLEL_FROM_FILES, i -> {
            Alert a = alerts.get(i);
            return new AlertRoute(a.name(), a.origin().label(), a.severity(), a.runbookRef(),
                    resolutions.resolution(i).runbookPath(), a.position());
        });
        return new ReportBody(statuses, routes);
    }

    /** Says once, not per runbook, that runbooks without a review date were dated from git. */
    private static Optional<String> gitDating(Inventory inventory) {
        long dated = inventory.runbooks().stream().filter(r -> r.reviewed().filter(LastReview::isFromGit).isPresent())
                .count();
        if (dated == 0) {
            return Optional.empty();
        }
        return Optional.of((dated == 1 ? "1 runbook declares" : dated + " runbooks declare")
                + " no review date: each counts its last substantive commit (more than "
                + inventory.git().typoThreshold() + " content lines changed, or its creation) as its last review"
                + " (`review.undated: git`).");
    }

    /** Where a runbook's review state comes from: its own dates, git, or nowhere (never reviewed). */
    private static Optional<LastReview.Source> reviewSource(Runbook r) {
        if (!r.undated()) {
            return Optional.of(LastReview.Source.METADATA);
        }
        return r.reviewed().map(LastReview::source);
    }

    private static Report report(CheckRequest request, Inventory inventory, List<Finding> findings, ReportBody body,
                                 PhaseClock clock) {
        List<String> notes = new ArrayList<>(inventory.git().notes());
        if (findings.stream().anyMatch(f -> f.ruleId().equals(ChangeSetUnknown.ID))) {
            inventory.git().changesUnknown().ifPresent(why -> notes.remove(GitHistory.changeSetNote(why)));
        }
        gitDating(inventory).ifPresent(notes::add);
        return new Report(Report.TOOL, VERSION, inventory.today(), request.root().toString(), body.statuses(),
                body.routes(), findings, clock.timings(), notes, 0, clock.readers().use());
    }
}
