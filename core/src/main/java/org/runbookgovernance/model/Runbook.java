package org.runbookgovernance.model;

import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runbook as the rules see it: the typed reading of a {@link Document}'s metadata. A value that is
 * missing or does not parse is empty here; the {@code metadata/*} rules explain why, from the raw entries.
 * A runbook that is one section of a page ({@link RunbookPage}) has a {@code section}; its document is that
 * section's view, at the page's path.
 */
public record Runbook(Document document, RunbookId id, Optional<String> title, Optional<Severity> severity,
                      Optional<String> owner, Optional<String> status, Optional<String> version,
                      Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReview,
                      Optional<LocalDate> nextReview, Optional<ReviewInterval> reviewInterval,
                      List<String> alerts, List<String> symptoms, Optional<String> category,
                      Optional<String> description, Optional<LastReview> reviewed,
                      Optional<RunbookSection> section) {

    public Runbook {
        alerts = List.copyOf(alerts);
        symptoms = List.copyOf(symptoms);
    }

    /**
     * The last review the review policy counts from: the declared Last Review, else (for a runbook with no
     * review date, when git dating is on) its last substantive commit; empty when never reviewed.
     */
    public Optional<LastReview> reviewed() {
        return reviewed;
    }

    /** True when the runbook declares neither a Last Review nor a Next Review date. */
    public boolean undated() {
        return lastReview.isEmpty() && nextReview.isEmpty();
    }

    /** This runbook dated from git; unchanged when it declares a review date of its own. */
    public Runbook withGitReview(LastReview fromGit) {
        if (!undated()) {
            return this;
        }
        return new Runbook(document, id, title, severity, owner, status, version, lastUpdated, lastReview, nextReview,
                reviewInterval, alerts, symptoms, category, description, Optional.of(fromGit), section);
    }

    // Compiled once: Runbook.from runs for every runbook of every check.
    private static final Pattern ID_PREFIX = Pattern.compile("^\\s*[A-Za-z]{2,8}-\\d{1,6}\\s*[:\\-–—]\\s*");
    private static final Pattern DECORATION = Pattern.compile("[^\\p{L}\\p{N}\\s\\-_/().]");
    private static final Pattern QUOTES = Pattern.compile("^[`\"']+|[`\"']+$");

    /** The file, also for a section runbook: findings point at file:line. */
    public String path() {
        return document.path();
    }

    /** Where the runbook is, as a link reaches it: the path, with {@code #anchor} for a section runbook. */
    public String location() {
        return section.map(s -> document.path() + "#" + s.anchor()).orElse(document.path());
    }

    /**
     * Reads the typed view. The id is the {@code RB-001}-like token of the id field, else the field as written,
     * else the token of the H1, else of the file name, else the file name without its extension
     * ({@code TargetDown} for {@code TargetDown.md}): every runbook has one.
     */
    public static Runbook from(Document doc) {
        Optional<String> field = text(doc, MetadataKeys.ID);
        RunbookId id = field.flatMap(RunbookId::findIn)
                .or(() -> field.map(RunbookId::of))
                .or(() -> doc.title().flatMap(RunbookId::findIn))
                .or(() -> RunbookId.findIn(fileName(doc.path())))
                .orElseGet(() -> fileNameId(doc.path()));
        Optional<String> title = text(doc, MetadataKeys.TITLE).or(() -> doc.title().map(Runbook::withoutIdPrefix));
        Optional<ReviewInterval> interval = text(doc, MetadataKeys.REVIEW_INTERVAL).flatMap(ReviewInterval::parse)
                .or(() -> noteInterval(doc));
        Optional<LocalDate> lastReview = date(doc, MetadataKeys.LAST_REVIEW);
        return new Runbook(doc, id, title,
                text(doc, MetadataKeys.SEVERITY).flatMap(Severity::parse),
                text(doc, MetadataKeys.OWNER), text(doc, MetadataKeys.STATUS).map(Runbook::withoutEmoji),
                text(doc, MetadataKeys.VERSION),
                date(doc, MetadataKeys.LAST_UPDATED), lastReview,
                date(doc, MetadataKeys.NEXT_REVIEW), interval,
                list(doc, MetadataKeys.ALERTS), list(doc, MetadataKeys.SYMPTOMS),
                text(doc, MetadataKeys.CATEGORY), text(doc, MetadataKeys.DESCRIPTION),
                lastReview.map(LastReview::declared), Optional.empty());
    }

    /** Reads a section's view ({@link RunbookPage}); the id is the metadata id as written, else the heading. */
    static Runbook fromSection(Document view, RunbookSection section) {
        Runbook r = from(view);
        RunbookId id = text(view, MetadataKeys.ID).or(view::title).map(RunbookId::of)
                .orElseGet(() -> RunbookId.of(section.anchor().isBlank() ? "line-" + section.line() : section.anchor()));
        return new Runbook(view, id, r.title, r.severity, r.owner, r.status, r.version, r.lastUpdated, r.lastReview,
                r.nextReview, r.reviewInterval, r.alerts, r.symptoms, r.category, r.description, r.reviewed,
                Optional.of(section));
    }

    /** This undated section runbook, last reviewed when git last changed one of its lines (no commit id: blame). */
    Runbook reviewedFromGit(LocalDate changed) {
        return new Runbook(document, id, title, severity, owner, status, version, lastUpdated, lastReview,
                nextReview, reviewInterval, alerts, symptoms, category, description,
                Optional.of(new LastReview(changed, LastReview.Source.GIT, Optional.empty())),
                section.map(RunbookSection::withLastReviewFromGit));
    }

    /** The alerts a runbook document names in its metadata, as {@link #alerts()} reads them. */
    public static List<String> alertsOf(Document doc) {
        return List.copyOf(list(doc, MetadataKeys.ALERTS));
    }

    /** "RB-001: Service Down" → "Service Down". */
    static String withoutIdPrefix(String h1) {
        return ID_PREFIX.matcher(h1).replaceFirst("").strip();
    }

    /** "✅ Active" → "Active": emoji decorate the status, they are not the status. */
    static String withoutEmoji(String value) {
        return DECORATION.matcher(value).replaceAll("").strip();
    }

    /** A "(monthly review)" note after Next Review or Last Review sets the interval, as in the seed. */
    private static Optional<ReviewInterval> noteInterval(Document doc) {
        for (String key : List.of(MetadataKeys.NEXT_REVIEW, MetadataKeys.LAST_REVIEW)) {
            Optional<ReviewInterval> fromNote = doc.entry(key).map(MetadataEntry::note)
                    .flatMap(ReviewInterval::parse);
            if (fromNote.isPresent()) {
                return fromNote;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Document doc, String key) {
        return doc.entry(key).map(MetadataEntry::value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<LocalDate> date(Document doc, String key) {
        return doc.entry(key).map(MetadataEntry::value).flatMap(Dates::parse);
    }

    private static List<String> list(Document doc, String key) {
        List<String> out = new ArrayList<>();
        for (MetadataEntry e : doc.entries(key)) {
            for (String item : e.items()) {
                String v = unquoted(item.strip());
                // A URL is where to look (a dashboard), not an alert's name.
                if (!v.isEmpty() && !out.contains(v) && !(key.equals(MetadataKeys.ALERTS) && v.contains("://"))) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Without the quote marks around it; {@link #QUOTES} only on an item that starts or ends with one. */
    static String unquoted(String item) {
        if (item.isEmpty() || !isQuote(item.charAt(0)) && !isQuote(item.charAt(item.length() - 1))) {
            return item;
        }
        return QUOTES.matcher(item).replaceAll("");
    }

    private static boolean isQuote(char c) {
        return c == '`' || c == '"' || c == '\'';
    }

    /**
     * The file name without its extension, as the id of a runbook that states none: {@code TargetDown}; a folder's
     * README or index page takes the folder's name ({@code patroni} for {@code docs/patroni/README.md}).
     */
    public static RunbookId fileNameId(String path) {
        String stem = stripExtension(fileName(path));
        // docs/patroni/README.md is the patroni runbook: a folder's page is named after the folder.
        int slash = path.lastIndexOf('/');
        if (FOLDER_PAGES.contains(stem.toLowerCase(java.util.Locale.ROOT)) && slash > 0) {
            return new RunbookId(fileName(path.substring(0, slash)));
        }
        return new RunbookId(!stem.isBlank() ? stem : !fileName(path).isBlank() ? fileName(path) : path);
    }

    /** Page names that stand for their folder (GitHub's README, Hugo's page bundles and sections). */
    private static final java.util.Set<String> FOLDER_PAGES = java.util.Set.of("readme", "index", "_index");

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
