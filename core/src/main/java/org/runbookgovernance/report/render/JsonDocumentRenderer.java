package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.runbookgovernance.report.Report;

/** A renderer whose output is one JSON document (the JSON contract, SARIF): the three outputs share one writer. */
abstract class JsonDocumentRenderer implements ReportRenderer {

    /** Writes the whole document; a failing sink surfaces as {@link UncheckedIOException}. */
    abstract void write(Report report, JsonWriter json);

    @Override
    public String render(Report report) {
        JsonWriter json = new JsonWriter();
        write(report, json);
        return json.toString();
    }

    @Override
    public void render(Report report, Appendable out) throws IOException {
        try {
            write(report, new JsonWriter(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try {
            write(report, new JsonWriter(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
