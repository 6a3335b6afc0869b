package org.runbookgovernance.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.index.RunbookIndex.Category;
import org.runbookgovernance.index.RunbookIndex.DocumentRow;
import org.runbookgovernance.index.RunbookIndex.RunbookRow;
import org.runbookgovernance.index.RunbookIndex.SymptomRow;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.JsonWriter;

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
        JsonWriter w = new JsonWriter();
        write(index, settings, w);
        return w + "\n";
    }

    /**
     * The same document as UTF-8 bytes into {@code out}, as it is made, then flushed but not closed: for
     * 30,000 runbooks it is some 45 MB.
     */
    public static void render(RunbookIndex index, IndexSettings settings, OutputStream out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        try {
            write(index, settings, w);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the stream's own failure, as a stream's writer would throw it
        }
        out.write('\n');
        out.flush();
    }

    private static void write(RunbookIndex index, IndexSettings settings, JsonWriter w) {
        w.beginObject();
        w.name("schemaVersion").value(SCHEMA_VERSION);
        w.name("tool").value(Report.TOOL);
        w.name("today").value(index.today().toString());
        w.name("indexPath").value(index.indexPath());
        w.name("runbooks").beginArray();
        for (RunbookRow r : index.runbooks()) {
            w.beginObject();
            w.name("id").value(r.id().value());
            w.name("title").value(r.title());
            w.name("shortTitle").value(r.shortTitle());
            w.name("path").value(r.path());
            w.name("url").value(url(settings, r.path()));
            w.name("severity").value(r.severity().orElse(null));
            w.name("category").value(r.category().orElse(null));
            w.name("description").value(r.description());
            w.name("owner").value(r.owner().orElse(null));
            w.name("lastReviewed").value(r.lastReview().map(l -> l.date().toString()).orElse(null));
            w.name("reviewSource").value(r.lastReview().map(l -> l.source().label()).orElse(null));
            w.name("nextReview").value(r.nextReview().map(Object::toString).orElse(null));
            w.name("status").value(r.state().label());
            w.name("reviewAgeDays");
            if (r.reviewAge().isPresent()) {
                w.value(r.reviewAge().get());
            } else {
                w.nullValue();
            }
            w.endObject();
        }
        w.endArray();
        w.name("categories").beginArray();
        for (Category c : index.categories()) {
            w.beginObject().name("name").value(c.name()).name("title").value(c.title()).name("runbooks").beginArray();
            c.runbooks().forEach(r -> w.value(r.id().value()));
            w.endArray().endObject();
        }
        w.endArray();
        documents(w, "coreFramework", index.coreFramework(), settings, "description", "whenToUse");
        documents(w, "templates", index.templates(), settings, "purpose", "whenToUse");
        documents(w, "guides", index.guides(), settings, "purpose", "audience");
        w.name("symptoms").beginArray();
        for (SymptomRow s : index.symptoms()) {
            w.beginObject().name("symptom").value(s.symptom()).name("runbook").value(s.runbook().id().value())
                    .endObject();
        }
        w.endArray();
        w.name("alerts").beginObject();
        for (Map.Entry<String, Optional<String>> e : index.alertRunbooks().entrySet()) {
            if (e.getValue().isPresent()) {
                w.name(e.getKey()).value(url(settings, e.getValue().get()));
            }
        }
        w.endObject();
        w.name("alertsWithoutRunbook").beginArray();
        index.alertsWithoutRunbook().forEach(w::value);
        w.endArray();
        w.endObject();
    }

    private static void documents(JsonWriter w, String name, List<DocumentRow> rows, IndexSettings settings,
                                  String first, String second) {
        w.name(name).beginArray();
        for (DocumentRow d : rows) {
            w.beginObject().name("title").value(d.title()).name("path").value(d.path())
                    .name("url").value(url(settings, d.path())).name(first).value(d.first())
                    .name(second).value(d.second()).endObject();
        }
        w.endArray();
    }

    static String url(IndexSettings settings, String path) {
        return settings.baseUrl().map(base -> IndexPaths.url(base, path)).orElse(path);
    }
}
