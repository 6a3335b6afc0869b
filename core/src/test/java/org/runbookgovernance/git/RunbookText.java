package org.runbookgovernance.git;

/** Runbook Markdown for tests: front matter with dates, an H1, and a body of numbered steps. */
public final class RunbookText {

    private RunbookText() {
    }

    public static String runbook(String id, String title, String lastUpdated, String lastReview, String body) {
        return "---\n"
                + "id: " + id + "\n"
                + "title: " + title + "\n"
                + "severity: P1\n"
                + "last_updated: " + lastUpdated + "\n"
                + "last_review: " + lastReview + "\n"
                + "---\n"
                + "# " + id + ": " + title + "\n\n"
                + "## Diagnosis\n\n"
                + body;
    }

    /** {@code count} distinct step lines, each ending with {@code word}. */
    public static String steps(int count, String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sb.append(i).append(". Check step ").append(i).append(' ').append(word).append('\n');
        }
        return sb.toString();
    }
}
