package org.runbookgovernance.alerts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parallel.Batches;
import org.runbookgovernance.parallel.Joined;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * Gathers alerts from every source: Prometheus rule files matching the configured globs, the index's
 * "By Alert Name" table, and the alerts runbooks declare in their metadata. Bad input never throws: it
 * becomes a {@link Problem} with file and line, reported by the {@code input/*} and
 * {@code alerts/malformed-rule-file} rules.
 */
public final class AlertCollector {

    /** Rule files beyond this are not read: generated files are large, but not this large. */
    public static final long MAX_RULE_FILE_BYTES = 256L << 20;

    private static final long MAX_INDEX_BYTES = 16L << 20;

    /** Below this many documents their declared alerts are read on the calling thread. */
    private static final int PARALLEL_FROM_DOCUMENTS = 256;

    /** Rule files up to this size may take the fast path, which reads a file at once; larger ones are streamed by snakeyaml. */
    private static final long WHOLE_FILE_BYTES = 16L << 20;

    private AlertCollector() {
    }

    /**
     * Reads rule files matching {@code settings.ruleGlobs()} under {@code root} (symlinks leading out of root
     * are not followed), the "By Alert Name" table of {@code indexFileOrNull} (absolute or relative to root;
     * when null, of every document of kind INDEX), and the alerts runbook documents declare.
     */
    public static AlertLoad collect(Path root, AlertSettings settings, List<Document> documents, Path indexFileOrNull) {
        return collect(root, settings, documents, indexFileOrNull, startReadingRuleFiles(root, settings).join());
    }

    /**
     * As {@link #collect(Path, AlertSettings, List, Path)}, with the rule files already read by
     * {@link #startReadingRuleFiles}: a check reads them while it scans and parses the Markdown.
     */
    public static AlertLoad collect(Path root, AlertSettings settings, List<Document> documents, Path indexFileOrNull,
                                    AlertLoad ruleFiles) {
        List<Alert> alerts = new ArrayList<>(ruleFiles.alerts());
        List<Problem> problems = new ArrayList<>(ruleFiles.problems());
        Path realRoot = realRoot(root);
        if (settings.useIndexTable()) {
            for (String index : indexFiles(realRoot, documents, indexFileOrNull)) {
                readIndex(realRoot, index, alerts, problems);
            }
        }
        for (List<Alert> declared : Batches.map(documents, PARALLEL_FROM_DOCUMENTS,
                d -> d.kind() == DocumentKind.RUNBOOK ? declaredAlerts(d) : List.<Alert>of())) {
            alerts.addAll(declared);
        }
        return new AlertLoad(alerts, problems, ruleFiles.ruleFileFallbacks(), ruleFiles.ruleFileFailures());
    }

    /**
     * Starts reading every rule file in one task on the common pool and returns at once: a check scans and
     * parses the Markdown meanwhile, and the pool's other workers help with that. One task reading the
     * files in turn, and the thread that {@linkplain RuleFilesInFlight#join joins} it taking the next file
     * beside it until none is left: many small files are read on every core once the Markdown is parsed. No
     * nested parallel stream (a worker joining one spun waiting for parts the parsing thread had taken), and
     * no task per file (submitting them held the parsing thread up).
     */
    public static RuleFilesInFlight startReadingRuleFiles(Path root, AlertSettings settings) {
        return startReadingRuleFiles(root, settings, List.of());
    }

    /**
     * As {@link #startReadingRuleFiles(Path, AlertSettings)}, leaving out the files {@code excluded} matches
     * ({@code documents.exclude} and {@code --exclude}: what is left out is left out entirely).
     */
    public static RuleFilesInFlight startReadingRuleFiles(Path root, AlertSettings settings, List<Glob> excluded) {
        return startReadingRuleFiles(root, settings, excluded, RuleFileSources.none(root));
    }

    /**
     * As {@link #startReadingRuleFiles(Path, AlertSettings, List)}, reading the globs that name places outside
     * the repository as {@code sources} says, and reporting the named globs that match no file.
     */
    public static RuleFilesInFlight startReadingRuleFiles(Path root, AlertSettings settings, List<Glob> excluded,
                                                          RuleFileSources sources) {
        // Listing the folders is part of the task too: the calling thread goes on to scan the Markdown at once.
        RuleFilesInFlight inFlight = new RuleFilesInFlight(settings);
        CompletableFuture.runAsync(() -> {
            try {
                inFlight.listed(listRuleFiles(root, settings, excluded, sources));
                inFlight.readFiles();
            } catch (RuntimeException | Error e) { // a bug: rethrown by join
                inFlight.failed(e);
            }
        }, ForkJoinPool.commonPool()); // named: with one worker, supplyAsync alone starts a thread per task
        return inFlight;
    }

    /** The rule files to read, and what listing them found wrong. */
    private record RuleFileList(List<RuleFile> files, List<Problem> problems) {
    }

    private static RuleFileList listRuleFiles(Path root, AlertSettings settings, List<Glob> excluded,
                                              RuleFileSources sources) {
        List<Problem> problems = new ArrayList<>();
        Path realRoot = realRoot(root);
        List<String> inside = settings.ruleGlobs().stream().filter(g -> !RuleFileSources.outside(g)).toList();
        Set<String> matched = new HashSet<>();
        List<RuleFile> files = new ArrayList<>();
        List<Glob> insideGlobs = inside.stream().map(Glob::of).toList();
        for (String rel : ruleFiles(realRoot, inside, excluded, problems)) {
            files.add(new RuleFile(rel, realRoot.resolve(rel)));
            insideGlobs.stream().filter(g -> g.matches(rel)).forEach(g -> matched.add(g.pattern()));
        }
        for (String glob : settings.ruleGlobs()) {
            if (RuleFileSources.outside(glob)) {
                List<RuleFile> found = outsideRuleFiles(sources.workingDirectory(), glob, problems);
                if (!found.isEmpty()) {
                    matched.add(glob);
                }
                found.stream().filter(f -> files.stream().noneMatch(o -> o.file().equals(f.file())))
                        .forEach(files::add);
            }
        }
        // The config's list is alternatives (`*.yml`, `*.yaml`): it is wrong only when none of them matches.
        boolean configFound = sources.named().entrySet().stream()
                .anyMatch(e -> !e.getValue().equals("--rules") && matched.contains(e.getKey()));
        sources.named().forEach((glob, namedIn) -> {
            if (!matched.contains(glob) && (namedIn.equals("--rules") || !configFound)) {
                problems.add(notFound(sources.workingDirectory(), glob, namedIn));
            }
        });
        return new RuleFileList(files, problems);
    }

    /** A rule file to read: the path findings show, and where it is. */
    private record RuleFile(String shown, Path file) {
    }

    /**
     * The files an outside glob matches, each shown as the glob's literal folder as written plus the rest of
     * its path ({@code ../monitoring/rules/x.yaml}), never as this machine's absolute path unless the glob was.
     */
    private static List<RuleFile> outsideRuleFiles(Path workingDirectory, String written, List<Problem> problems) {
        String glob = written.startsWith("./") ? written.substring(2) : written;
        String prefix = literalPrefix(glob);
        boolean absolute = absolute(glob);
        Path dir = absolute ? Path.of(prefix.isEmpty() ? "/" : prefix) : workingDirectory.resolve(prefix);
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Glob compiled = Glob.of(glob);
        String shownPrefix = prefix.isEmpty() ? (absolute ? "/" : "") : prefix + "/";
        List<RuleFile> found = new ArrayList<>();
        Path start = dir;
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    return !d.equals(start) && (name.equals(".git") || name.equals("node_modules"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String shown = shownPrefix + start.relativize(file).toString().replace('\\', '/');
                    if (compiled.matches(shown) && Files.isRegularFile(file)) {
                        found.add(new RuleFile(shown, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String shown = shownPrefix + start.relativize(file).toString().replace('\\', '/');
                    problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(shown),
                            "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(prefix), "cannot list folder: "
                    + e.getMessage()));
        }
        found.sort(java.util.Comparator.comparing(RuleFile::shown));
        return found;
    }

    private static boolean absolute(String glob) {
        return glob.startsWith("/") || glob.matches("^[A-Za-z]:[/\\\\].*");
    }

    private static Problem notFound(Path workingDirectory, String glob, String namedIn) {
        String where = "";
        if (RuleFileSources.outside(glob) && !absolute(glob)) {
            where = " (`../` is relative to the working directory, `" + workingDirectory.toAbsolutePath().normalize()
                    + "`)";
        } else if (!RuleFileSources.outside(glob)) {
            where = " in the repository";
        }
        return new Problem(ProblemIds.RULE_FILES_NOT_FOUND, SourcePosition.file("."), "rule files not found: `" + glob
                + "` in " + namedIn + " matches no file" + where + "; correct the path, or remove it from " + namedIn
                + ".");
    }

    /**
     * Rule files being read; {@link #join()} reads the files no thread has taken yet, then waits for the rest.
     * Each thread shares texts and label sets among the files it reads ({@link SharedAlertParts}).
     */
    public static final class RuleFilesInFlight {
        private final AlertSettings settings;
        private final CompletableFuture<RuleFileList> listing = new CompletableFuture<>();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger unread = new AtomicInteger(-1);
        private final CompletableFuture<Void> allRead = new CompletableFuture<>();
        private volatile List<Alert>[] alerts;
        private volatile List<Problem>[] problems;
        private final AtomicLong fallbacks = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();

        private RuleFilesInFlight(AlertSettings settings) {
            this.settings = settings;
        }

        @SuppressWarnings("unchecked")
        private void listed(RuleFileList list) {
            alerts = new List[list.files().size()];
            problems = new List[list.files().size()];
            unread.set(list.files().size());
            listing.complete(list);
            if (list.files().isEmpty()) {
                allRead.complete(null);
            }
        }

        private void failed(Throwable e) {
            listing.completeExceptionally(e);
            allRead.completeExceptionally(e);
        }

        /** Reads files until none is left to take; the last file finished completes {@link #allRead}. */
        private void readFiles() {
            List<RuleFile> files = listing.join().files();
            SharedAlertParts shared = new SharedAlertParts();
            int i;
            while ((i = next.getAndIncrement()) < files.size()) {
                List<Alert> fileAlerts = new ArrayList<>();
                List<Problem> fileProblems = new ArrayList<>();
                try {
                    Outcome outcome = readRuleFile(files.get(i).shown(), files.get(i).file(), settings, shared,
                            fileAlerts, fileProblems);
                    if (outcome == Outcome.FALLBACK) {
                        fallbacks.incrementAndGet();
                    } else if (outcome == Outcome.FAILURE) {
                        failures.incrementAndGet();
                    }
                } catch (RuntimeException | Error e) {
                    allRead.completeExceptionally(e);
                    return;
                }
                alerts[i] = fileAlerts;
                problems[i] = fileProblems;
                if (unread.decrementAndGet() == 0) {
                    allRead.complete(null);
                }
            }
        }

        /** Every file's alerting rules and problems, in path order; a failure inside the task (a bug) is rethrown. */
        public AlertLoad join() {
            RuleFileList list = Joined.join(listing);
            readFiles();
            Joined.join(allRead);
            List<Alert> all = new ArrayList<>();
            List<Problem> found = new ArrayList<>(list.problems());
            for (int i = 0; i < list.files().size(); i++) {
                all.addAll(alerts[i]);
                found.addAll(problems[i]);
            }
            return new AlertLoad(all, found, fallbacks.get(), failures.get());
        }
    }

    /** True when the Markdown text has a "By Alert Name" heading; for faces that describe sources. */
    public static boolean hasIndexTable(String markdown) {
        return IndexAlertTable.hasTable(markdown);
    }

    /** The alerts a runbook names in its metadata ({@code alerts:} or {@code **Alerts:**}). */
    static List<Alert> declaredAlerts(Document d) {
        int line = d.entry(MetadataKeys.ALERTS).map(MetadataEntry::line).orElse(d.titleLine());
        List<Alert> out = new ArrayList<>();
        for (String name : Runbook.alertsOf(d)) {
            out.add(new Alert(name, Optional.empty(), Optional.of(d.path()), new SourcePosition(d.path(), line),
                    AlertOrigin.RUNBOOK_METADATA, java.util.Map.of()));
        }
        return out;
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    /**
     * Repository-relative paths of the files a glob matches and no {@code excluded} glob does, sorted; each
     * glob walks only its literal prefix folder.
     */
    static List<String> ruleFiles(Path root, List<String> globs, List<Glob> excluded, List<Problem> problems) {
        TreeSet<String> found = new TreeSet<>();
        List<Glob> compiled = globs.stream().map(Glob::of).toList();
        TreeSet<String> starts = new TreeSet<>();
        for (String g : globs) {
            starts.add(literalPrefix(g.startsWith("./") ? g.substring(2) : g));
        }
        for (String start : starts) {
            // A start inside another start is walked by the outer one already.
            if (starts.stream().anyMatch(s -> !s.equals(start) && (s.isEmpty() || start.startsWith(s + "/")))) {
                continue;
            }
            Path dir = start.isEmpty() ? root : root.resolve(start);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(dir)) {
                    consider(root, dir, compiled, excluded, found, problems);
                }
                continue;
            }
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        String name = d.getFileName() == null ? "" : d.getFileName().toString();
                        return !d.equals(root) && (name.equals(".git") || name.equals("node_modules"))
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        consider(root, file, compiled, excluded, found, problems);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(relative(root, file)),
                                "cannot read: " + e.getMessage()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(start), "cannot list folder: "
                        + e.getMessage()));
            }
        }
        return List.copyOf(found);
    }

    private static void consider(Path root, Path file, List<Glob> globs, List<Glob> excluded, TreeSet<String> found,
                                 List<Problem> problems) {
        String rel = relative(root, file);
        if (globs.stream().noneMatch(g -> g.matches(rel)) || excluded.stream().anyMatch(g -> g.matches(rel))) {
            return;
        }
        if (Files.isSymbolicLink(file)) {
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(root)) {
                    problems.add(new Problem(ProblemIds.OUTSIDE_REPOSITORY, SourcePosition.file(rel),
                            "symlink leads outside the repository: `" + rel + "` points at `" + target
                                    + "`; not followed. Copy the rule file into the repository instead."));
                    return;
                }
                if (!Files.isRegularFile(target)) {
                    return;
                }
            } catch (IOException e) {
                problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel), "broken symlink: `" + rel
                        + "` leads nowhere; fix or remove it."));
                return;
            }
        }
        found.add(rel);
    }

    /** "alerts/**&#47;*.yml" → "alerts": the folders before the first wildcard. */
    static String literalPrefix(String glob) {
        String[] segs = glob.split("/");
        List<String> lit = new ArrayList<>();
        for (int i = 0; i < segs.length - 1; i++) {
            if (segs[i].matches(".*[*?{\\[].*")) {
                break;
            }
            lit.add(segs[i]);
        }
        return String.join("/", lit);
    }

    /**
     * Reads one rule file: with {@link FastPaths} on, {@link PlainRuleFileReader} first, snakeyaml's event reader
     * when it gives up or throws; says which.
     */
    private static Outcome readRuleFile(String rel, Path file, AlertSettings settings, SharedAlertParts shared,
                                        List<Alert> alerts, List<Problem> problems) {
        return readRuleFile(rel, file, settings, shared, alerts, problems,
                FastPaths.on(ReaderUse.Reader.RULE_FILES) ? AlertCollector::readPlain : null);
    }

    /** A fast path for one rule file: its alerting rules, or empty when it gives up. */
    interface FastRuleFileRead {
        Optional<List<Alert>> read(Path file, RuleFileReader reader, AlertSettings settings) throws IOException;
    }

    /** As the other, with {@code fastPath} (null for none) tried before snakeyaml. */
    static Outcome readRuleFile(String rel, Path file, AlertSettings settings, SharedAlertParts shared,
                                List<Alert> alerts, List<Problem> problems, FastRuleFileRead fastPath) {
        try {
            long size = Files.size(file);
            if (size > MAX_RULE_FILE_BYTES) {
                problems.add(new Problem(ProblemIds.TOO_LARGE, SourcePosition.file(rel), "rule file too large: `"
                        + rel + "` has " + (size >> 20) + " MiB, more than the 256 MiB limit; split it."));
                return Outcome.NONE;
            }
        } catch (IOException e) {
            problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel), "cannot read: " + e.getMessage()));
            return Outcome.NONE;
        }
        RuleFileReader reader = new RuleFileReader(rel, settings.runbookAnnotations(), settings.runbookLabels(),
                YamlLimits.LARGE, shared);
        Outcome outcome = Outcome.LIBRARY;
        if (fastPath != null) {
            try {
                Optional<List<Alert>> plain = fastPath.read(file, reader, settings);
                if (plain.isPresent()) {
                    alerts.addAll(plain.get());
                    return Outcome.FAST;
                }
                outcome = Outcome.FALLBACK;
            } catch (IOException e) {
                outcome = Outcome.FALLBACK; // the snakeyaml path below reports it
            } catch (RuntimeException e) {
                outcome = Outcome.FAILURE; // a bug in the fast path: counted, and snakeyaml reads the file
            }
        }
        // Outside the fast path's subset: snakeyaml decides, with all its limits and messages.
        List<Alert> fromFile = new ArrayList<>();
        try (Reader in = utf8(file)) {
            reader.read(in, fromFile::add);
            alerts.addAll(fromFile);
        } catch (RuleFileReader.MalformedRuleFile e) {
            // Prometheus rejects the whole file, so none of its rules count either.
            problems.add(new Problem(ProblemIds.MALFORMED_RULES, new SourcePosition(rel, e.line()),
                    "malformed rule file: " + e.getMessage() + "; fix the YAML so Prometheus can load `" + rel + "`."));
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
                cause = cause.getCause();
            }
            if (cause instanceof CharacterCodingException) {
                problems.add(new Problem(ProblemIds.ENCODING, SourcePosition.file(rel), "not UTF-8: `" + rel
                        + "` is not valid UTF-8 text; save it as UTF-8."));
            } else {
                problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel), "cannot read `" + rel
                        + "`: " + e.getMessage()));
            }
        }
        return outcome;
    }

    /** The fast path, for files small enough to read at once (rule files nearly always are). */
    private static Optional<List<Alert>> readPlain(Path file, RuleFileReader reader, AlertSettings settings)
            throws IOException {
        if (Files.size(file) > WHOLE_FILE_BYTES) {
            return Optional.empty();
        }
        return new PlainRuleFileReader(reader, settings.runbookAnnotations()).read(Files.readAllBytes(file));
    }

    private static Reader utf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    private static List<String> indexFiles(Path root, List<Document> documents, Path indexFileOrNull) {
        if (indexFileOrNull != null) {
            Path p = indexFileOrNull.isAbsolute() ? indexFileOrNull : root.resolve(indexFileOrNull);
            try {
                p = p.toRealPath();
            } catch (IOException e) {
                p = p.toAbsolutePath().normalize();
            }
            return List.of(relative(root, p));
        }
        return documents.stream().filter(d -> d.kind() == DocumentKind.INDEX).map(Document::path).sorted().toList();
    }

    private static void readIndex(Path root, String rel, List<Alert> alerts, List<Problem> problems) {
        Path file = root.resolve(rel).normalize();
        try {
            if (!file.toRealPath().startsWith(root)) {
                problems.add(new Problem(ProblemIds.OUTSIDE_REPOSITORY, SourcePosition.file(rel),
                        "index leads outside the repository: `" + rel + "`; not read."));
                return;
            }
            if (Files.size(file) > MAX_INDEX_BYTES) {
                problems.add(new Problem(ProblemIds.TOO_LARGE, SourcePosition.file(rel), "index too large: `" + rel
                        + "` is more than 16 MiB; not read for its alert table."));
                return;
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            alerts.addAll(IndexAlertTable.read(text, rel));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(ProblemIds.ENCODING, SourcePosition.file(rel), "not UTF-8: `" + rel
                    + "` is not valid UTF-8 text; save it as UTF-8."));
        } catch (IOException e) {
            problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel), "cannot read index `" + rel
                    + "`: " + e.getMessage()));
        }
    }

    private static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
