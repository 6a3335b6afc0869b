package org.runbookgovernance.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runbookgovernance.index.RunbookIndex.AlertRow;
import org.runbookgovernance.index.RunbookIndex.Category;
import org.runbookgovernance.index.RunbookIndex.DocumentRow;
import org.runbookgovernance.index.RunbookIndex.RunbookRow;
import org.runbookgovernance.index.RunbookIndex.SymptomRow;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * One self-contained HTML page: the index, a status badge per runbook, review age by category as inline
 * SVG, and the findings grouped by rule in collapsible sections linked to their docs pages, at most
 * {@link IndexSettings#findingsPerRule()} listed per rule. No script, no network: a Content-Security-Policy that
 * allows only inline styles says so to the browser too. Every repository string is escaped.
 */
public final class Dashboard {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
            header{background:#24292f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
            header p{margin:6px 0 0;color:#d0d7de}main{padding:8px 32px 32px;max-width:1200px}
            section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 20px;margin:16px 0}
            h2{font-size:18px;margin:4px 0 10px}h3{font-size:15px;margin:14px 0 6px}
            table{border-collapse:collapse;width:100%;margin:4px 0 8px}th,td{border-bottom:1px solid #eaeef2;padding:5px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa;font-weight:600}a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
            code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;padding:1px 4px;border-radius:4px}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
            .fresh{background:#dafbe1;color:#116329}.due-soon{background:#fff8c5;color:#7d4e00}
            .overdue{background:#ffebe9;color:#a40e26}.never-reviewed{background:#eaeef2;color:#57606a}
            .error{color:#a40e26;font-weight:600}.warning{color:#7d4e00;font-weight:600}.info{color:#57606a}
            .counts span{margin-right:14px}.symptom{margin:4px 0}.muted{color:#57606a}
            td{overflow-wrap:anywhere}td.date{white-space:nowrap}td.where{width:30%}
            table.runbooks{table-layout:fixed}th.id{width:14%}th.severity{width:70px}th.owner{width:16%}
            th.last{width:170px}th.age{width:60px}th.next{width:100px}th.status{width:120px}
            details.rule{border-top:1px solid #eaeef2;padding:6px 0}details.rule[open]{padding-bottom:12px}
            details.rule summary{cursor:pointer;font-size:15px}details.rule summary .count{font-weight:600;margin-left:6px}
            details.rule summary .levels{margin-left:6px}.more{margin:4px 0 0}
            """;

    private Dashboard() {
    }

    public static String render(Inventory inventory, Report report, RunbookIndex index, IndexSettings settings) {
        StringBuilder page = new StringBuilder(32_000);
        try {
            render(inventory, report, index, settings, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: a StringBuilder does not fail
        }
        return page.toString();
    }

    /**
     * The same page written into {@code out} as it is made, a chunk at a time: for 30,000 runbooks the page is
     * some 85 MB, which as one string (and the copies a growing builder makes) took several times that.
     */
    public static void render(Inventory inventory, Report report, RunbookIndex index, IndexSettings settings,
                              Appendable out) throws IOException {
        Page h = new Page(out);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Runbook governance: ").append(e(repositoryName(report.root()))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, report, index);
        h.append("<main>\n");
        runbooks(h, index, settings);
        reviewAgeChart(h, index, inventory);
        documents(h, "Core Framework", "core-framework", index.coreFramework(), settings, "Description", "When to Use");
        documents(h, "Templates", "templates", index.templates(), settings, "Purpose", "When to Use");
        documents(h, "Quick Reference Guides", "guides", index.guides(), settings, "Purpose", "Audience");
        symptoms(h, index, settings);
        alerts(h, index, settings);
        findings(h, report, settings);
        h.append("</main>\n<footer class=\"muted\" style=\"padding:0 32px 24px\">Generated by ")
                .append(e(report.tool())).append(' ').append(e(report.version())).append(" on ")
                .append(index.today()).append(".</footer>\n</body>\n</html>\n");
        h.flush();
    }

    /** The page being written: text gathers here and goes to the sink whenever a row ends past a chunk. */
    private static final class Page {
        private static final int CHUNK = 1 << 16;
        private final StringBuilder text = new StringBuilder(CHUNK + 4096);
        private final Appendable sink;

        Page(Appendable sink) {
            this.sink = sink;
        }

        Page append(String s) {
            text.append(s);
            return this;
        }

        Page append(char c) {
            text.append(c);
            return this;
        }

        Page append(long n) {
            text.append(n);
            return this;
        }

        Page append(Object o) {
            text.append(o);
            return this;
        }

        /** After a row: hands the text on once it has passed a chunk. */
        void rowEnd() throws IOException {
            if (text.length() >= CHUNK) {
                flush();
            }
        }

        void flush() throws IOException {
            sink.append(text);
            text.setLength(0);
        }
    }

    /** The repository's folder name, as people call it: `check .` is run in `runbooks`, not in ".". */
    static String repositoryName(String root) {
        try {
            java.nio.file.Path name = java.nio.file.Path.of(root).toAbsolutePath().normalize().getFileName();
            return name == null ? root : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return root;
        }
    }

    private static void header(Page h, Report report, RunbookIndex index) throws IOException {
        long overdue = index.runbooks().stream().filter(r -> r.state() == ReviewState.OVERDUE).count();
        long dueSoon = index.runbooks().stream().filter(r -> r.state() == ReviewState.DUE_SOON).count();
        long never = index.runbooks().stream().filter(r -> r.state() == ReviewState.NEVER_REVIEWED).count();
        h.append("<header>\n<h1>").append(e(repositoryName(report.root()))).append("</h1>\n<p class=\"counts\">")
                .append("<span>Runbook governance</span>")
                .append("<span>as of ").append(index.today()).append("</span>")
                .append("<span>").append(counted(index.runbooks().size(), "runbook")).append("</span>")
                .append("<span>").append(overdue).append(" overdue</span>")
                .append("<span>").append(dueSoon).append(" due soon</span>")
                .append("<span>").append(never).append(" never reviewed</span>")
                .append("<span>").append(counted(report.count(Level.ERROR), "error")).append(", ")
                .append(counted(report.count(Level.WARNING), "warning")).append(", ")
                .append(report.count(Level.INFO)).append(" info</span>")
                .append(report.baselined() == 0 ? "" : "<span>" + report.baselined() + " baselined</span>")
                .append("</p>\n</header>\n");
    }

    private static void runbooks(Page h, RunbookIndex index, IndexSettings settings) throws IOException {
        h.append("<section id=\"runbooks\">\n<h2>Incident Runbooks</h2>\n");
        if (index.categories().isEmpty()) {
            h.append("<p class=\"muted\">No runbooks found.</p>\n");
        }
        // A repository without metadata has no titles, severities or descriptions: no empty columns for them.
        boolean titles = index.runbooks().stream().anyMatch(r -> !r.title().equals(r.id().value()));
        boolean severities = index.runbooks().stream().anyMatch(r -> r.severity().isPresent());
        boolean descriptions = index.runbooks().stream().anyMatch(r -> !r.description().isEmpty());
        for (Category c : index.categories()) {
            // Fixed widths: every category's table lines up with the others.
            h.append("<h3>").append(e(c.title())).append("</h3>\n<table class=\"runbooks\">\n<thead><tr>")
                    .append(titles ? "<th class=\"id\">ID</th><th>Title</th>" : "<th>ID</th>")
                    .append(severities ? "<th class=\"severity\">Severity</th>" : "")
                    .append("<th class=\"owner\">Owner</th><th class=\"last\">Last review</th><th class=\"age\">Age</th>"
                            + "<th class=\"next\">Next review</th><th class=\"status\">Status</th>")
                    .append(descriptions ? "<th>Description</th>" : "").append("</tr></thead>\n<tbody>\n");
            for (RunbookRow r : c.runbooks()) {
                h.append("<tr><td>").append(link(settings, r.link(), r.path(), r.id().value())).append("</td>");
                if (titles) {
                    h.append("<td>").append(e(r.title())).append("</td>");
                }
                if (severities) {
                    h.append("<td>").append(e(r.severity().orElse(""))).append("</td>");
                }
                h.append("<td>").append(e(r.owner().orElse("—"))).append("</td><td class=\"date\">")
                        .append(lastReviewText(r)).append("</td><td class=\"date\">")
                        .append(r.reviewAge().map(d -> d + " d").orElse("—")).append("</td><td class=\"date\">")
                        .append(r.nextReview().map(Object::toString).orElse("—")).append("</td><td>")
                        .append(badge(r.state())).append("</td>");
                if (descriptions) {
                    h.append("<td>").append(e(r.description())).append("</td>");
                }
                h.append("</tr>\n");
                h.rowEnd();
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** "2026-03-05", "2026-03-05 (from git)" with the commit as a tooltip, "never", or "—" when only a next review is set. */
    static String lastReviewText(RunbookRow r) {
        if (r.lastReview().isEmpty()) {
            // A runbook may declare only its next review: no last review, yet reviewed on a schedule.
            return r.state() == ReviewState.NEVER_REVIEWED ? "<span class=\"muted\">never</span>" : "—";
        }
        LastReview last = r.lastReview().get();
        if (!last.isFromGit()) {
            return last.date().toString();
        }
        return last.date() + " <span class=\"muted\" title=\"last substantive commit "
                + e(last.shortCommit().orElse("")) + "\">(from git)</span>";
    }

    static String badge(ReviewState state) {
        return "<span class=\"badge " + state.label() + "\">" + state.label().replace('-', ' ') + "</span>";
    }

    /**
     * Horizontal bars: mean days since last review per category, a dashed line at the review interval. Only
     * reviewed runbooks have an age: a category whose runbooks were never reviewed says so instead of a bar.
     */
    private static void reviewAgeChart(Page h, RunbookIndex index, Inventory inventory) throws IOException {
        record Bar(String label, long mean, long oldest, int reviewed, int fromGit, int never, int total) {
        }
        List<Bar> bars = new ArrayList<>();
        for (Category c : index.categories()) {
            List<Long> ages = c.runbooks().stream().flatMap(r -> r.reviewAge().stream()).toList();
            long mean = ages.isEmpty() ? 0 : Math.round(ages.stream().mapToLong(Long::longValue).average().orElse(0));
            long oldest = ages.stream().mapToLong(Long::longValue).max().orElse(0);
            int fromGit = (int) c.runbooks().stream()
                    .filter(r -> r.lastReview().filter(LastReview::isFromGit).isPresent()).count();
            int never = (int) c.runbooks().stream().filter(r -> r.state() == ReviewState.NEVER_REVIEWED).count();
            bars.add(new Bar(c.title(), Math.max(0, mean), Math.max(0, oldest), ages.size(), fromGit, never,
                    c.runbooks().size()));
        }
        Period p = inventory.config().review().defaultInterval().period();
        long interval = p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
        long max = Math.max(interval, bars.stream().mapToLong(Bar::oldest).max().orElse(0));
        max = Math.max(max, 1);
        int labelWidth = 260;
        int chartWidth = 480;
        int rowHeight = 30;
        int height = bars.size() * rowHeight + 40;
        h.append("<section id=\"review-age\">\n<h2>Review age by category</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + chartWidth + 340)
                .append("\" height=\"").append(height).append("\" aria-labelledby=\"review-age-title\">\n")
                .append("<title id=\"review-age-title\">Mean days since last review per category; the dashed line is the ")
                .append(interval).append("-day review interval</title>\n");
        int y = 10;
        for (Bar b : bars) {
            String source = b.fromGit() == 0 ? "" : b.fromGit() == b.reviewed() ? ", from git"
                    : ", " + b.fromGit() + " from git";
            String never = b.never() == 0 ? "" : " · " + b.never() + " never reviewed";
            h.append("<g>\n<title>").append(e(b.label())).append(": ");
            if (b.reviewed() == 0) {
                h.append(counted(b.total(), "runbook")).append(", none reviewed</title>\n");
            } else {
                h.append("mean ").append(b.mean()).append(" days, oldest ").append(b.oldest()).append(" days, ")
                        .append(b.reviewed()).append(" of ").append(b.total()).append(" runbooks reviewed")
                        .append(b.fromGit() == 0 ? "" : " (" + b.fromGit() + " dated from git)").append("</title>\n");
            }
            h.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2328\">").append(e(b.label()))
                    .append("</text>\n");
            if (b.reviewed() == 0) {
                h.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(chartWidth).append("\" height=\"18\" fill=\"none\" stroke=\"#d0d7de\" "
                                + "stroke-dasharray=\"3 3\"/>\n")
                        .append("<text x=\"").append(labelWidth + 8).append("\" y=\"").append(y + 16)
                        .append("\" font-size=\"12\" fill=\"#57606a\">")
                        .append(b.never() == b.total() ? "never reviewed" : "no last review date").append(" (")
                        .append(counted(b.total(), "runbook")).append(")</text>\n</g>\n");
                y += rowHeight;
                continue;
            }
            long w = Math.round((double) b.mean() * chartWidth / max);
            long ow = Math.round((double) b.oldest() * chartWidth / max);
            String colour = b.oldest() > interval ? "#cf222e" : b.oldest() > interval * 0.85 ? "#bf8700" : "#2da44e";
            h.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(ow).append("\" height=\"18\" fill=\"#eaeef2\"/>\n")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(w).append("\" height=\"18\" fill=\"").append(colour).append("\"/>\n")
                    .append("<text x=\"").append(labelWidth + Math.max(w, ow) + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\" fill=\"#57606a\">").append(b.mean()).append(" d (oldest ")
                    .append(b.oldest()).append(" d").append(source).append(")").append(never).append("</text>\n</g>\n");
            y += rowHeight;
        }
        long ix = labelWidth + Math.round((double) interval * chartWidth / max);
        h.append("<line x1=\"").append(ix).append("\" y1=\"4\" x2=\"").append(ix).append("\" y2=\"").append(y + 4)
                .append("\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/>\n")
                .append("<text x=\"").append(ix).append("\" y=\"").append(y + 20)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#57606a\">review interval ")
                .append(interval).append(" d</text>\n</svg>\n</section>\n");
    }

    private static void documents(Page h, String title, String id, List<DocumentRow> rows,
                                  IndexSettings settings, String first, String second) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n<table>\n<thead><tr>")
                .append("<th>Document</th><th>").append(first).append("</th><th>").append(second)
                .append("</th></tr></thead>\n<tbody>\n");
        for (DocumentRow d : rows) {
            h.append("<tr><td>").append(link(settings, d.link(), d.path(), d.title())).append("</td><td>")
                    .append(e(d.first())).append("</td><td>").append(e(d.second())).append("</td></tr>\n");
            h.rowEnd();
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void symptoms(Page h, RunbookIndex index, IndexSettings settings) throws IOException {
        if (index.symptoms().isEmpty()) {
            return; // symptoms come from metadata only
        }
        h.append("<section id=\"symptoms\">\n<h2>By Symptom</h2>\n");
        for (SymptomRow s : index.symptoms()) {
            RunbookRow r = s.runbook();
            h.append("<p class=\"symptom\"><strong>“").append(e(s.symptom())).append("”</strong> → ")
                    .append(link(settings, r.link(), r.path(), r.id().value() + ": " + r.shortTitle())).append("</p>\n");
            h.rowEnd();
        }
        h.append("</section>\n");
    }

    private static void alerts(Page h, RunbookIndex index, IndexSettings settings) throws IOException {
        if (index.alertRows().isEmpty() && index.alertsWithoutRunbook().isEmpty()) {
            h.append("<section id=\"alerts\">\n<h2>By Alert Name</h2>\n<p class=\"muted\">No alerts: no alert rule "
                    + "file was found and no runbook names the alerts it answers.</p>\n</section>\n");
            return;
        }
        h.append("<section id=\"alerts\">\n<h2>By Alert Name</h2>\n<table>\n<thead><tr><th>Alert</th><th>Runbook</th>"
                + "</tr></thead>\n<tbody>\n");
        for (AlertRow row : index.alertRows()) {
            List<String> names = row.alerts().stream().map(a -> "<code>" + e(a) + "</code>").toList();
            h.append("<tr><td>").append(String.join(" / ", names)).append("</td><td>")
                    .append(link(settings, row.runbook().link(), row.runbook().path(), row.runbook().id().value()))
                    .append("</td></tr>\n");
            h.rowEnd();
        }
        h.append("</tbody>\n</table>\n");
        List<String> orphans = index.alertsWithoutRunbook();
        if (!orphans.isEmpty()) {
            h.append("<p>Alerts without a runbook: ");
            h.append(String.join(", ", orphans.stream().map(a -> "<code>" + e(a) + "</code>").toList()));
            h.append("</p>\n");
        }
        h.append("</section>\n");
    }

    /** One rule's findings, in report order, and its most serious level. */
    private record RuleGroup(String ruleId, List<Finding> findings, Level worst) {

        /** Errors first, then the rules with most findings, then by id. */
        static final Comparator<RuleGroup> ORDER = Comparator.comparing(RuleGroup::worst)
                .thenComparing(Comparator.comparingInt((RuleGroup g) -> g.findings().size()).reversed())
                .thenComparing(RuleGroup::ruleId);

        long count(Level level) {
            return findings.stream().filter(f -> f.level() == level).count();
        }

        boolean mixed() {
            return findings.stream().anyMatch(f -> f.level() != worst);
        }
    }

    private static List<RuleGroup> groups(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f));
        List<RuleGroup> groups = new ArrayList<>();
        byRule.forEach((rule, list) -> groups.add(new RuleGroup(rule, list,
                list.stream().map(Finding::level).min(Comparator.naturalOrder()).orElseThrow())));
        groups.sort(RuleGroup.ORDER);
        return groups;
    }

    /** A collapsible section per rule, its level and count in the summary, at most {@code findingsPerRule} rows. */
    private static void findings(Page h, Report report, IndexSettings settings) throws IOException {
        h.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p class=\"muted\">").append(report.baselined() == 0 ? "No findings."
                    : "No findings beyond the " + report.baselined() + " the baseline accepts.").append("</p>\n</section>\n");
            return;
        }
        List<RuleGroup> groups = groups(report.findings());
        int limit = settings.findingsPerRule();
        h.append("<p class=\"muted\">").append(counted(report.findings().size(), "finding")).append(" of ")
                .append(counted(groups.size(), "rule")).append(", most serious first.");
        if (groups.stream().anyMatch(g -> g.findings().size() > limit)) {
            h.append(" Each rule lists at most ").append(limit)
                    .append(" (<code>index.findings_per_rule</code>); the JSON report holds them all.");
        }
        h.append("</p>\n");
        for (RuleGroup g : groups) {
            String docs = settings.docsBaseUrl().map(base -> base + (base.endsWith("/") ? "" : "/") + g.ruleId() + ".md")
                    .orElse("docs/rules/" + g.ruleId() + ".md");
            h.append("<details class=\"rule\" id=\"rule-").append(e(anchor(g.ruleId()))).append("\"><summary>")
                    .append("<span class=\"").append(g.worst().label()).append("\">").append(g.worst().label())
                    .append("</span> <code>").append(e(g.ruleId())).append("</code> <span class=\"count\">")
                    .append(g.findings().size()).append("</span>");
            if (g.mixed()) {
                List<String> levels = new ArrayList<>();
                for (Level l : Level.values()) {
                    long n = g.count(l);
                    if (n > 0) {
                        levels.add(l == Level.INFO ? n + " info" : counted(n, l.label()));
                    }
                }
                h.append(" <span class=\"levels muted\">(").append(String.join(", ", levels)).append(")</span>");
            }
            h.append("</summary>\n<p><a href=\"").append(HtmlText.href(docs)).append("\">What <code>")
                    .append(e(g.ruleId())).append("</code> checks and how to fix it</a></p>\n");
            int shown = Math.min(limit, g.findings().size());
            if (shown > 0) {
                h.append("<table>\n<thead><tr>").append(g.mixed() ? "<th>Level</th>" : "")
                        .append("<th>Where</th><th>Message</th></tr></thead>\n<tbody>\n");
                for (Finding f : g.findings().subList(0, shown)) {
                    h.append("<tr>");
                    if (g.mixed()) {
                        h.append("<td class=\"").append(f.level().label()).append("\">").append(f.level().label())
                                .append("</td>");
                    }
                    h.append("<td class=\"where\">").append(breakable(f.position().toString())).append("</td><td>")
                            .append(e(f.message()))
                            .append("</td></tr>\n");
                    h.rowEnd();
                }
                h.append("</tbody>\n</table>\n");
            }
            int more = g.findings().size() - shown;
            if (more > 0) {
                h.append("<p class=\"more muted\">").append(shown == 0 ? counted(more, "finding") + " not listed"
                        : "and " + more + " more").append(" — see the JSON report</p>\n");
            }
            h.append("</details>\n");
            h.rowEnd();
        }
        h.append("</section>\n");
    }

    /** A path that wraps after its slashes rather than inside a name. */
    private static String breakable(String path) {
        return e(path).replace("/", "/<wbr>");
    }

    /** {@code freshness-overdue} for {@code freshness/overdue}: an id attribute a link can name. */
    private static String anchor(String ruleId) {
        return ruleId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A repository link: the configured base URL + path, else the index-relative link. */
    private static String link(IndexSettings settings, String relative, String path, String text) {
        String url = settings.baseUrl().map(base -> IndexPaths.url(base, path)).orElse(relative);
        return "<a href=\"" + HtmlText.href(url) + "\">" + e(text) + "</a>";
    }

    private static String e(String value) {
        return HtmlText.escape(value);
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
