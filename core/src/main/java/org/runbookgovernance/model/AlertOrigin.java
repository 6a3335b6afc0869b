package org.runbookgovernance.model;

/** Where an alert was learned from. */
public enum AlertOrigin {
    /** A Prometheus rule file or PrometheusRule object. */
    RULE_FILE,
    /** The index's "By Alert Name" table. */
    INDEX_TABLE,
    /** A runbook's own {@code alerts} metadata. */
    RUNBOOK_METADATA;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
