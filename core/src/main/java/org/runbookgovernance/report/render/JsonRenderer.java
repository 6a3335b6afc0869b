package org.runbookgovernance.report.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;
import org.runbookgovernance.report.render.JsonWriter.Name;

/**
 * The JSON contract ({@code schemaVersion} 1): members always present and in a fixed order, a missing
 * optional value as {@code null}, dates as {@code YYYY-MM-DD}, a finding's {@code line} 0 for the whole file.
 * Long arrays are rendered in slices on every core (see {@link ArraySlices}); the bytes do not change.
 */
final class JsonRenderer extends JsonDocumentRenderer {

    // Names written once per runbook, alert or finding: quoted once here instead.
    private static final Name ID = Name.of("id");
    private static final Name TITLE = Name.of("title");
    private static final Name PATH = Name.of("path");
    private static final Name OWNER = Name.of("owner");
    private static final Name OWNER_SOURCE = Name.of("ownerSource");
    private static final Name SEVERITY = Name.of("severity");
    private static final Name CATEGORY = Name.of("category");
    private static final Name STATUS = Name.of("status");
    private static final Name LIFECYCLE = Name.of("lifecycle");
    private static final Name LAST_UPDATED = Name.of("lastUpdated");
    private static final Name LAST_REVIEWED = Name.of("lastReviewed");
    private static final Name REVIEW_SOURCE = Name.of("reviewSource");
    private static final Name NEXT_REVIEW = Name.of("nextReview");
    private static final Name ALERTS = Name.of("alerts");
    private static final Name NAME = Name.of("name");
    private static final Name SOURCE = Name.of("source");
    private static final Name RUNBOOK_REF = Name.of("runbookRef");
    private static final Name RUNBOOK = Name.of("runbook");
    private static final Name LINE = Name.of("line");
    private static final Name RULE = Name.of("rule");
    private static final Name MESSAGE = Name.of("message");

    /** Labels by ordinal: {@code label()} builds a new string on every call. */
    private static final String[] LEVEL_LABELS = labels(Level.values());
    private static final String[] STATE_LABELS = labels(ReviewState.values());

    private final int threads;
    private final int slice;

    JsonRenderer() {
        this(Runtime.getRuntime().availableProcessors(), ArraySlices.SLICE);
    }

    /** With {@code threads} workers for arrays longer than {@code slice} elements (tests use tiny slices). */
    JsonRenderer(int threads, int slice) {
        this.threads = threads;
        this.slice = slice;
    }

    @Override
    void write(Report report, JsonWriter json) {
        json.beginObject();
        json.name("schemaVersion").value(Report.SCHEMA_VERSION);
        json.name("tool").beginObject()
                .name("name").value(report.tool())
                .name("version").value(report.version())
                .endObject();
        json.name("today").value(report.today() == null ? null : report.today().toString());
        json.name("root").value(report.root());
        summary(report, json);
        try (ArraySlices slices = new ArraySlices(threads, slice)) {
            json.name("runbooks").beginArray();
            slices.write(report.runbooks(), json, JsonRenderer::runbook);
            json.endArray();
            json.name("alerts").beginArray();
            slices.write(report.alerts(), json, JsonRenderer::alert);
            json.endArray();
            json.name("findings").beginArray();
            slices.write(report.findings(), json, JsonRenderer::finding);
            json.endArray();
        }
        json.name("timings").beginObject();
        for (Map.Entry<String, Long> phase : report.timings().entrySet()) {
            json.name(phase.getKey()).value(phase.getValue());
        }
        readers(report.readers(), json);
        json.endObject();
        json.name("notes").beginArray();
        for (String note : report.notes()) {
            json.value(note);
        }
        json.endArray();
        json.endObject();
        json.lineEnd();
    }

    /** Which path each reader took, the files its fast path gave up on, and those it threw on. */
    private static void readers(ReaderUse readers, JsonWriter json) {
        if (!readers.known()) {
            return;
        }
        json.name("readers").beginObject();
        readers.paths().forEach((reader, path) -> json.name(reader).value(path));
        json.endObject();
        json.name("fallbacks").beginObject();
        readers.fallbackCounts().forEach((reader, files) -> json.name(reader).value(files));
        json.endObject();
        json.name("fastPathFailures").beginObject();
        readers.failureCounts().forEach((reader, files) -> json.name(reader).value(files));
        json.endObject();
    }

        private static void summary(Report report, JsonWriter json) {
        json.name("summary").beginObject();
        long[] counts = new long[LEVEL_LABELS.length];
        for (Finding finding : report.findings()) {
            counts[finding.level().ordinal()]++;
        }
        for (int level = 0; level < counts.length; level++) {
            json.name(LEVEL_LABELS[level]).value(counts[level]);
        }
        json.name("baselined").value(report.baselined());
        json.name("byRule").beginObject();
        for (Map.Entry<String, Long> entry : report.countsByRule().entrySet()) {
            json.name(entry.getKey()).value(entry.getValue());
        }
        json.endObject();
        json.endObject();
    }

    private static void runbook(RunbookStatus runbook, JsonWriter json) {
        ReviewState state = runbook.reviewState();
        json.beginObject()
                .name(ID).value(runbook.id())
                .name(TITLE).value(runbook.title())
                .name(PATH).value(runbook.path())
                .name(OWNER).value(runbook.owner().orElse(null))
                .name(OWNER_SOURCE).value(runbook.ownerSource().map(OwnerSource::label).orElse(null))
                .name(SEVERITY).value(runbook.severity().orElse(null))
                .name(CATEGORY).value(runbook.category().orElse(null))
                .name(STATUS).value(state == null ? null : STATE_LABELS[state.ordinal()])
                .name(LIFECYCLE).value(runbook.lifecycle().orElse(null))
                .name(LAST_UPDATED).value(date(runbook.lastUpdated()))
                .name(LAST_REVIEWED).value(date(runbook.lastReviewed()))
                .name(REVIEW_SOURCE).value(runbook.reviewSource().map(LastReview.Source::label).orElse(null))
                .name(NEXT_REVIEW).value(date(runbook.nextReview()));
        json.name(ALERTS).beginArray();
        List<String> alerts = runbook.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            json.value(alerts.get(i));
        }
        json.endArray();
        json.endObject();
    }

    private static void alert(AlertRoute alert, JsonWriter json) {
        SourcePosition position = alert.position();
        json.beginObject()
                .name(NAME).value(alert.name())
                .name(SOURCE).value(alert.source())
                .name(SEVERITY).value(alert.severity().orElse(null))
                .name(RUNBOOK_REF).value(alert.runbookRef().orElse(null))
                .name(RUNBOOK).value(alert.runbook().orElse(null))
                .name(PATH).value(position == null ? null : position.path());
        if (position == null) {
            json.name(LINE).nullValue();
        } else {
            json.name(LINE).value(position.line());
        }
        json.endObject();
    }

    private static void finding(Finding finding, JsonWriter json) {
        Optional<RunbookId> runbook = finding.runbook();
        json.beginObject()
                .name(RULE).value(finding.ruleId())
                .name(SEVERITY).value(LEVEL_LABELS[finding.level().ordinal()])
                .name(PATH).value(finding.position().path())
                .name(LINE).value(finding.position().line())
                .name(RUNBOOK).value(runbook.isPresent() ? runbook.get().value() : null)
                .name(MESSAGE).value(finding.message())
                .endObject();
    }

    private static String date(Optional<LocalDate> date) {
        return date.isPresent() ? date.get().toString() : null;
    }

    private static String[] labels(Level[] levels) {
        String[] labels = new String[levels.length];
        for (Level level : levels) {
            labels[level.ordinal()] = level.label();
        }
        return labels;
    }

    private static String[] labels(ReviewState[] states) {
        String[] labels = new String[states.length];
        for (ReviewState state : states) {
            labels[state.ordinal()] = state.label();
        }
        return labels;
    }
}
