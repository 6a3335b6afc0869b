package org.runbookgovernance.model;

/**
 * Where a runbook that is one section of a page ({@code documents.runbook_sections}) lies in that page.
 *
 * @param anchor          the heading's anchor as GitHub renders it, without '#'
 * @param line            the heading's line
 * @param lastLine        the section's last line: the line before the next heading of its level or higher
 * @param lastReviewFromGit true when the section has no review line and its last review is the last commit
 *                        that changed one of its lines
 */
public record RunbookSection(String anchor, int line, int lastLine, boolean lastReviewFromGit) {

    public RunbookSection withLastReviewFromGit() {
        return new RunbookSection(anchor, line, lastLine, true);
    }

    public boolean contains(int fileLine) {
        return fileLine >= line && fileLine <= lastLine;
    }
}
