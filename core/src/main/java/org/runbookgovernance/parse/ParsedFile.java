package org.runbookgovernance.parse;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ReaderUse.Outcome;

/**
 * One file's parse: the document (empty when the file had to be skipped), the problems met, and how its
 * Markdown body and its front matter were read.
 */
public record ParsedFile(Optional<Document> document, List<Problem> problems, Outcome markdown,
                         Outcome frontMatter) {

    public ParsedFile {
        problems = List.copyOf(problems);
    }

    /** A file whose body and front matter were not read (it was skipped), or whose reading is not told. */
    public ParsedFile(Optional<Document> document, List<Problem> problems) {
        this(document, problems, Outcome.NONE, Outcome.NONE);
    }
}
