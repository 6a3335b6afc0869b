package org.runbookgovernance.report.render;

import java.io.IOException;
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
}
