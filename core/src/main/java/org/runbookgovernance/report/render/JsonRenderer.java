package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
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

/**
 * The JSON contract ({@code schemaVersion} 1): members always present and in a fixed order, a missing
 * optional value as {@code null}, dates as {@code YYYY-MM-DD}, a finding's {@code line} 0 for the whole file.
 */
final class JsonRenderer extends JsonDocumentRenderer {

    /** Labels by ordinal: {@code label()} builds a new string on every call. */
    private static final String[] LEVEL_LABELS = labels(Level.values());
    private static final String[] STATE_LABELS = labels(ReviewState.values());

    @Override
    void write(Report report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", report.tool());
        json.writeStringField("version", report.version());
        json.writeEndObject();
        json.writeStringField("today", report.today() == null ? null : report.today().toString());
        json.writeStringField("root", report.root());
        summary(report, json);
        json.writeArrayFieldStart("runbooks");
        for (RunbookStatus runbook : report.runbooks()) {
            runbook(runbook, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("alerts");
        for (AlertRoute alert : report.alerts()) {
            alert(alert, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            finding(finding, json);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("timings");
        for (Map.Entry<String, Long> phase : report.timings().entrySet()) {
            json.writeNumberField(phase.getKey(), phase.getValue());
        }
        readers(report.readers(), json);
        json.writeEndObject();
        strings("notes", report.notes(), json);
        json.writeEndObject();
    }

    private static void strings(String name, java.util.List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Which path each reader took, the files its fast path gave up on, and those it threw on. */
    private static void readers(ReaderUse readers, JsonGenerator json) throws IOException {
        if (!readers.known()) {
            return;
        }
        json.writeObjectFieldStart("readers");
        for (Map.Entry<String, String> reader : readers.paths().entrySet()) {
            json.writeStringField(reader.getKey(), reader.getValue());
        }
        json.writeEndObject();
        counts("fallbacks", readers.fallbackCounts(), json);
        counts("fastPathFailures", readers.failureCounts(), json);
    }

    private static void counts(String name, Map<String, Long> counts, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }

    private static void summary(Report report, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        long[] counts = new long[LEVEL_LABELS.length];
        for (Finding finding : report.findings()) {
            counts[finding.level().ordinal()]++;
        }
        for (int level = 0; level < counts.length; level++) {
            json.writeNumberField(LEVEL_LABELS[level], counts[level]);
        }
        json.writeNumberField("baselined", report.baselined());
        json.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Long> entry : report.countsByRule().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void runbook(RunbookStatus runbook, JsonGenerator json) throws IOException {
        ReviewState state = runbook.reviewState();
        json.writeStartObject();
        json.writeStringField("id", runbook.id());
        json.writeStringField("title", runbook.title());
        json.writeStringField("path", runbook.path());
        json.writeStringField("owner", runbook.owner().orElse(null));
        json.writeStringField("ownerSource", runbook.ownerSource().map(OwnerSource::label).orElse(null));
        json.writeStringField("severity", runbook.severity().orElse(null));
        json.writeStringField("category", runbook.category().orElse(null));
        json.writeStringField("status", state == null ? null : STATE_LABELS[state.ordinal()]);
        json.writeStringField("lifecycle", runbook.lifecycle().orElse(null));
        json.writeStringField("lastUpdated", date(runbook.lastUpdated()));
        json.writeStringField("lastReviewed", date(runbook.lastReviewed()));
        json.writeStringField("reviewSource", runbook.reviewSource().map(LastReview.Source::label).orElse(null));
        json.writeStringField("nextReview", date(runbook.nextReview()));
        strings("alerts", runbook.alerts(), json);
        json.writeEndObject();
    }

    private static void alert(AlertRoute alert, JsonGenerator json) throws IOException {
        SourcePosition position = alert.position();
        json.writeStartObject();
        json.writeStringField("name", alert.name());
        json.writeStringField("source", alert.source());
        json.writeStringField("severity", alert.severity().orElse(null));
        json.writeStringField("runbookRef", alert.runbookRef().orElse(null));
        json.writeStringField("runbook", alert.runbook().orElse(null));
        json.writeStringField("path", position == null ? null : position.path());
        if (position == null) {
            json.writeNullField("line");
        } else {
            json.writeNumberField("line", position.line());
        }
        json.writeEndObject();
    }

    private static void finding(Finding finding, JsonGenerator json) throws IOException {
        Optional<RunbookId> runbook = finding.runbook();
        json.writeStartObject();
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", LEVEL_LABELS[finding.level().ordinal()]);
        json.writeStringField("path", finding.position().path());
        json.writeNumberField("line", finding.position().line());
        json.writeStringField("runbook", runbook.isPresent() ? runbook.get().value() : null);
        json.writeStringField("message", finding.message());
        json.writeEndObject();
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
