package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;
import java.util.List;

/**
 * One owner's review digest as {@code runbookReviewPlan byOwner: true} wrote it: whose it is, where it goes, the
 * file in the workspace, and what it holds. Serializable: it comes back from the agent in the outcome.
 */
public final class OwnerDigestRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String owner;
    private final String address;
    private final String file;
    private final int overdue;
    private final List<String> runbookIds;

    /**
     * @param owner   the owner's short form ({@code dba-team}), or {@code (no owner)}
     * @param address from {@code review.owners}; empty when none is configured
     * @param file    the digest, relative to the workspace
     */
    public OwnerDigestRow(String owner, String address, String file, int overdue, List<String> runbookIds) {
        this.owner = owner;
        this.address = address;
        this.file = file;
        this.overdue = overdue;
        this.runbookIds = List.copyOf(runbookIds);
    }

    public String getOwner() {
        return owner;
    }

    /** Empty when {@code review.owners} names no address for the owner. */
    public String getAddress() {
        return address;
    }

    public String getFile() {
        return file;
    }

    public int getOverdue() {
        return overdue;
    }

    public List<String> getRunbookIds() {
        return runbookIds;
    }
}
