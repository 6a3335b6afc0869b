package org.runbookgovernance.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The metadata vocabulary: canonical keys and the spellings real runbooks use for them. */
public final class MetadataKeys {

    /** Compiled once: every metadata line of every document passes through normalise. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern EDGE_UNDERSCORES = java.util.regex.Pattern.compile("^_+|_+$");

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String SEVERITY = "severity";
    public static final String OWNER = "owner";
    public static final String STATUS = "status";
    public static final String VERSION = "version";
    public static final String LAST_UPDATED = "last_updated";
    public static final String LAST_REVIEW = "last_review";
    public static final String NEXT_REVIEW = "next_review";
    public static final String REVIEW_INTERVAL = "review_interval";
    /** Who recorded the last review ({@code mark-reviewed --by}); not a field every runbook must carry. */
    public static final String REVIEWED_BY = "reviewed_by";
    public static final String ALERTS = "alerts";
    public static final String SYMPTOMS = "symptoms";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";

    /** Every field a runbook is expected to carry, in the order reports list them. */
    public static final List<String> RUNBOOK_FIELDS = List.of(ID, TITLE, SEVERITY, OWNER, STATUS, VERSION,
            LAST_UPDATED, LAST_REVIEW, NEXT_REVIEW, REVIEW_INTERVAL, ALERTS, SYMPTOMS, CATEGORY, DESCRIPTION);

    public static final List<String> DATE_FIELDS = List.of(LAST_UPDATED, LAST_REVIEW, NEXT_REVIEW, "date",
            "incident_date");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("runbook_id", ID), Map.entry("rb_id", ID), Map.entry("identifier", ID),
            Map.entry("name", TITLE),
            Map.entry("priority", SEVERITY), Map.entry("sev", SEVERITY),
            Map.entry("document_owner", OWNER), Map.entry("owners", OWNER), Map.entry("team", OWNER),
            Map.entry("updated", LAST_UPDATED), Map.entry("last_modified", LAST_UPDATED),
            Map.entry("lastupdated", LAST_UPDATED), Map.entry("modified", LAST_UPDATED),
            Map.entry("last_reviewed", LAST_REVIEW), Map.entry("reviewed", LAST_REVIEW),
            Map.entry("lastreview", LAST_REVIEW), Map.entry("last_review_date", LAST_REVIEW),
            Map.entry("next_review_date", NEXT_REVIEW), Map.entry("review_due", NEXT_REVIEW),
            Map.entry("nextreview", NEXT_REVIEW),
            Map.entry("reviewedby", REVIEWED_BY), Map.entry("reviewer", REVIEWED_BY),
            Map.entry("last_reviewed_by", REVIEWED_BY), Map.entry("lastreviewed", LAST_REVIEW),
            Map.entry("review_cadence", REVIEW_INTERVAL), Map.entry("review_frequency", REVIEW_INTERVAL),
            Map.entry("review_period", REVIEW_INTERVAL),
            Map.entry("alert", ALERTS), Map.entry("alert_names", ALERTS), Map.entry("alertnames", ALERTS),
            Map.entry("symptom", SYMPTOMS),
            Map.entry("summary", DESCRIPTION));

    private MetadataKeys() {
    }

    /** "Last Updated" → {@code last_updated}; "Document Owner" → {@code owner}. */
    public static String normalise(String label) {
        // Every runbook repeats the same few labels: two regex passes each would show in a large check.
        return NORMALISED.get(label, MetadataKeys::normaliseAfresh);
    }

    private static final BoundedMemo<String> NORMALISED = new BoundedMemo<>(4096, 64);

    private static String normaliseAfresh(String label) {
        String k = EDGE_UNDERSCORES.matcher(NON_WORD.matcher(label.strip().toLowerCase(Locale.ROOT))
                .replaceAll("_")).replaceAll("");
        return SharedText.of(ALIASES.getOrDefault(k, k));
    }
}
