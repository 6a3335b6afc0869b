package org.runbookgovernance.model;

/** What a Markdown file in the runbook repository is; decided by config globs, not by content. */
public enum DocumentKind {
    RUNBOOK,
    INDEX,
    TEMPLATE,
    GUIDE,
    INCIDENT_REPORT,
    OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
