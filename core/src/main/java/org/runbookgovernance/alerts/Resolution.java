package org.runbookgovernance.alerts;

import java.util.Optional;

/**
 * Where an alert's runbook reference leads.
 *
 * @param runbookPath the repository-relative path of the document reached (RESOLVED, and DANGLING on a
 *                    missing heading), or empty
 * @param anchor      the {@code #fragment} asked for, without '#', when there was one
 * @param kind        what became of the reference
 * @param detail      one sentence for messages: what was tried, or why it cannot be checked
 */
public record Resolution(Optional<String> runbookPath, Optional<String> anchor, Kind kind, String detail) {

    public enum Kind {
        /** The reference reaches a document (and heading, when it names one). */
        RESOLVED,
        /** It points at a file or heading that does not exist. */
        DANGLING,
        /** A templated reference whose value depends on the firing alert's labels. */
        UNVERIFIABLE,
        /** A URL that no {@code runbook_url_map} base covers. */
        EXTERNAL_UNMAPPED,
        /** The alert carries no reference at all. */
        NONE
    }

    public boolean resolved() {
        return kind == Kind.RESOLVED;
    }

    static Resolution none() {
        return new Resolution(Optional.empty(), Optional.empty(), Kind.NONE, "no runbook reference");
    }
}
