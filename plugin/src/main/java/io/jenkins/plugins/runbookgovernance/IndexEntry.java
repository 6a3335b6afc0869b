package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/** One runbook in the generated index as the build page shows it (a bean, for XStream and Jelly; escaped there). */
public final class IndexEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String path;
    private final String severity;
    private final String owner;
    private final String nextReview;
    private final String reviewState;
    private final String alerts;

    public IndexEntry(String id, String title, String path, String severity, String owner, String nextReview,
                      String reviewState, String alerts) {
        this.id = id;
        this.title = title;
        this.path = path;
        this.severity = severity;
        this.owner = owner;
        this.nextReview = nextReview;
        this.reviewState = reviewState;
        this.alerts = alerts;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** Relative to the runbook folder, with '/'. */
    public String getPath() {
        return path;
    }

    public String getSeverity() {
        return severity;
    }

    public String getOwner() {
        return owner;
    }

    public String getNextReview() {
        return nextReview;
    }

    public String getReviewState() {
        return reviewState;
    }

    /** The alert names that reach this runbook, comma-separated. */
    public String getAlerts() {
        return alerts;
    }
}
