package org.runbookgovernance.rules.governance;

import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReportedByEngine;

/**
 * {@code governance/change-set-unknown}: {@code --changed-only} was asked for, but git could not tell which files
 * the change touches (no target named, the target not fetched, a shallow clone without the merge base). The
 * engine reports it in place of the findings, since showing the findings on every file instead would turn a
 * pull request check into a check of the whole repository without saying so; this class gives the id its
 * level, summary and docs page, and finds nothing itself.
 */
public final class ChangeSetUnknown extends ReportedByEngine {

    public static final String ID = "governance/change-set-unknown";

    public static final Level LEVEL = Level.ERROR;

    public ChangeSetUnknown() {
        super(ID, LEVEL, "the change set is unknown under --changed-only, so no file was judged");
    }

    /** The message for a change set unknown because of {@code reason} (which carries its fix). */
    public static String message(String reason) {
        return "change set unknown: " + reason + "; with `--changed-only` no finding on a file is shown until it is"
                + " known.";
    }
}
