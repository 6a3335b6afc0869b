package org.runbookgovernance.model;

/** Where an alert was learned from. */
public enum AlertOrigin {
    /** A Prometheus rule file or PrometheusRule object. */
    RULE_FILE,
    /** The index's "By Alert Name" table. */
    INDEX_TABLE,
    /** A runbook's own {@code alerts} metadata. */
    RUNBOOK_METADATA;

    /** Computed once: every alert route of a check holds its origin's label (100,000 on a large check). */
    private final String label = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    public String label() {
        return label;
    }
}
