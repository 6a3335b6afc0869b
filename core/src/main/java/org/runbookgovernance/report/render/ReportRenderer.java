package org.runbookgovernance.report.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.report.Report;

/** Turns a report into one output format. Pure: the same report and options always give the same text. */
public interface ReportRenderer {

    /** The whole document, ending with a newline. */
    String render(Report report);

    /**
     * The same document as {@link #render(Report)}, written into {@code out}. Formats that can stream
     * override this so a large report is never held in memory as one string.
     */
    default void render(Report report, Appendable out) throws IOException {
        out.append(render(report));
    }

    /**
     * The same document as {@link #render(Report)}, as UTF-8 bytes into {@code out}, which is flushed but
     * not closed: for a file. Formats that build bytes themselves override this to skip the text encoder.
     */
    default void render(Report report, OutputStream out) throws IOException {
        // A strict encoder, as Files.newBufferedWriter uses: unencodable text fails instead of becoming '?'.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
        render(report, text);
        text.flush();
    }
}
