package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/**
 * One runbook's line in the step's summary: where it stands and how many findings name it. A plain class
 * with getters, not a record: it is stored in build.xml by XStream and read by Jelly as bean properties.
 */
public final class RunbookRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String path;
    private final String owner;
    private final String severity;
    private final String reviewState;
    private final String nextReview;
    private final int errors;
    private final int warnings;
    private final int infos;

    public RunbookRow(String id, String title, String path, String owner, String severity, String reviewState,
                      String nextReview, int errors, int warnings, int infos) {
        this.id = id;
        this.title = title;
        this.path = path;
        this.owner = owner;
        this.severity = severity;
        this.reviewState = reviewState;
        this.nextReview = nextReview;
        this.errors = errors;
        this.warnings = warnings;
        this.infos = infos;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }

    public String getOwner() {
        return owner;
    }

    public String getSeverity() {
        return severity;
    }

    public String getReviewState() {
        return reviewState;
    }

    public String getNextReview() {
        return nextReview;
    }

    public int getErrors() {
        return errors;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getInfos() {
        return infos;
    }

    /** error, warning, info or ok: the most serious finding about this runbook. */
    public String getStatus() {
        return errors > 0 ? "error" : warnings > 0 ? "warning" : infos > 0 ? "info" : "ok";
    }
}
