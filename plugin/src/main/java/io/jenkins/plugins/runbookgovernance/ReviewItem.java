package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/**
 * A runbook on the review plan (a bean, for XStream and Jelly): due within the horizon, overdue, or never
 * reviewed. A never-reviewed runbook has an empty {@code due}; negative {@code daysLeft} means overdue.
 */
public final class ReviewItem implements Serializable {

    private static final long serialVersionUID = 2L;

    private final String id;
    private final String title;
    private final String path;
    private final String owner;
    private final String due;
    private final long daysLeft;
    private final String state;

    public ReviewItem(String id, String title, String path, String owner, String due, long daysLeft, String state) {
        this.id = id;
        this.title = title;
        this.path = path;
        this.owner = owner;
        this.due = due;
        this.daysLeft = daysLeft;
        this.state = state;
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

    /** YYYY-MM-DD, or empty when the runbook was never reviewed. */
    public String getDue() {
        return due;
    }

    /** Days from the plan's day to {@link #getDue()}; 0 and meaningless when there is no due date. */
    public long getDaysLeft() {
        return daysLeft;
    }

    /** The review state on the plan's day: {@code overdue}, {@code due-soon}, {@code never-reviewed}, {@code fresh}. */
    public String getState() {
        return state;
    }

    public boolean hasDue() {
        return due != null && !due.isEmpty();
    }

    public boolean isOverdue() {
        return hasDue() && daysLeft < 0;
    }
}
