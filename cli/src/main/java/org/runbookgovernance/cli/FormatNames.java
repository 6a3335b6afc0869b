package org.runbookgovernance.cli;

import java.util.Iterator;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;

/** The formats an output accepts, for {@code ${COMPLETION-CANDIDATES}} in a {@code --format} help line. */
abstract class FormatNames implements Iterable<String> {

    private final Output output;

    FormatNames(Output output) {
        this.output = output;
    }

    @Override
    public Iterator<String> iterator() {
        return output.formats().stream().map(ReportFormat::label).iterator();
    }

    static final class Check extends FormatNames {
        Check() {
            super(Output.CHECK);
        }
    }

    static final class Index extends FormatNames {
        Index() {
            super(Output.INDEX);
        }
    }

    static final class ReviewPlan extends FormatNames {
        ReviewPlan() {
            super(Output.REVIEW_PLAN);
        }
    }
}
