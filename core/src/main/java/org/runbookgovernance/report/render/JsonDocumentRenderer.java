package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.report.Report;

/** A renderer whose output is one JSON document (the JSON contract, SARIF), in {@link JsonStyle}, ending with a newline. */
abstract class JsonDocumentRenderer implements ReportRenderer {

    /** Writes the whole document into {@code json}. */
    abstract void write(Report report, JsonGenerator json) throws IOException;

    @Override
    public String render(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            render(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail; the document's own structure might
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            write(report, json);
            json.writeRaw('\n');
        }
    }
}
