package org.runbookgovernance.rules.input;

import java.util.List;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/** The {@code input/*} rules: files the readers could not read as input at all. */
public final class InputRules {

    private InputRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new InputRule(ProblemIds.UNREADABLE, Level.ERROR, "a file could not be read"),
                new InputRule(ProblemIds.BINARY, Level.WARNING, "a binary file where Markdown was expected; skipped"),
                new InputRule(ProblemIds.ENCODING, Level.ERROR, "a file is not valid UTF-8; skipped"),
                new InputRule(ProblemIds.TOO_LARGE, Level.ERROR, "a file or line exceeds the size limit; skipped"),
                new InputRule(ProblemIds.OUTSIDE_REPOSITORY, Level.ERROR,
                        "a symlink or path leads outside the repository; not followed"),
                new InputRule(ProblemIds.MALFORMED_OWNERS, Level.WARNING,
                        "a CODEOWNERS or OWNERS file cannot be read as written; the owners it gives are skipped"));
    }
}
