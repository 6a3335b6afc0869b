package org.runbookgovernance.index;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.index.RunbookIndex.Category;
import org.runbookgovernance.index.RunbookIndex.DocumentRow;
import org.runbookgovernance.index.RunbookIndex.RunbookRow;
import org.runbookgovernance.index.RunbookIndex.SymptomRow;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.JsonStyle;

/**
 * The index as JSON. {@code alerts} maps every alert name that reaches a runbook to the runbook's URL
 * ({@code index.base_url} + path, else the repository-relative path), so an Alertmanager template can use
 * it: {@code {{ index $runbooks .CommonLabels.alertname }}}.
 */
public final class IndexJson {

    public static final int SCHEMA_VERSION = 1;

    private IndexJson() {
    }

    public static String render(RunbookIndex index, IndexSettings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            render(index, settings, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The same document as UTF-8 bytes into {@code out}, as it is made, then flushed but not closed: for
     * 30,000 runbooks it is some 45 MB.
     */
    public static void render(RunbookIndex index, IndexSettings settings, OutputStream out) throws IOException {
        try (JsonGenerator w = JsonStyle.generator(out)) {
            write(index, settings, w);
            w.writeRaw('\n');
        }
    }

    private static void write(RunbookIndex index, IndexSettings settings, JsonGenerator w) throws IOException {
        w.writeStartObject();
        w.writeNumberField("schemaVersion", SCHEMA_VERSION);
        w.writeStringField("tool", Report.TOOL);
        w.writeStringField("today", index.today().toString());
        w.writeStringField("indexPath", index.indexPath());
        w.writeArrayFieldStart("runbooks");
        for (RunbookRow r : index.runbooks()) {
            w.writeStartObject();
            w.writeStringField("id", r.id().value());
            w.writeStringField("title", r.title());
            w.writeStringField("shortTitle", r.shortTitle());
            w.writeStringField("path", r.path());
            w.writeStringField("url", url(settings, r.path()));
            w.writeStringField("severity", r.severity().orElse(null));
            w.writeStringField("category", r.category().orElse(null));
            w.writeStringField("description", r.description());
            w.writeStringField("owner", r.owner().orElse(null));
            w.writeStringField("lastReviewed", r.lastReview().map(l -> l.date().toString()).orElse(null));
            w.writeStringField("reviewSource", r.lastReview().map(l -> l.source().label()).orElse(null));
            w.writeStringField("nextReview", r.nextReview().map(Object::toString).orElse(null));
            w.writeStringField("status", r.state().label());
            if (r.reviewAge().isPresent()) {
                w.writeNumberField("reviewAgeDays", r.reviewAge().get());
            } else {
                w.writeNullField("reviewAgeDays");
            }
            w.writeEndObject();
        }
        w.writeEndArray();
        w.writeArrayFieldStart("categories");
        for (Category c : index.categories()) {
            w.writeStartObject();
            w.writeStringField("name", c.name());
            w.writeStringField("title", c.title());
            w.writeArrayFieldStart("runbooks");
            for (RunbookRow r : c.runbooks()) {
                w.writeString(r.id().value());
            }
            w.writeEndArray();
            w.writeEndObject();
        }
        w.writeEndArray();
        documents(w, "coreFramework", index.coreFramework(), settings, "description", "whenToUse");
        documents(w, "templates", index.templates(), settings, "purpose", "whenToUse");
        documents(w, "guides", index.guides(), settings, "purpose", "audience");
        w.writeArrayFieldStart("symptoms");
        for (SymptomRow s : index.symptoms()) {
            w.writeStartObject();
            w.writeStringField("symptom", s.symptom());
            w.writeStringField("runbook", s.runbook().id().value());
            w.writeEndObject();
        }
        w.writeEndArray();
        w.writeObjectFieldStart("alerts");
        for (Map.Entry<String, Optional<String>> e : index.alertRunbooks().entrySet()) {
            if (e.getValue().isPresent()) {
                w.writeStringField(e.getKey(), url(settings, e.getValue().get()));
            }
        }
        w.writeEndObject();
        w.writeArrayFieldStart("alertsWithoutRunbook");
        for (String alert : index.alertsWithoutRunbook()) {
            w.writeString(alert);
        }
        w.writeEndArray();
        w.writeEndObject();
    }

    private static void documents(JsonGenerator w, String name, List<DocumentRow> rows, IndexSettings settings,
                                  String first, String second) throws IOException {
        w.writeArrayFieldStart(name);
        for (DocumentRow d : rows) {
            w.writeStartObject();
            w.writeStringField("title", d.title());
            w.writeStringField("path", d.path());
            w.writeStringField("url", url(settings, d.path()));
            w.writeStringField(first, d.first());
            w.writeStringField(second, d.second());
            w.writeEndObject();
        }
        w.writeEndArray();
    }

    static String url(IndexSettings settings, String path) {
        return settings.baseUrl().map(base -> IndexPaths.url(base, path)).orElse(path);
    }
}
