package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;

/**
 * The JSON contract ({@code schemaVersion} 1): members always present and in a fixed order, a missing
 * optional value as {@code null}, dates as {@code YYYY-MM-DD}, a finding's {@code line} 0 for the whole file.
 */
final class JsonRenderer implements ReportRenderer {

    @Override
    public String render(Report report) {
        StringBuilder text = new StringBuilder();
        try {
            render(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return text.toString();
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        try {
            write(report, json);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.append('\n');
    }

    private static void write(Report report, JsonWriter json) {
        json.beginObject();
        json.name("schemaVersion").value(Report.SCHEMA_VERSION);
        json.name("tool").beginObject()
                .name("name").value(report.tool())
                .name("version").value(report.version())
                .endObject();
        json.name("today").value(date(Optional.ofNullable(report.today())));
        json.name("root").value(report.root());
        summary(report, json);
        json.name("runbooks").beginArray();
        report.runbooks().forEach(runbook -> runbook(runbook, json));
        json.endArray();
        json.name("alerts").beginArray();
        report.alerts().forEach(alert -> alert(alert, json));
        json.endArray();
        json.name("findings").beginArray();
        report.findings().forEach(finding -> finding(finding, json));
        json.endArray();
        json.name("timings").beginObject();
        report.timings().forEach((phase, millis) -> json.name(phase).value(millis));
        json.endObject();
        json.name("notes").beginArray();
        report.notes().forEach(json::value);
        json.endArray();
        json.endObject();
    }

    private static void summary(Report report, JsonWriter json) {
        json.name("summary").beginObject();
        for (Level level : Level.values()) {
            json.name(level.label()).value(report.count(level));
        }
        json.name("byRule").beginObject();
        for (Map.Entry<String, Long> entry : report.countsByRule().entrySet()) {
            json.name(entry.getKey()).value(entry.getValue());
        }
        json.endObject();
        json.endObject();
    }

    private static void runbook(RunbookStatus runbook, JsonWriter json) {
        json.beginObject()
                .name("id").value(runbook.id())
                .name("title").value(runbook.title())
                .name("path").value(runbook.path())
                .name("owner").value(runbook.owner().orElse(null))
                .name("severity").value(runbook.severity().orElse(null))
                .name("category").value(runbook.category().orElse(null))
                .name("status").value(runbook.reviewState() == null ? null : runbook.reviewState().label())
                .name("lifecycle").value(runbook.lifecycle().orElse(null))
                .name("lastUpdated").value(date(runbook.lastUpdated()))
                .name("lastReviewed").value(date(runbook.lastReviewed()))
                .name("nextReview").value(date(runbook.nextReview()));
        json.name("alerts").beginArray();
        runbook.alerts().forEach(json::value);
        json.endArray();
        json.endObject();
    }

    private static void alert(AlertRoute alert, JsonWriter json) {
        json.beginObject()
                .name("name").value(alert.name())
                .name("source").value(alert.source())
                .name("severity").value(alert.severity().orElse(null))
                .name("runbookRef").value(alert.runbookRef().orElse(null))
                .name("runbook").value(alert.runbook().orElse(null))
                .name("path").value(alert.position() == null ? null : alert.position().path());
        if (alert.position() == null) {
            json.name("line").nullValue();
        } else {
            json.name("line").value(alert.position().line());
        }
        json.endObject();
    }

    private static void finding(Finding finding, JsonWriter json) {
        json.beginObject()
                .name("rule").value(finding.ruleId())
                .name("severity").value(finding.level().label())
                .name("path").value(finding.position().path())
                .name("line").value(finding.position().line())
                .name("runbook").value(finding.runbook().map(RunbookId::value).orElse(null))
                .name("message").value(finding.message())
                .endObject();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
