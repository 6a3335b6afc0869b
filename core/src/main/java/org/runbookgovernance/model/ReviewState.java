package org.runbookgovernance.model;

/** Where a runbook stands against its review policy on a given day. */
public enum ReviewState {
    FRESH,
    DUE_SOON,
    OVERDUE,
    NEVER_REVIEWED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
