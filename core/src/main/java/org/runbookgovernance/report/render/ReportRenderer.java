package org.runbookgovernance.report.render;

import org.runbookgovernance.report.Report;

/** Turns a report into one output format. Pure: the same report and options always give the same text. */
public interface ReportRenderer {

    /** The whole document, ending with a newline. */
    String render(Report report);
}
