package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/** One finding as the build page and the log show it (a bean, for XStream and Jelly). */
public final class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String level;
    private final String path;
    private final int line;
    private final String runbook;
    private final String message;

    public FindingRow(String rule, String level, String path, int line, String runbook, String message) {
        this.rule = rule;
        this.level = level;
        this.path = path;
        this.line = line;
        this.runbook = runbook;
        this.message = message;
    }

    public String getRule() {
        return rule;
    }

    public String getLevel() {
        return level;
    }

    public String getPath() {
        return path;
    }

    public int getLine() {
        return line;
    }

    public String getRunbook() {
        return runbook;
    }

    public String getMessage() {
        return message;
    }

    /** path:line, or path when the finding is about the whole file. */
    public String getLocation() {
        return line > 0 ? path + ":" + line : path;
    }
}
