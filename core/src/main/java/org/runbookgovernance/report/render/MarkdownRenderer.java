package org.runbookgovernance.report.render;

import java.util.Comparator;
import java.util.List;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * A summary for a pull-request comment: a status line, a counts table and the findings, most serious
 * first, capped so a large repository does not produce a wall of text. All repository text is escaped.
 */
final class MarkdownRenderer implements ReportRenderer {

    static final int MAX_ROWS = 50;

    private final RenderOptions options;

    MarkdownRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(Report report) {
        StringBuilder md = new StringBuilder("## Runbook governance\n\n");
        long errors = report.count(Level.ERROR);
        long warnings = report.count(Level.WARNING);
        long info = report.count(Level.INFO);
        int runbooks = report.runbooks().size();
        long files = report.findings().stream().map(f -> f.position().path()).distinct().count();
        if (report.findings().isEmpty()) {
            md.append("✅ No findings in ").append(count(runbooks, "runbook", "runbooks")).append(".\n\n");
        } else {
            String emoji = errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅";
            md.append(emoji).append(' ')
                    .append(count(errors, "error", "errors")).append(", ")
                    .append(count(warnings, "warning", "warnings")).append(", ")
                    .append(count(info, "info", "info")).append(" in ")
                    .append(count(runbooks, "runbook", "runbooks")).append(" (")
                    .append(count(files, "file", "files")).append(" with findings).\n\n");
        }
        md.append("| Errors | Warnings | Info | Runbooks | Files with findings |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: |\n");
        md.append("| ").append(errors).append(" | ").append(warnings).append(" | ").append(info)
                .append(" | ").append(runbooks).append(" | ").append(files).append(" |\n\n");
        if (!report.findings().isEmpty()) {
            findings(report.findings(), md);
        }
        if (!report.notes().isEmpty()) {
            md.append("**Notes**\n\n");
            report.notes().forEach(note -> md.append("- ").append(MarkdownText.inline(note)).append('\n'));
            md.append('\n');
        }
        md.append("<sub>").append(MarkdownText.plain(report.tool())).append(' ')
                .append(MarkdownText.plain(report.version())).append(" · ")
                .append(report.today()).append("</sub>\n");
        return md.toString();
    }

    private void findings(List<Finding> all, StringBuilder md) {
        List<Finding> sorted = all.stream()
                .sorted(Comparator.comparing(Finding::level).thenComparing(Finding.ORDER))
                .toList();
        md.append("| Severity | Rule | Location | Message |\n");
        md.append("| --- | --- | --- | --- |\n");
        for (Finding f : sorted.subList(0, Math.min(MAX_ROWS, sorted.size()))) {
            md.append("| ").append(severity(f.level()))
                    .append(" | ").append(rule(f.ruleId()))
                    .append(" | ").append(MarkdownText.code(f.position().toString()))
                    .append(" | ").append(MarkdownText.inline(f.message()))
                    .append(" |\n");
        }
        if (sorted.size() > MAX_ROWS) {
            md.append("\n… and ").append(sorted.size() - MAX_ROWS).append(" more\n");
        }
        md.append('\n');
    }

    private String rule(String ruleId) {
        if (options.docsBaseUrl().isEmpty()) {
            return MarkdownText.code(ruleId);
        }
        return "[" + MarkdownText.plain(ruleId) + "](" + MarkdownText.linkTarget(options.docsBaseUrl(), ruleId) + ")";
    }

    private static String severity(Level level) {
        return switch (level) {
            case ERROR -> "❌ error";
            case WARNING -> "⚠️ warning";
            case INFO -> "ℹ️ info";
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
