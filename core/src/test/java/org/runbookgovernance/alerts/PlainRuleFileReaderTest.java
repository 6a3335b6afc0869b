package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * Differential: on every file the collector reports the same alerts and problems with the fast path as with
 * snakeyaml alone, and whenever the fast path reads a file, snakeyaml reads it too and yields the same alerts.
 */
class PlainRuleFileReaderTest {

    private static final List<String> ANNOTATIONS = List.of("runbook_url", "runbook");
    private static final String HEAD = "groups:\n- name: g\n  rules:\n";

    @TempDir
    Path dir;

    /** Files in the repository's tests and sample: every one compared, most read by the fast path. */
    @Test
    void repositoryFilesAgree() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String d : List.of("src/test/resources", "../runbooks/alerts", "../cli/src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(d))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")
                        || p.toString().contains("RuleFileFuzzTestInputs")).sorted().forEach(files::add);
            }
        }
        int fast = 0;
        for (Path file : files) {
            fast += agree(Files.readAllBytes(file), file.toString(), ANNOTATIONS) ? 1 : 0;
        }
        assertThat(files).hasSizeGreaterThan(60);
        assertThat(fast).isGreaterThan(files.size() / 2);
    }

    @Test
    void generatedFilesAgree() throws IOException {
        int fast = 0;
        for (long seed = 1; seed <= 600; seed++) {
            byte[] bytes = new Generator(new Random(seed)).file().getBytes(StandardCharsets.UTF_8);
            fast += agree(bytes, "seed " + seed, ANNOTATIONS) ? 1 : 0;
        }
        // Mutated files (a quarter), hexadecimal escapes, BOMs and odd scalars fall back; a third must not, or this tests little.
        assertThat(fast).isGreaterThan(180);
    }

    @Test
    void theSampleAndTheBenchmarkFilesTakeTheFastPath() throws IOException {
        StringWriter w = new StringWriter();
        RuleFileBenchmark.writeRules(w, 1_000);
        List<byte[]> files = new ArrayList<>(List.of(w.toString().getBytes(StandardCharsets.UTF_8),
                w.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> sample = Files.list(Path.of("../runbooks/alerts"))) {
            for (Path p : sample.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        assertThat(files).hasSizeGreaterThan(2);
        for (byte[] bytes : files) {
            assertThat(agree(bytes, new String(bytes, StandardCharsets.UTF_8).substring(0, 40), ANNOTATIONS)).isTrue();
        }
        assertThat(plain(files.get(0), ANNOTATIONS).orElseThrow()).hasSize(1_000);
    }

    /** Each case: what it shows, the file, and whether the fast path reads it (else snakeyaml does). */
    static Stream<Arguments> cases() {
        return Stream.of(
                read("a trailing comment and spaces", HEAD + "  - alert: A   # c\n    labels:\n      severity: critical   \n"),
                read("comments at any indentation, '#' inside a word",
                        HEAD + "  - alert: A\n    labels:\n          # deeper\n      severity: page#1\n"),
                read("a block scalar, a less indented comment after it",
                        HEAD + "  - alert: A\n    expr: |\n        x\n      # c\n    labels:\n      team: t\n"),
                read("block scalars with blank lines and chomping", HEAD + "  - alert: A\n    expr: |-\n\n      x\n\n      y\n"
                        + "  - alert: B\n    expr: >+ # c\n      z\n  - alert: C\n    expr: |\n      x"),
                read("quoted values each way, with '#' and ': ' inside",
                        HEAD + "  - alert: \"A\"\n    labels:\n      severity: 'crit: #1'  # c\n      team: \"a # b\"\n"),
                read("blank and empty names are no alert", HEAD + "  - alert: \"\"\n  - alert: \" \"\n  - alert:\n  - alert: B\n"),
                read("a value with ':' not followed by a space", HEAD + "  - alert: A\n    labels:\n      team: a:b\n"
                        + "    annotations:\n      runbook_url: https://x/RB-1#diagnosis\n"),
                read("labels with nested, empty and repeated keys, in order",
                        HEAD + "  - alert: A\n    labels:\n      team:\n        nested: x\n      severity: critical\n"
                                + "      tier:\n      page:\n        - x\n      severity: warning\n"),
                read("labels and annotations that are no mapping, or come twice",
                        HEAD + "  - alert: A\n    labels: x\n    annotations:\n      - runbook_url\n  - alert: B\n"
                                + "    labels:\n      team: a\n    labels:\n      team: b\n    annotations: RB-1\n"),
                read("the first non-blank runbook annotation wins; other block annotations are skipped",
                        HEAD + "  - alert: A\n    annotations:\n      description: |\n        text\n      runbook_url: ''\n"
                                + "      runbook: RB-2\n  - alert: B\n    annotations:\n      runbook_url:\n        x: y\n"),
                read("rule keys in any order, a name given twice, a name that is a mapping",
                        HEAD + "  - labels:\n      severity: warning\n    alert: A\n    alert: B\n  - alert:\n      x: y\n"),
                read("a sequence at its key's column, and keys after it",
                        "groups:\n- name: g\n  rules:\n  - alert: A\n  interval: 1m\n- rules:\n  - alert: B\n"),
                read("a later nested value wins over a name, a label or a runbook annotation written before it",
                        HEAD + "  - alert: A\n    labels:\n      team: t\n      team:\n        x: y\n      tier: '1''st'\n"
                                + "    annotations:\n      runbook: RB-1\n      runbook:\n      - x\n"
                                + "  - alert: B\n    alert:\n      x: y\n    labels:\n      team: t\n"
                                + "  - alert: C\n    annotations:\n      runbook_url: RB-3\n    annotations:\n      summary: s\n"),
                read("recording rules are skipped", HEAD + "  - record: r\n    labels:\n      severity: critical\n"),
                read("a Kubernetes object, then a second document",
                        "apiVersion: v1\nkind: PrometheusRule\nspec:\n  groups:\n  - name: g\n    rules:\n    - alert: K\n"
                                + "---\n" + HEAD + "  - alert: L\n"),
                read("a kind: List", "kind: List\nitems:\n- spec:\n    groups:\n    - name: g\n      rules:\n      - alert: K\n"),
                read("rules outside groups[*].rules are not rules", "rules:\n- alert: A\ngroups:\n- rules: x\n  alerts:\n  - alert: B\n"),
                read("non-ASCII text", HEAD + "  - alert: Caf\u00e9\n    labels:\n      team: \u2603 t\u3000\n"),
                read("an empty file, and one of comments only", "# nothing\n\n"),
                giveUp("an anchor", HEAD + "  - &a\n    alert: A\n"),
                giveUp("an alias", HEAD + "  - alert: A\n    labels: *x\n"),
                giveUp("a tag", HEAD + "  - alert: !!str A\n"),
                giveUp("a flow mapping", HEAD + "  - alert: A\n    labels: {severity: page}\n"),
                giveUp("a plain scalar continued on the next line", HEAD + "  - alert: A\n    expr: up\n      == 0\n"),
                giveUp("a plain scalar starting on the next line", HEAD + "  - alert:\n      A\n"),
                giveUp("a quoted scalar continued on the next line", HEAD + "  - alert: \"A\n      B\"\n"),
                read("escapes in values no rule reads, quotes written twice in any", HEAD + "  - alert: 'it''s'\n"
                        + "    expr: \"a{job=\\\"x\\\"} \\\\ \\n\\t\\ \\N\"\n    labels:\n      team: ''''\n"),
                giveUp("an escape in a name", HEAD + "  - alert: \"A\\n\"\n"),
                giveUp("a hexadecimal escape", HEAD + "  - alert: A\n    expr: \"\\u0041\"\n"),
                giveUp("an unknown escape (snakeyaml rejects it)", HEAD + "  - alert: A\n    expr: \"\\q\"\n"),
                giveUp("a block scalar as a name", HEAD + "  - alert: |\n      A\n"),
                giveUp("a block scalar as a runbook annotation", HEAD + "  - alert: A\n    annotations:\n      runbook: >\n        RB\n"),
                giveUp("a block scalar with explicit indentation", HEAD + "  - alert: A\n    expr: |2\n      x\n"),
                giveUp("a tab", HEAD + "  - alert: A\n\tfor: 5m\n"),
                giveUp("a byte order mark", "\uFEFF" + HEAD + "  - alert: A\n"),
                giveUp("a lone carriage return", HEAD + "  - alert: A\r    for: 5m\n"),
                giveUp("a Unicode line separator", HEAD + "  - alert: A\u2028B\n"),
                giveUp("not UTF-8", null),
                giveUp("': ' in a value (snakeyaml rejects it)", HEAD + "  - alert: A\n    for: 5m: x\n"),
                giveUp("a value ending in ':'", HEAD + "  - alert: A\n    for: 5m:\n"),
                giveUp("text after a quoted scalar", HEAD + "  - alert: 'A' 'B'\n"),
                giveUp("a comment glued to a quoted scalar", HEAD + "  - alert: \"A\"#c\n"),
                giveUp("a value starting with an indicator", HEAD + "  - alert: - A\n"),
                giveUp("a key deeper than its siblings", HEAD + "  - alert: A\n     for: 5m\n"),
                giveUp("an item on the following lines", HEAD + "  -\n    alert: A\n"),
                giveUp("a document marker with a value", HEAD + "  - alert: A\n--- x\n"),
                giveUp("a document end marker", HEAD + "  - alert: A\n...\n"),
                giveUp("a quoted key", HEAD + "  - \"alert\": A\n"),
                giveUp("a merge key", HEAD + "  - <<: {alert: A}\n"),
                giveUp("a sequence at the top", "- alert: A\n"),
                giveUp("a flow sequence", "groups: [\n"));
    }

    private static Arguments read(String name, String text) {
        return Arguments.of(name, text, true);
    }

    private static Arguments giveUp(String name, String text) {
        return Arguments.of(name, text, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void casesAgree(String name, String text, boolean fast) throws IOException {
        byte[] bytes = text == null ? new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'} : text.getBytes(StandardCharsets.UTF_8);
        assertThat(agree(bytes, name, ANNOTATIONS)).as(name + ", fast path").isEqualTo(fast);
        for (List<String> annotations : List.of(List.of("runbook", "runbook_url"), List.<String>of())) {
            agree(bytes, name + ", annotations " + annotations, annotations);
        }
    }

    @Test
    void aReadFileYieldsEveryAlertWithItsLine() {
        byte[] bytes = (HEAD + "  # c\n  - alert: A\n    expr: |\n      x\n\n  - record: r\n  - alert: B\n    labels:\n"
                + "      severity: ' critical '\n    annotations:\n      runbook_url: RB-1\n").getBytes(StandardCharsets.UTF_8);
        List<Alert> alerts = plain(bytes, ANNOTATIONS).orElseThrow();
        assertThat(alerts).extracting(Alert::name).containsExactly("A", "B");
        assertThat(alerts).extracting(a -> a.position().line()).containsExactly(5, 10);
        assertThat(alerts.get(1).severity()).contains("critical");
        assertThat(alerts.get(1).runbookRef()).contains("RB-1");
    }

    @Test
    void filesReadInOneTaskShareLabelSetsAndTexts() {
        SharedAlertParts shared = new SharedAlertParts();
        List<Alert> all = new ArrayList<>();
        for (String name : List.of("a.yml", "b.yml")) {
            RuleFileReader reader = new RuleFileReader(name, ANNOTATIONS, YamlLimits.LARGE, shared);
            byte[] bytes = (HEAD + "  - alert: A\n    labels:\n      severity: critical\n      team: t\n"
                    + "    annotations:\n      runbook: RB-1\n").getBytes(StandardCharsets.UTF_8);
            all.addAll(new PlainRuleFileReader(reader, ANNOTATIONS).read(bytes).orElseThrow());
        }
        assertThat(all).hasSize(2);
        assertThat(all.get(1).labels()).isSameAs(all.get(0).labels());
        assertThat(all.get(1).runbookRef().orElseThrow()).isSameAs(all.get(0).runbookRef().orElseThrow());
    }

    @Test
    void hugeLinesAgree() throws IOException {
        String big = "x".repeat(300_000);
        for (String text : List.of(
                HEAD + "  - alert: A" + big + "\n    labels:\n      severity: " + big + "\n",
                HEAD + "  - alert: A\n    expr: " + big + " # " + big + "\n    labels:\n      team: \"" + big + "\"\n",
                HEAD + "  - alert: A\n    annotations:\n      runbook: " + "a:b".repeat(100_000) + "\n",
                "# " + big + "\n" + HEAD + "  - alert: A\n    labels:\n      severity: critical # " + big + "\n")) {
            assertThat(agree(text.getBytes(StandardCharsets.UTF_8), text.substring(0, 60), ANNOTATIONS)).isTrue();
        }
    }

    // ---- the two paths ----

    private static Optional<List<Alert>> plain(byte[] bytes, List<String> annotations) {
        return new PlainRuleFileReader(reader(annotations), annotations).read(bytes);
    }

    private static RuleFileReader reader(List<String> annotations) {
        return new RuleFileReader("f.yml", annotations, AlertSettings.DEFAULT_LABELS, YamlLimits.LARGE,
                new SharedAlertParts());
    }

    /**
     * Asserts that the collector reports the same with the fast path as without it, and that snakeyaml reads
     * without a problem whatever the fast path read; says whether the fast path read the file.
     */
    private boolean agree(byte[] bytes, String what, List<String> annotations) throws IOException {
        Path file = Files.write(dir.resolve("rules.yml"), bytes);
        AlertSettings d = AlertSettings.from(Config.DEFAULT, List.of(), java.util.Map.of());
        AlertSettings settings = new AlertSettings(d.ruleGlobs(), d.urlMap(), annotations, d.requireRunbookFor(),
                d.severityMap(), d.useIndexTable(), AlertSettings.DEFAULT_LABELS);
        List<Alert> fastAlerts = new ArrayList<>();
        List<Problem> fastProblems = new ArrayList<>();
        Outcome outcome = AlertCollector.readRuleFile("f.yml", file, settings, new SharedAlertParts(), fastAlerts,
                fastProblems, (f, r, s) -> new PlainRuleFileReader(r, s.runbookAnnotations()).read(Files.readAllBytes(f)));
        List<Alert> alerts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        assertThat(AlertCollector.readRuleFile("f.yml", file, settings, new SharedAlertParts(), alerts, problems, null))
                .isEqualTo(Outcome.LIBRARY);
        assertThat(outcome).as(what).isIn(Outcome.FAST, Outcome.FALLBACK);
        assertThat(render(fastAlerts)).as(what).isEqualTo(render(alerts));
        assertThat(fastProblems).as(what).isEqualTo(problems);
        if (outcome == Outcome.FAST) {
            assertThat(problems).as("snakeyaml rejects what the fast path read: " + what).isEmpty();
        }
        return outcome == Outcome.FAST;
    }

    /** Every field, labels in order. */
    private static List<String> render(List<Alert> alerts) {
        return alerts.stream().map(a -> a.name() + " | " + a.severity() + " | " + a.runbookRef() + " | "
                + a.position() + " | " + a.origin() + " | " + new ArrayList<>(a.labels().entrySet())).toList();
    }

    // ---- random rule files of the supported constructs, sometimes with one unsupported ----

    private static final class Generator {
        private final Random r;
        private final StringBuilder b = new StringBuilder();

        Generator(Random r) {
            this.r = r;
        }

        String file() {
            if (r.nextInt(30) == 0) {
                b.append('\uFEFF');
            }
            int docs = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1;
            for (int d = 0; d < docs; d++) {
                if (d > 0 || r.nextInt(5) == 0) {
                    b.append("---\n");
                }
                comments(0);
                if (r.nextInt(3) == 0) {
                    b.append("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: rules-")
                            .append(d).append("\n  labels:\n    prometheus: k8s\n    role: alert-rules\nspec:\n");
                    groups(2);
                } else {
                    groups(0);
                }
            }
            String text = b.toString();
            if (r.nextInt(4) == 0) {
                text = mutate(text);
            }
            return r.nextInt(8) == 0 ? text.replace("\n", "\r\n") : text;
        }

        private String mutate(String text) {
            String[] lines = text.split("\n", -1);
            int i = r.nextInt(lines.length);
            String l = lines[i];
            String[] edits = {"&x ", "*x", "!!str ", "{a: b}", "[a]", "\t", "? ", "  ", "- ", "\"", "'", "x: y: z", "|2"};
            String e = edits[r.nextInt(edits.length)];
            int at = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
            lines[i] = l.substring(0, at) + e + l.substring(at);
            if (r.nextBoolean() && i + 1 < lines.length) {
                lines[i + 1] = lines[i] ; // a duplicate key or item
            }
            return String.join("\n", lines);
        }

        private void comments(int indent) {
            while (r.nextInt(6) == 0) {
                b.append(r.nextBoolean() ? "" : " ".repeat(r.nextInt(indent + 3)) + "# note: x: y\n");
                b.append(r.nextBoolean() ? "\n" : "   \n");
            }
        }

        private void groups(int indent) {
            String pad = " ".repeat(indent);
            b.append(pad).append("groups:\n");
            int items = indent + (r.nextBoolean() ? 2 : 0);
            int groups = 1 + r.nextInt(3);
            for (int g = 0; g < groups; g++) {
                comments(items);
                String ip = " ".repeat(items);
                b.append(ip).append("- name: group-").append(g).append('\n');
                if (r.nextBoolean()) {
                    b.append(ip).append("  interval: 1m\n");
                }
                b.append(ip).append("  rules:");
                b.append(r.nextInt(4) == 0 ? " # the rules\n" : "\n");
                int ruleIndent = items + 2 + (r.nextBoolean() ? 2 : 0);
                int rules = r.nextInt(6);
                for (int k = 0; k < rules; k++) {
                    rule(ruleIndent);
                }
            }
        }

        private void rule(int indent) {
            String ip = " ".repeat(indent);
            int keyIndent = indent + 2 + (r.nextInt(8) == 0 ? 2 : 0);
            String kp = " ".repeat(keyIndent);
            boolean alert = r.nextInt(5) != 0;
            List<Runnable> fields = new ArrayList<>();
            fields.add(() -> expr(kp, keyIndent));
            if (r.nextBoolean()) {
                fields.add(() -> b.append(kp).append("for: ").append(scalar()).append('\n'));
            }
            if (r.nextInt(4) != 0) {
                fields.add(() -> map(kp, keyIndent, "labels", List.of("severity", "team", "tier", "page")));
            }
            if (r.nextInt(4) != 0) {
                fields.add(() -> map(kp, keyIndent, "annotations", List.of("summary", "runbook_url", "runbook", "description")));
            }
            java.util.Collections.shuffle(fields, r);
            String head = (alert ? "alert: " : "record: ") + (r.nextInt(10) == 0 ? scalar() : "Alert" + r.nextInt(1000));
            b.append(ip).append("-").append(" ".repeat(keyIndent - indent - 1)).append(head).append('\n');
            for (Runnable f : fields) {
                comments(keyIndent);
                f.run();
            }
        }

        private void expr(String kp, int keyIndent) {
            b.append(kp).append("expr: ");
            switch (r.nextInt(4)) {
                case 0 -> b.append("sum(rate(errors_total{job=\"api\"}[5m])) > 0.1").append(r.nextBoolean() ? " # why\n" : "\n");
                case 1 -> b.append(scalar()).append('\n');
                default -> {
                    b.append(r.nextBoolean() ? "|" : ">").append(r.nextBoolean() ? "-" : "").append('\n');
                    String cp = " ".repeat(keyIndent + 2 + r.nextInt(3));
                    int n = 1 + r.nextInt(4);
                    b.append(cp).append("rate(x[5m])\n");
                    for (int i = 0; i < n; i++) {
                        String[] odd = {"rate(x[5m])", "  labels: {a: b}", "    - alert: Fake", "# not a comment",
                                "", "  severity: critical", "\"quoted\" & *alias"};
                        String l = odd[r.nextInt(odd.length)];
                        b.append(l.isEmpty() ? "" : cp + l).append('\n');
                    }
                }
            }
        }

        private void map(String kp, int keyIndent, String name, List<String> keys) {
            b.append(kp).append(name).append(":\n");
            String vp = " ".repeat(keyIndent + 2 + (r.nextInt(6) == 0 ? 2 : 0));
            List<String> shuffled = new ArrayList<>(keys);
            java.util.Collections.shuffle(shuffled, r);
            int n = r.nextInt(keys.size() + 1);
            for (int i = 0; i < n; i++) {
                b.append(vp).append(shuffled.get(i)).append(":");
                b.append(r.nextInt(12) == 0 ? "\n" : " " + scalar() + (r.nextInt(6) == 0 ? "  # c" : "") + "\n");
            }
        }

        private String scalar() {
            String[] plains = {"critical", "warning", "5m", "-5m", "https://runbooks.example.com/rb/RB-001",
                    "RB-002", "  spaced  ", "a:b", "x#y", "100%", "on", "~", "caf\u00e9 \u2603", "{{ $labels.job }} is down", "RB-003"};
            if (r.nextInt(4) != 0) {
                // What rule files are mostly written with; the rest below is mostly left to snakeyaml.
                return pick("critical", "warning", "5m", "RB-002", "'a \"b\" # c'", "\"x: y # z\"", "https://x/RB-1#a",
                        "\"{{ $labels.job }} is down\"", "caf\u00e9 \u2603", "''", "\"\"", "a:b", "x#y", "100%");
            }
            return switch (r.nextInt(3)) {
                case 0 -> {
                    String p = plains[r.nextInt(plains.length)].strip();
                    // Unquoted "{{" opens a flow mapping: usually quoted, sometimes not (then snakeyaml reads it).
                    yield p.startsWith("{") && r.nextInt(8) != 0 ? "\"" + p + "\"" : p;
                }
                case 1 -> "'" + pick("it''s", "a \"b\"", "  padded ", "x: y # z", "", "\\n stays") + "'";
                default -> "\"" + pick("line\\nbreak", "tab\\there", "q\\\"uote", "back\\\\slash", "\\u00e9\\x41",
                        "# not a comment", "  ", "\\e\\0\\a\\b\\f\\v\\r\\ \\N\\_\\L\\P", "") + "\"";
            };
        }

        private String pick(String... options) {
            return options[r.nextInt(options.length)];
        }
    }
}
