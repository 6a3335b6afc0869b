package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/** A runbook due for review within the plan's horizon; negative daysLeft means overdue (a bean, for XStream and Jelly). */
public final class ReviewItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String path;
    private final String owner;
    private final String due;
    private final long daysLeft;

    public ReviewItem(String id, String title, String path, String owner, String due, long daysLeft) {
        this.id = id;
        this.title = title;
        this.path = path;
        this.owner = owner;
        this.due = due;
        this.daysLeft = daysLeft;
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

    public String getDue() {
        return due;
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
