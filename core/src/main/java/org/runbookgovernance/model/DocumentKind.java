package org.runbookgovernance.model;

/** What a Markdown file in the runbook repository is; decided by config globs, not by content. */
public enum DocumentKind {
    RUNBOOK,
    /** A page whose headings of one level are runbooks ({@code documents.runbook_sections}); not one itself. */
    RUNBOOK_PAGE,
    INDEX,
    TEMPLATE,
    GUIDE,
    INCIDENT_REPORT,
    OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
