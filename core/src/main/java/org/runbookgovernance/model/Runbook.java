package org.runbookgovernance.model;

import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runbook as the rules see it: the typed reading of a {@link Document}'s metadata. A value that is
 * missing or does not parse is empty here; the {@code metadata/*} rules explain why, from the raw entries.
 */
public record Runbook(Document document, RunbookId id, Optional<String> title, Optional<Severity> severity,
                      Optional<String> owner, Optional<String> status, Optional<String> version,
                      Optional<LocalDate> lastUpdated, Optional<LocalDate> lastReview,
                      Optional<LocalDate> nextReview, Optional<ReviewInterval> reviewInterval,
                      List<String> alerts, List<String> symptoms, Optional<String> category,
                      Optional<String> description) {

    public Runbook {
        alerts = List.copyOf(alerts);
        symptoms = List.copyOf(symptoms);
    }

    // Compiled once: Runbook.from runs for every runbook of every check.
    private static final Pattern ID_PREFIX = Pattern.compile("^\\s*[A-Za-z]{2,8}-\\d{1,6}\\s*[:\\-–—]\\s*");
    private static final Pattern DECORATION = Pattern.compile("[^\\p{L}\\p{N}\\s\\-_/().]");
    private static final Pattern QUOTES = Pattern.compile("^[`\"']+|[`\"']+$");

    public String path() {
        return document.path();
    }

    /** Reads the typed view; the id comes from metadata, else the H1, else the file name, else the path. */
    public static Runbook from(Document doc) {
        RunbookId id = text(doc, MetadataKeys.ID).flatMap(RunbookId::findIn)
                .or(() -> doc.title().flatMap(RunbookId::findIn))
                .or(() -> RunbookId.findIn(fileName(doc.path())))
                .orElseGet(() -> new RunbookId(stem(fileName(doc.path()))));
        Optional<String> title = text(doc, MetadataKeys.TITLE).or(() -> doc.title().map(Runbook::withoutIdPrefix));
        Optional<ReviewInterval> interval = text(doc, MetadataKeys.REVIEW_INTERVAL).flatMap(ReviewInterval::parse)
                .or(() -> noteInterval(doc));
        return new Runbook(doc, id, title,
                text(doc, MetadataKeys.SEVERITY).flatMap(Severity::parse),
                text(doc, MetadataKeys.OWNER), text(doc, MetadataKeys.STATUS).map(Runbook::withoutEmoji),
                text(doc, MetadataKeys.VERSION),
                date(doc, MetadataKeys.LAST_UPDATED), date(doc, MetadataKeys.LAST_REVIEW),
                date(doc, MetadataKeys.NEXT_REVIEW), interval,
                list(doc, MetadataKeys.ALERTS), list(doc, MetadataKeys.SYMPTOMS),
                text(doc, MetadataKeys.CATEGORY), text(doc, MetadataKeys.DESCRIPTION));
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
                if (!v.isEmpty() && !out.contains(v)) {
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

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The file name without its extension; the whole name when that leaves nothing ({@code " .md"}). */
    private static String stem(String name) {
        String stem = stripExtension(name);
        return stem.isBlank() ? name : stem;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
