package org.runbookgovernance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic service-docs repository whose weight is in its rule files: many small Prometheus rule files,
 * mostly recording rules, a few alerts each with a {@code runbook_url} to one of the repository's runbooks.
 * Expressions are written the ways rule files write them: one line, a {@code |} block, a quoted string, and in
 * one file in ten a plain scalar continued over several lines.
 *
 * @param files     how many rule files, under {@code services/<team>/<service>/rules/}
 * @param alerts    how many alerting rules over all of them
 * @param recording how many recording rules over all of them
 * @param runbooks  how many runbooks the alerts link to, under {@code runbooks/}
 */
public record RuleFileCorpus(int files, int alerts, int recording, int runbooks) {

    static final long SEED = 20261128L;
    private static final String[] TEAMS = {"payments", "checkout", "identity", "search", "storage", "network",
        "platform", "data", "messaging", "edge"};
    private static final String[] METRICS = {"http_requests_total", "grpc_server_handled_total",
        "process_cpu_seconds_total", "container_memory_working_set_bytes", "kafka_consumergroup_lag",
        "node_filesystem_avail_bytes", "up", "http_request_duration_seconds_bucket"};

    public String fingerprint() {
        return "rule files v1 seed=" + SEED + " files=" + files + " alerts=" + alerts + " recording=" + recording
                + " runbooks=" + runbooks;
    }

    public void writeTo(Path root) throws IOException {
        Random random = new Random(SEED);
        Files.createDirectories(root.resolve("runbooks"));
        for (int r = 0; r < runbooks; r++) {
            Files.writeString(root.resolve("runbooks/" + alertName(r) + ".md"), "# " + alertName(r) + "\n\n"
                    + "**Owner:** team-" + TEAMS[r % TEAMS.length] + "\n\n## Meaning\n\nThe alert fires when the "
                    + "service misbehaves.\n\n## Impact\n\nCustomers see errors.\n\n## Diagnosis\n\nLook at the "
                    + "dashboard.\n\n## Mitigation\n\nRoll back the last deploy.\n", StandardCharsets.UTF_8);
        }
        int alertsLeft = alerts;
        int recordingLeft = recording;
        for (int f = 0; f < files; f++) {
            int filesLeft = files - f;
            int a = alertsLeft / filesLeft;
            int rec = recordingLeft / filesLeft;
            alertsLeft -= a;
            recordingLeft -= rec;
            String team = TEAMS[f % TEAMS.length];
            String service = "svc-" + f;
            boolean continued = f % 10 == 9;
            StringBuilder y = new StringBuilder(4096);
            y.append("# Rules for ").append(service).append(", owned by team ").append(team).append(".\ngroups:\n");
            y.append("  - name: ").append(service).append(".recording\n    interval: 30s\n    rules:\n");
            for (int i = 0; i < rec; i++) {
                String metric = METRICS[random.nextInt(METRICS.length)];
                y.append("      - record: ").append(service.replace('-', '_')).append(':').append(metric)
                        .append(":rate").append(1 + i % 5).append("m\n");
                expr(y, "sum by (job, instance) (rate(" + metric + "{service=\"" + service + "\"}[" + (1 + i % 5)
                        + "m]))", continued, i, random);
                if (i % 3 == 0) {
                    y.append("        labels:\n          team: ").append(team).append('\n');
                }
            }
            if (a > 0) {
                y.append("  - name: ").append(service).append(".alerts\n    rules:\n");
                for (int i = 0; i < a; i++) {
                    int r = random.nextInt(runbooks);
                    y.append("      - alert: ").append(alertName(r)).append('\n');
                    expr(y, service.replace('-', '_') + ":http_requests_total:rate5m > " + (100 + i), continued, i,
                            random);
                    y.append("        for: 5m\n        labels:\n          severity: ")
                            .append(i % 2 == 0 ? "critical" : "warning").append("\n          team: ").append(team)
                            .append("\n        annotations:\n          summary: \"").append(service)
                            .append(" is unhealthy\"\n          description: |\n            The service {{ $labels.job }}"
                                    + " fails.\n            Check the dashboard.\n          runbook_url: ")
                            .append("https://docs.example.com/runbooks/").append(alertName(r)).append(".md\n");
                }
            }
            Path file = root.resolve(String.format(Locale.ROOT, "services/%s/%s/rules/%s.rules.yaml", team, service,
                    service));
            Files.createDirectories(file.getParent());
            Files.writeString(file, y, StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve(".runbook-governance.yml"), "alerts:\n  rule_files:\n"
                + "    - \"services/**/*.yaml\"\n  runbook_url_map:\n    \"https://docs.example.com/runbooks/\": runbooks\n");
    }

    private static void expr(StringBuilder y, String expr, boolean continued, int i, Random random) {
        if (continued && i % 2 == 0) {
            // A plain scalar continued on the next lines, as hand-written files often have it.
            int cut = expr.indexOf(" (") >= 0 ? expr.indexOf(" (") : expr.indexOf(' ');
            y.append("        expr: ").append(expr, 0, cut).append("\n          ").append(expr.substring(cut + 1))
                    .append('\n');
        } else if (i % 4 == 1) {
            y.append("        expr: |\n          ").append(expr).append('\n');
        } else if (i % 4 == 2 && expr.indexOf('"') < 0) {
            y.append("        expr: \"").append(expr).append("\"\n");
        } else {
            y.append("        expr: ").append(expr).append('\n');
        }
        if (random.nextInt(20) == 0) {
            y.append("        # reviewed with the service owners\n");
        }
    }

    static String alertName(int r) {
        return "Service" + TEAMS[r % TEAMS.length].substring(0, 1).toUpperCase(Locale.ROOT)
                + TEAMS[r % TEAMS.length].substring(1) + "Alert" + r;
    }
}
