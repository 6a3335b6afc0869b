package org.runbookgovernance.parse;

import java.util.List;
import org.runbookgovernance.model.Problem;

/** What a walk of the repository found: the Markdown files to parse, sorted by path, and what was skipped. */
public record Scan(List<ScannedFile> files, List<Problem> problems) {

    public Scan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
