package org.runbookgovernance.model;

/** Where a runbook's owner was read: its own metadata first, then CODEOWNERS, then the nearest OWNERS file. */
public enum OwnerSource {
    METADATA("metadata"),
    CODEOWNERS("codeowners"),
    OWNERS_FILE("owners-file");

    private final String label;

    OwnerSource(String label) {
        this.label = label;
    }

    /** As reports write it: {@code metadata}, {@code codeowners}, {@code owners-file}. */
    public String label() {
        return label;
    }
}
