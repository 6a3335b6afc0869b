package org.runbookgovernance.parse;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Problem;

/** One file's parse: the document (empty when the file had to be skipped) and the problems met. */
public record ParsedFile(Optional<Document> document, List<Problem> problems) {

    public ParsedFile {
        problems = List.copyOf(problems);
    }
}
