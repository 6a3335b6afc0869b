package org.runbookgovernance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A deterministic synthetic runbook repository shaped like the sample one, at the scale of a large
 * organisation: runbooks of about 5 KB (front matter or bold label lines, the six required sections, a
 * table, a code block, links to other runbooks with heading anchors), Prometheus rule files whose
 * {@code runbook_url} annotations point at those runbooks, incident reports naming runbook gaps, and a
 * README index with a "By Alert Name" table. The same parameters always write the same bytes.
 *
 * @param runbooks how many runbooks
 * @param rules    how many alerting rules, spread over rule files of {@link #RULES_PER_FILE}
 * @param reports  how many incident reports
 * @param agreeingSeverities false (the benchmark's corpus): each alert's severity label is drawn on its own,
 *                 so 44 % of the alerts disagree with their runbook's severity; true: the label follows the
 *                 runbook's severity and 1 alert in 100 disagrees, as in a repository this tool already guards
 */
public record Corpus(int runbooks, int rules, int reports, boolean agreeingSeverities) {

    public Corpus(int runbooks, int rules, int reports) {
        this(runbooks, rules, reports, false);
    }

    static final long SEED = 20261126L;
    static final int RULES_PER_FILE = 500;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String URL_BASE = "https://github.com/acme/runbooks/blob/main/";

    private static final String[] TEAMS = {"payments", "checkout", "identity", "search", "storage", "network",
        "platform", "data", "ml-serving", "messaging", "observability", "edge"};
    private static final String[] COMPONENTS = {"Api", "Gateway", "Worker", "Database", "Cache", "Queue", "Ingress",
        "Scheduler", "Indexer", "Replica", "Proxy", "Broker"};
    private static final String[] SYMPTOMS = {"Down", "HighLatency", "ErrorRate", "Saturation", "DiskFull",
        "MemoryLeak", "CertificateExpiry", "ReplicationLag", "ConnectionPoolExhausted", "Throttled"};
    private static final String[] SEVERITIES = {"P0", "P1", "P1", "P2", "P2", "P2", "P3", "P1-P2", "P0-P1"};
    private static final String[] SECTIONS = {"Symptoms", "Impact", "Diagnosis", "Mitigation", "Escalation",
        "Verification"};
    private static final String[] WORDS = ("the service pod node replica request error latency budget quota "
            + "deploy rollback traffic shard region cluster alert dashboard metric upstream downstream timeout "
            + "retry queue consumer producer partition leader follower cache eviction memory heap thread pool "
            + "connection certificate secret token customer tenant").split(" ");

    /** The default scale of the performance issue: 10,000 runbooks and 100,000 rules. */
    public static Corpus large() {
        return new Corpus(10_000, 100_000, 500);
    }

    /** A fingerprint of the parameters, so a corpus on disk is regenerated only when they change. */
    public String fingerprint() {
        return "corpus v3 seed=" + SEED + " runbooks=" + runbooks + " rules=" + rules + " reports=" + reports
                + (agreeingSeverities ? " severities=agreeing" : "");
    }

    /** Repository-relative path of runbook {@code n} (1-based). */
    String runbookPath(int n) {
        return "incidents/" + team(n) + "/" + id(n) + "-" + slug(n) + ".md";
    }

    static String id(int n) {
        return String.format(Locale.ROOT, "RB-%05d", n);
    }

    static String team(int n) {
        return TEAMS[n % TEAMS.length];
    }

    private static String component(int n) {
        return COMPONENTS[(n / TEAMS.length) % COMPONENTS.length];
    }

    private static String symptom(int n) {
        return SYMPTOMS[(n / (TEAMS.length * COMPONENTS.length)) % SYMPTOMS.length];
    }

    private static String slug(int n) {
        return (component(n) + "-" + symptom(n)).replaceAll("([a-z])([A-Z])", "$1-$2").toUpperCase(Locale.ROOT);
    }

    private static String title(int n) {
        String words = (component(n) + " " + symptom(n)).replaceAll("([a-z])([A-Z])", "$1 $2");
        return capitalise(team(n)) + " " + words;
    }

    /** Alert {@code k} (0-based) of the corpus belongs to runbook {@code k % runbooks + 1}. */
    String alertName(int k) {
        int n = k % runbooks + 1;
        return capitalise(team(n).replace("-", "")) + component(n) + symptom(n) + String.format(Locale.ROOT,
                "%05d", n) + (k / runbooks == 0 ? "" : "V" + (k / runbooks));
    }

    /** Writes the corpus into {@code root} (created or emptied first). */
    public void writeTo(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
        Random random = new Random(SEED);
        write(root.resolve(".runbook-governance.yml"), config());
        write(root.resolve("INCIDENT_RESPONSE_FRAMEWORK.md"), framework());
        String[] severities = new String[runbooks + 1];
        for (int n = 1; n <= runbooks; n++) {
            write(root.resolve(runbookPath(n)), runbook(n, random, severities));
        }
        writeRuleFiles(root, random, severities);
        for (int r = 1; r <= reports; r++) {
            write(root.resolve(String.format(Locale.ROOT, "postmortems/2026/INC-%04d.md", r)), report(r, random));
        }
        write(root.resolve("README.md"), index());
    }

    private String config() {
        return """
                # Synthetic corpus for the performance benchmark; the sample repository's settings.
                documents:
                  runbooks: ["**/RB-*.md", "incidents/**/*.md"]
                  index: ["README.md"]
                  guides: ["**/*FRAMEWORK*.md"]
                  incident_reports: ["postmortems/**"]
                  exclude: [".git/**", "**/node_modules/**", "**/target/**"]
                review:
                  interval: quarterly
                  due_soon_days: 14
                rules:
                  structure/required-section:
                    runbook: [Symptoms, Impact, Diagnosis, Mitigation, Escalation, Verification]
                alerts:
                  rule_files: ["alerts/**/*.yml"]
                  runbook_url_map:
                    "%s": "."
                  runbook_annotations: [runbook_url, runbook]
                  require_runbook_for: [critical]
                  severity_map: {critical: P0-P1, high: P1-P2, warning: P2-P3, info: P3}
                  use_index_table: true
                """.formatted(URL_BASE);
    }

    /**
     * The label {@code alerts.severity_map} maps onto a range overlapping {@code runbookSeverity}, or, when
     * {@code disagree}, one whose range does not (critical P0-P1, high P1-P2, warning P2-P3, info P3).
     */
    private static String label(String runbookSeverity, boolean disagree) {
        return switch (runbookSeverity) {
            case "P0", "P1", "P0-P1" -> disagree ? "info" : "critical";
            case "P1-P2" -> disagree ? "info" : "high";
            default -> disagree ? "critical" : "warning"; // P2, P3
        };
    }

    private static String framework() {
        return "# Incident Response Framework\n\n## Severity levels\n\nP0 to P3, see the runbooks.\n\n"
                + "## Roles\n\nIncident commander, communications lead, scribe.\n";
    }

    /** The text of runbook {@code n}, for method-level benchmarks. */
    String runbookText(int n, Random random) {
        return runbook(n, random, new String[n + 1]);
    }

    /** Runbook {@code n}'s text; its severity goes into {@code severities[n]}. */
    private String runbook(int n, Random random, String[] severities) {
        StringBuilder out = new StringBuilder(6000);
        String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
        severities[n] = severity;
        // Most runbooks are fresh; some are due soon or overdue, as in any real repository.
        LocalDate reviewed = TODAY.minusDays(random.nextInt(150));
        LocalDate updated = reviewed.minusDays(random.nextInt(30));
        LocalDate next = reviewed.plusMonths(3);
        List<String> declared = List.of(alertName(n - 1), alertName(n - 1 + runbooks));
        if (n % 10 < 7) {
            out.append("---\n")
                    .append("id: ").append(id(n)).append('\n')
                    .append("title: ").append(title(n)).append('\n')
                    .append("severity: ").append(severity).append('\n')
                    .append("owner: ").append(team(n)).append("-sre\n")
                    .append("status: active\n")
                    .append("version: 1.").append(n % 7).append(".0\n")
                    .append("last_updated: ").append(updated).append('\n')
                    .append("last_review: ").append(reviewed).append('\n')
                    .append("next_review: ").append(next).append('\n')
                    .append("review_interval: quarterly\n")
                    .append("category: ").append(capitalise(team(n))).append('\n')
                    .append("description: ").append(sentence(random, 10)).append('\n')
                    .append("alerts:\n");
            declared.forEach(a -> out.append("  - ").append(a).append('\n'));
            out.append("---\n");
            out.append("# ").append(id(n)).append(": ").append(title(n)).append("\n\n");
        } else {
            out.append("# ").append(id(n)).append(": ").append(title(n)).append("\n\n")
                    .append("**Severity:** ").append(severity).append("  \n")
                    .append("**Owner:** ").append(team(n)).append("-sre  \n")
                    .append("**Last Updated:** ").append(updated).append("  \n")
                    .append("**Last Review**: ").append(reviewed).append("  \n")
                    .append("**Next Review:** ").append(next).append("  \n")
                    .append("**Alerts:** `").append(String.join("`, `", declared)).append("`\n\n");
        }
        out.append("Follow the [Incident Response Framework](../../INCIDENT_RESPONSE_FRAMEWORK.md) and declare ")
                .append("an incident before diagnosis.\n\n");
        for (String section : SECTIONS) {
            out.append("## ").append(section).append("\n\n");
            switch (section) {
                case "Impact" -> {
                    out.append("| Component | Customer impact |\n|-----------|-----------------|\n");
                    for (int i = 0; i < 4; i++) {
                        out.append("| ").append(COMPONENTS[random.nextInt(COMPONENTS.length)].toLowerCase(Locale.ROOT))
                                .append("-service | ").append(sentence(random, 8)).append(" |\n");
                    }
                    out.append('\n');
                }
                case "Diagnosis" -> {
                    out.append(paragraph(random, 3)).append("\n\n### Check the pods\n\n```bash\n")
                            .append("kubectl -n ").append(team(n)).append(" get pods -l app=")
                            .append(component(n).toLowerCase(Locale.ROOT)).append('\n')
                            .append("kubectl -n ").append(team(n)).append(" logs deploy/")
                            .append(component(n).toLowerCase(Locale.ROOT)).append(" --since=15m | tail -200\n")
                            .append("**Not a label:** inside code\n```\n\n### Check the dashboards\n\n")
                            .append(paragraph(random, 3)).append("\n\n");
                }
                case "Mitigation" -> {
                    for (int step = 1; step <= 5; step++) {
                        out.append(step).append(". ").append(sentence(random, 14));
                        if (step <= 3) {
                            int other = 1 + random.nextInt(runbooks);
                            out.append(" See [").append(id(other)).append("](")
                                    .append(relative(runbookPath(n), runbookPath(other)))
                                    .append(step == 2 ? "#diagnosis" : "").append(").");
                        }
                        out.append('\n');
                    }
                    out.append('\n').append(paragraph(random, 4)).append("\n\n");
                }
                case "Escalation" -> out.append("- Primary: `@").append(team(n)).append("-oncall`\n")
                        .append("- Secondary: `@platform-sre`\n- After 30 minutes: incident commander.\n\n");
                default -> out.append(paragraph(random, 5)).append("\n\n").append(paragraph(random, 4))
                        .append("\n\n");
            }
        }
        out.append("## Related\n\n- [Framework](../../INCIDENT_RESPONSE_FRAMEWORK.md#roles)\n");
        // One runbook in a hundred has a dangling link, as real repositories do.
        if (n % 100 == 0) {
            out.append("- [Old dashboard notes](../").append(team(n)).append("/RB-99999-RETIRED.md)\n");
        }
        return out.toString();
    }

    private void writeRuleFiles(Path root, Random random, String[] severities) throws IOException {
        int files = (rules + RULES_PER_FILE - 1) / RULES_PER_FILE;
        for (int f = 0; f < files; f++) {
            String team = TEAMS[f % TEAMS.length];
            Path file = root.resolve(String.format(Locale.ROOT, "alerts/%s/group-%04d.rules.yml", team, f));
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("# Generated alerting rules for " + team + "\ngroups:\n  - name: " + team + "." + f
                        + "\n    interval: 30s\n    rules:\n");
                for (int k = f * RULES_PER_FILE; k < Math.min(rules, (f + 1) * RULES_PER_FILE); k++) {
                    int n = k % runbooks + 1;
                    boolean critical = random.nextInt(4) == 0; // drawn either way: the rest of the corpus stays the same
                    String label = agreeingSeverities ? label(severities[n], k % 100 == 50)
                            : critical ? "critical" : "warning";
                    w.write("      - alert: " + alertName(k) + "\n"
                            + "        expr: |\n"
                            + "          sum by (job) (rate(http_requests_total{namespace=\"" + team(n)
                            + "\", code=~\"5..\"}[5m])) > " + (1 + random.nextInt(50)) + "\n"
                            + "        for: " + (1 + random.nextInt(10)) + "m\n"
                            + "        labels:\n"
                            + "          severity: " + label + "\n"
                            + "          team: " + team(n) + "\n"
                            + "        annotations:\n"
                            + "          summary: \"" + title(n) + " on {{ $labels.job }}\"\n"
                            + "          runbook_url: " + URL_BASE + runbookPath(n) + (k % 3 == 0 ? "#diagnosis" : "")
                            + "\n");
                }
            }
        }
    }

    private String report(int r, Random random) {
        LocalDate date = TODAY.minusDays(1 + random.nextInt(90));
        int a = 1 + random.nextInt(runbooks);
        int b = 1 + random.nextInt(runbooks);
        return "# Incident Report: " + title(a) + "\n\n"
                + "**Incident ID:** INC-2026-" + String.format(Locale.ROOT, "%04d", r) + "\n"
                + "**Date:** " + date + "\n"
                + "**Severity:** P1\n"
                + "**Runbooks Used:** " + id(a) + ", " + id(b) + "\n\n"
                + "## Summary\n\n" + paragraph(random, 4) + "\n\n"
                + "## Timeline\n\n| Time | Event |\n|------|-------|\n| 03:12 | alert fired |\n| 04:01 | resolved |\n\n"
                + "## Runbook Gaps\n\n"
                + "- " + id(a) + ": " + sentence(random, 9) + "\n"
                + "- " + id(b) + ": no gap\n\n"
                + "## Action Items\n\n- " + sentence(random, 8) + "\n";
    }

    private String index() {
        StringBuilder out = new StringBuilder();
        out.append("# Operational Runbooks\n\n## Runbook Directory\n\n| ID | Title | Owner |\n|----|-------|-------|\n");
        for (int n = 1; n <= runbooks; n++) {
            out.append("| [").append(id(n)).append("](./").append(runbookPath(n)).append(") | ").append(title(n))
                    .append(" | ").append(team(n)).append(" |\n");
        }
        out.append("\n## By Alert Name\n\n| Alert | Runbook |\n|-------|---------|\n");
        for (int n = 1; n <= Math.min(runbooks, 1000); n++) {
            out.append("| `").append(alertName(n - 1)).append("` | [").append(id(n)).append("](./")
                    .append(runbookPath(n)).append(") |\n");
        }
        return out.toString();
    }

    /** The relative link from one repository path to another, as a runbook author writes it. */
    static String relative(String from, String to) {
        Path parent = Path.of(from).getParent();
        return parent.relativize(Path.of(to)).toString().replace('\\', '/');
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? capitalise(w) : " " + w);
        }
        return s.append('.').toString();
    }

    private static String paragraph(Random random, int sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(sentence(random, 9 + random.nextInt(8)));
        }
        return String.join(" ", out);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Turns the corpus into a git repository with {@code commits} commits at fixed dates, each adding or
     * touching a slice of the runbooks, with the machine's git config kept out.
     */
    public void commitHistory(Path root, int commits) {
        commitHistory(root, commits, 0);
    }

    /**
     * As {@link #commitHistory(Path, int)}, then {@code edits} more commits before the last, each appending
     * 1 to 6 lines to 5 runbooks (some edits under the typo threshold, some over), dated over the 20 days
     * before it: a long history, which the git walk goes through to the first commit of every runbook.
     */
    public void commitHistory(Path root, int commits, int edits) {
        Map<String, String> env = Map.of("GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null",
                "GIT_AUTHOR_NAME", "Bench", "GIT_AUTHOR_EMAIL", "bench@example.com", "GIT_COMMITTER_NAME", "Bench",
                "GIT_COMMITTER_EMAIL", "bench@example.com", "TZ", "UTC");
        git(root, env, null, "init", "-q", "-b", "main");
        git(root, env, null, "add", "-A", ".runbook-governance.yml", "INCIDENT_RESPONSE_FRAMEWORK.md", "alerts");
        git(root, env, "2026-01-01T09:00:00Z", "commit", "-q", "-m", "Framework and alert rules");
        int per = Math.max(1, (runbooks + commits - 1) / commits);
        for (int c = 0; c < commits; c++) {
            List<String> args = new ArrayList<>(List.of("add", "-A"));
            for (int n = c * per + 1; n <= Math.min(runbooks, (c + 1) * per); n++) {
                args.add(runbookPath(n));
            }
            if (args.size() == 2) {
                break;
            }
            git(root, env, null, args.toArray(String[]::new));
            String date = TODAY.minusDays(200 - (long) c * Math.max(1, 180 / commits)) + "T10:00:00Z";
            git(root, env, date, "commit", "-q", "-m", "Runbooks, batch " + (c + 1));
        }
        Random random = new Random(SEED + 1);
        long start = TODAY.minusDays(22).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        for (int e = 0; e < edits; e++) {
            for (int k = 0; k < 5; k++) {
                int n = 1 + random.nextInt(runbooks);
                StringBuilder note = new StringBuilder("\n");
                for (int line = 1 + random.nextInt(6); line > 0; line--) {
                    note.append("Note from edit ").append(e + 1).append(", line ").append(line).append(".\n");
                }
                try {
                    Files.writeString(root.resolve(runbookPath(n)), note, StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }
            String date = java.time.Instant.ofEpochSecond(start + (long) e * 20 * 86_400 / edits).toString();
            git(root, env, date, "commit", "-q", "-a", "-m", "Edit " + (e + 1));
        }
        git(root, env, null, "add", "-A");
        git(root, env, TODAY.minusDays(2) + "T10:00:00Z", "commit", "-q", "-m", "Index and incident reports");
        // Packed, as a clone is: a CI workspace has no loose objects to open one by one.
        git(root, env, null, "repack", "-a", "-d", "-q");
    }

    private static void git(Path root, Map<String, String> env, String date, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "gc.auto=0"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        try {
            int code = pb.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException("git " + String.join(" ", args).lines().findFirst().orElse("")
                        + " failed with exit code " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("git is needed for --git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
