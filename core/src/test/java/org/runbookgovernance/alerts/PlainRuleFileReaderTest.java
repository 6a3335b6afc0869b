package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.yaml.YamlLimits;

/** Differential: the fast path either gives up or yields exactly what the snakeyaml reader yields. */
class PlainRuleFileReaderTest {

    private static final List<String> ANNOTATIONS = List.of("runbook_url", "runbook");
    /** Every comparison reads runbook labels too, so the fallback is held to agreement on every file. */
    private static final List<String> LABELS = AlertSettings.DEFAULT_LABELS;

    static Stream<Path> realFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources/alerts", "src/test/resources/org/runbookgovernance/fuzz/RuleFileFuzzTestInputs",
                "src/test/resources/hostile", "src/test/resources/parse", "../runbooks/alerts", "../cli/src/test/resources")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(d)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> dir.contains("Fuzz") || p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThan(30);
        return out.stream().filter(p -> comparable(read(p)));
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void realFilesAgree(Path file) throws IOException {
        compare(Files.readAllBytes(file), file.toString());
    }

    /** The seeds whose file there is something to compare on: ASCII (two fast readers) or read by the fast path. */
    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(400)
                .filter(seed -> comparable(new Generator(new Random(seed)).file().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@link #compare} has something to compare: an ASCII file (two fast readers) or one the fast path reads. */
    private static boolean comparable(byte[] bytes) {
        try {
            return PlainRuleFileReader.isPlainAscii(bytes) || plain(bytes).isPresent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void mostSeedsGiveSomethingToCompare() {
        assertThat(seeds().count()).isGreaterThan(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedFilesAgree(long seed) throws IOException {
        compare(new Generator(new Random(seed)).file().getBytes(StandardCharsets.UTF_8), "seed " + seed);
    }

    @Test
    void generatedFilesMostlyTakeTheFastPath() throws IOException {
        int fast = 0;
        for (long seed = 1; seed <= 400; seed++) {
            byte[] bytes = new Generator(new Random(seed)).file().getBytes(StandardCharsets.UTF_8);
            if (plain(bytes).isPresent()) {
                fast++;
            }
        }
        // Mutated files (about a quarter) fall back; the rest must not, or the comparison tests little.
        assertThat(fast).isGreaterThan(200);
    }

    @Test
    void sampleRuleFilesTakeTheFastPath() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../runbooks/alerts"))) {
            List<Path> yml = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertThat(yml).isNotEmpty();
            for (Path p : yml) {
                assertThat(plain(Files.readAllBytes(p))).as(p.toString()).isPresent();
            }
        }
    }

    @Test
    void benchmarkFileTakesTheFastPath() throws IOException {
        StringWriter w = new StringWriter();
        RuleFileBenchmark.writeRules(w, 1_000);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        Optional<List<Alert>> fast = plain(bytes);
        assertThat(fast).isPresent();
        assertThat(fast.get()).hasSize(1_000);
        compare(bytes, "benchmark");
        byte[] bomCrlf = ("\uFEFF" + w.toString().replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(plain(bomCrlf)).isPresent();
        compare(bomCrlf, "benchmark with BOM and CRLF");
    }

    @Test
    void valuesCheckedWithoutCopiesStillTakeTheFastPath() throws IOException {
        // Edge cases above that the fast path must read itself, or their comparison with snakeyaml tests nothing.
        String head = "groups:\n- name: g\n  rules:\n";
        for (String text : List.of(
                head + "  - alert: A\n    for: \"5m\" # c\n    labels:\n      severity: \"crit\\u0061l\"\n"
                        + "    annotations:\n      summary: \"a \\\"b\\\" {{ $labels.job }}\"\n      runbook_url: \"https://x/RB-1\"  # c\n",
                head + "  - alert: A\n    labels:\n      team: a:b # c\n      tier: x  \n",
                head + "  - alert: A\n    labels: x\n  - alert: B\n    labels:\n      team: t\n    annotations:\n      labels: y\n      runbook: RB-2\n",
                head + "  - alert: A\n    expr: |\n      x\n\n      y\n  - alert: B\n    expr: |\n      z\n",
                head + "  - alert: A\n    labels:\n      severity: crit\u3000\n      team: t\u00a0\n")) {
            Optional<List<Alert>> fast = plain(text.getBytes(StandardCharsets.UTF_8));
            assertThat(fast).as(text).isPresent();
            assertThat(fast.get()).as(text).isNotEmpty();
        }
    }

    @Test
    void plainAsciiMeansPrintableAsciiTabsAndLineFeedsOnly() {
        for (int b = 0; b < 256; b++) {
            boolean expected = b == '\t' || b == '\n' || b >= 0x20 && b < 0x7F;
            assertThat(PlainRuleFileReader.isPlainAscii(new byte[] {'a', (byte) b, 'z'})).as("byte " + b)
                    .isEqualTo(expected);
        }
        assertThat(PlainRuleFileReader.isPlainAscii(new byte[0])).isTrue();
        assertThat(PlainRuleFileReader.asciiShape(new byte[] {'a', '\n'})).isEqualTo(PlainRuleFileReader.PLAIN);
        assertThat(PlainRuleFileReader.asciiShape(new byte[] {'a', '\t'})).isEqualTo(PlainRuleFileReader.PLAIN_WITH_TABS);
        assertThat(PlainRuleFileReader.asciiShape(new byte[] {'\t', (byte) 0xC3})).isEqualTo(PlainRuleFileReader.NOT_PLAIN);
    }

    @Test
    void asciiShapeFindsEveryByteAtEveryPlace() {
        // The shape is read four bytes and 4 KiB at a time: each byte value at each place of the block and the tail.
        for (int length : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 4095, 4096, 4097, 8195}) {
            java.util.Set<Integer> places = new java.util.TreeSet<>(List.of(0, 1, 2, 3, length / 2, length - 1, 4094, 4095, 4096, 4097));
            places.removeIf(p -> p >= length);
            for (int place : places) {
                for (int b = 0; b < 256; b++) {
                    byte[] bytes = new byte[length];
                    java.util.Arrays.fill(bytes, (byte) 'a');
                    bytes[place] = (byte) b;
                    int expected = b == '\t' ? PlainRuleFileReader.PLAIN_WITH_TABS
                            : b == '\n' || b >= 0x20 && b < 0x7F ? PlainRuleFileReader.PLAIN : PlainRuleFileReader.NOT_PLAIN;
                    assertThat(PlainRuleFileReader.asciiShape(bytes)).as("byte " + b + " at " + place + " of " + length)
                            .isEqualTo(expected);
                }
            }
        }
        byte[] tabThenBad = new byte[9000];
        java.util.Arrays.fill(tabThenBad, (byte) 'a');
        tabThenBad[10] = '\t';
        tabThenBad[8999] = (byte) 0xC3;
        assertThat(PlainRuleFileReader.asciiShape(tabThenBad)).isEqualTo(PlainRuleFileReader.NOT_PLAIN);
    }

    @Test
    void wholeFilePathIsTakenForGeneratedFilesAndAgrees() throws IOException {
        StringWriter w = new StringWriter();
        RuleFileBenchmark.writeRules(w, 500);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(PlainRuleFileReader.isPlainAscii(bytes)).isTrue();
        for (String variant : List.of(w.toString(), w.toString().stripTrailing(), w + "\n\n")) {
            RuleFileReader reader = new RuleFileReader("f.yml", ANNOTATIONS, YamlLimits.LARGE);
            Optional<List<Alert>> whole = new PlainRuleFileReader(reader, ANNOTATIONS).read(variant);
            assertThat(whole).isPresent();
            assertThat(render(whole.get())).isEqualTo(render(plain(variant.getBytes(StandardCharsets.UTF_8)).orElseThrow()));
        }
    }

    @Test
    void unusualConstructsFallBack() throws IOException {
        for (String text : List.of(
                "groups:\n- name: g\n  rules:\n  - &a\n    alert: A\n",
                "groups:\n- name: g\n  rules:\n  - alert: A\n    labels: {severity: page}\n",
                "groups:\n- name: g\n  rules:\n  - alert: A\n    alert: B\n",
                "groups:\n- name: g\n  rules:\n  - alert: !!str A\n",
                "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up\n      == 0\n",
                "groups:\n- name: g\n  rules:\n  - alert: |\n      A\n",
                "groups:\n- name: g\n  rules:\n  - alert: A\n\tfor: 5m\n",
                "groups: [\n")) {
            assertThat(plain(text.getBytes(StandardCharsets.UTF_8))).as(text).isEmpty();
            compare(text.getBytes(StandardCharsets.UTF_8), text);
        }
    }

    static Stream<String> edgeCases() {
        String head = "groups:\n- name: g\n  rules:\n";
        return Stream.of(
                head + "  - alert: A   # trailing\n    labels:\n      severity: critical   \n",
                head + "  - alert: A\n    labels:\n          # deeper comment\n      severity: page#1\n",
                head + "  - alert: A\n    expr: |\n        x\n      # less indented, still more than the key\n    labels: {a: b}\n",
                head + "  - alert: A\n    expr: |\n\n        x\n    # a comment\n    labels:\n      team:  'it''s'  # c\n",
                head + "  - alert: A\n    labels:\n      - x\n    annotations:\n      runbook_url: \"\\x41\\u00e9\\N\"\n",
                head + "  - alert: A\n    annotations:\n      runbook_url:\n      runbook: RB-1\n",
                head + "  -\n    alert: A\n  - alert: B\n    labels:\n      severity: -1\n",
                head + "  - alert: A\n---\n" + head + "  - alert: B\n--- \n",
                head + "  - alert: A\n...\n",
                head + "  - alert: A\n    expr: a\n        # c\n        b\n",
                head + "  - alert: 'A' 'B'\n",
                head + "  - alert: \"A\"#c\n",
                head + "  - alert: - A\n",
                head + "  - alert: ---\n",
                "---\n  groups: []\n",
                "groups:\n- name: g\n  rules:\n  - alert: A\n    labels:\n      s\u00e9v: x\n",
                "kind: List\nitems:\n- spec:\n    groups:\n    - name: g\n      rules:\n      - alert: K\n",
                // Values the fast path checks without cutting out (expr, for, summary) and those it reads.
                head + "  - alert: A\n    for: \"5m\" # c\n    labels:\n      severity: \"crit\\u0061l\"\n"
                        + "    annotations:\n      summary: \"a \\\"b\\\" {{ $labels.job }}\"\n      runbook_url: \"https://x/RB-1\"  # c\n",
                head + "  - alert: A\n    annotations:\n      summary: \"a\" \"b\"\n",
                head + "  - alert: A\n    for: \"5m\n",
                head + "  - alert: A\n    for: 5m:\n",
                head + "  - alert: A\n    for: 5m: x\n",
                head + "  - alert: A\n    labels:\n      team: a:b # c\n      tier: x:  \n",
                head + "  - alert: A\n    labels:\n      team: a:b\n      tier: \"x\" y\n",
                head + "  - alert: A\n    labels: x\n  - alert: B\n    labels:\n      team: t\n    annotations:\n      labels: y\n      runbook: RB-2\n",
                head + "  - alert: A\n    annotations: x\n  - alert: B\n    extra:\n      runbook_url: RB-3\n    annotations:\n"
                        + "      runbook_url: >\n        RB-4\n",
                head + "  - alert: A\n    expr: |\n      x\n\n      y\n  - alert: B\n    expr: |\n      z\n",
                head + "  - alert: A\n    expr: |\n      x",
                head + "  - alert: A\n    labels:\n      severity: crit\u3000\n      team: t\u00a0\n",
                head + "  - alert: \"A\"\n  - alert: \"\"\n  - alert: \" \"\n");
    }

    static Stream<String> comparableEdgeCases() {
        return edgeCases().filter(t -> comparable(t.getBytes(StandardCharsets.UTF_8))
                || comparable(("\uFEFF" + t).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("comparableEdgeCases")
    void edgeCasesAgree(String text) throws IOException {
        compare(text.getBytes(StandardCharsets.UTF_8), text);
        compare(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "BOM " + text);
        compare(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "CRLF " + text);
    }

    /** Rules as the fast path reads them into its reused arrays: labels, annotations and what stands around them. */
    static Stream<String> ruleShapes() {
        String head = "groups:\n- name: g\n  rules:\n";
        return Stream.of(
                // Label values nested, empty, quoted each way, with escapes, sharing one text written three ways.
                head + "  - alert: A\n    labels:\n      team:\n        nested: x\n      severity: critical\n      tier:\n"
                        + "      page:\n        - x\n",
                head + "  - alert: A\n    labels:\n      list:\n        - a\n        - b\n      severity: \"critical\"\n"
                        + "  - alert: B\n    labels:\n      severity: 'critical'\n      list: x\n"
                        + "  - alert: C\n    labels:\n      severity: critical\n",
                head + "  - alert: A\n    labels:\n      only:\n        nested: x\n",
                head + "  - alert: A\n    labels:\n      severity: \"crit\\x69cal\"\n      team: 'it''s'\n",
                head + "  - alert: A\n    labels:\n      severity: \"  critical \"\n  - alert: B\n    labels:\n      severity: \"\"\n",
                // Labels or annotations that are no mapping, or come twice in one rule and once per rule.
                head + "  - alert: A\n    labels:\n      - severity\n    annotations:\n      - runbook_url\n",
                head + "  - alert: A\n    labels: critical\n    annotations: RB-1\n",
                head + "  - alert: A\n    labels:\n    annotations:\n  - alert: B\n",
                head + "  - alert: A\n    labels:\n      severity: critical\n    annotations:\n      runbook: RB-1\n"
                        + "  - alert: B\n  - alert: C\n    annotations:\n      summary: s\n",
                // Runbook annotations nested, blank, in a block scalar, or only the second one set.
                head + "  - alert: A\n    annotations:\n      runbook_url:\n        x: y\n      runbook: RB-2\n",
                head + "  - alert: A\n    annotations:\n      runbook_url: \"  \"\n      runbook: ' RB-3 '\n",
                head + "  - alert: A\n    annotations:\n      description: |\n        text\n      runbook: RB-4\n",
                head + "  - alert: A\n    annotations:\n      runbook: |\n        RB-5\n",
                head + "  - alert: A\n    labels:\n      severity: |\n        critical\n",
                head + "  - record: r\n    labels:\n      severity: >\n        critical\n",
                head + "  - record: r\n    labels:\n      severity: critical\n  - alert: A\n    labels:\n      severity: critical\n",
                // Rule keys in any order, nested values under keys no rule reads, rules without a name.
                head + "  - labels:\n      severity: warning\n    annotations:\n      runbook: RB-6\n    alert: A\n",
                head + "  - alert: A\n    extra:\n      labels:\n        severity: critical\n    expr:\n      - x\n",
                head + "  - alert:\n      x: y\n    labels:\n      severity: critical\n",
                head + "  - alert:\n    labels:\n      severity: critical\n",
                // Kubernetes objects and lists, several documents: each rule starts a fresh draft.
                "apiVersion: v1\nkind: PrometheusRule\nspec:\n  groups:\n  - name: g\n    rules:\n    - alert: K\n"
                        + "      labels:\n        severity: page\n---\n" + head + "  - alert: L\n    annotations:\n      runbook: RB-7\n",
                "kind: List\nitems:\n- spec:\n    groups:\n    - name: g\n      rules:\n      - alert: K\n"
                        + "        labels:\n          severity: page\n- spec:\n    groups:\n    - name: h\n      rules:\n"
                        + "      - alert: K\n        labels:\n          severity: page\n",
                // Search marks far apart: no '#', ':' or '"' for many lines, then some.
                head + "  - alert: A\n    labels:\n      team: x\n".repeat(1) + "  - alert: B\n    expr: up\n".repeat(40)
                        + "  - alert: C\n    labels:\n      team: \"q\" # c\n      tier: a:b#c\n",
                head + "  - alert: \"A\"\n    expr: \"up\"\n" + "  - alert: B\n    for: 5m\n".repeat(30) + "  - alert: \"C\\\\\"\n");
    }

    @ParameterizedTest
    @MethodSource("ruleShapes")
    void ruleShapesAgree(String text) throws IOException {
        for (List<String> annotations : List.<List<String>>of(ANNOTATIONS, List.of("runbook", "runbook_url"), List.of("runbook_url", "runbook_url"),
                List.of())) {
            compare(text.getBytes(StandardCharsets.UTF_8), annotations + " " + text, annotations);
            compare(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "BOM " + text, annotations);
            compare(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "CRLF " + text, annotations);
        }
    }

    @Test
    void ruleShapesMostlyTakeTheFastPath() throws IOException {
        // Else their comparison with snakeyaml tests nothing: only the block scalars in rules' names,
        // labels and runbook annotations are left to snakeyaml.
        long fast = ruleShapes().filter(t -> {
            try {
                return plain(t.getBytes(StandardCharsets.UTF_8)).isPresent();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertThat(fast).isEqualTo(ruleShapes().count() - 3);
        String head = "groups:\n- name: g\n  rules:\n";
        for (String blockScalar : List.of(
                head + "  - alert: A\n    annotations:\n      runbook: |\n        RB-5\n",
                head + "  - alert: A\n    labels:\n      severity: |\n        critical\n",
                head + "  - record: r\n    labels:\n      severity: >\n        critical\n")) {
            assertThat(plain(blockScalar.getBytes(StandardCharsets.UTF_8))).as(blockScalar).isEmpty();
        }
    }

    @Test
    void rulePathsAreTheSameAsAListOrOnTheFastPathsKeyStack() {
        List<List<String>> paths = List.of(List.of(), List.of("groups", "*", "rules", "*"), List.of("groups", "*", "rules"),
                List.of("spec", "groups", "*", "rules", "*"), List.of("x", "groups", "*", "rules", "*"),
                List.of("items", "*", "spec", "groups", "*", "rules", "*"), List.of("items", "*", "x", "groups", "*", "rules", "*"),
                List.of("items", "x", "spec", "groups", "*", "rules", "*"), List.of("a", "b", "groups", "*", "rules", "*"),
                List.of("groups", "x", "rules", "*"), List.of("groups", "*", "rule", "*"), List.of("groups", "*", "rules", "x"),
                List.of("group", "*", "rules", "*"), List.of("spec", "spec", "groups", "*", "rules", "*"),
                List.of("items", "*", "spec", "x", "groups", "*", "rules", "*"));
        for (List<String> path : paths) {
            String[] stack = new String[path.size() + 3];
            java.util.Arrays.fill(stack, "groups");
            for (int i = 0; i < path.size(); i++) {
                stack[i] = path.get(i);
            }
            assertThat(RuleFileReader.isRule(stack, path.size())).as(path.toString()).isEqualTo(RuleFileReader.isRule(path));
        }
        assertThat(paths.stream().filter(RuleFileReader::isRule).count()).isEqualTo(3);
    }

    /** Many rules with label sets and values that repeat, and as many that never do, past every table's size. */
    private static String manyLabelSets(int rules, boolean unique) {
        StringBuilder b = new StringBuilder("groups:\n- name: g\n  rules:\n");
        for (int i = 0; i < rules; i++) {
            b.append("  - alert: A").append(i).append('\n');
            b.append("    labels:\n");
            if (i % 7 != 0) {
                b.append("      severity: ").append(i % 3 == 0 ? "critical" : "\"warning\"").append('\n');
            }
            b.append("      team: t").append(unique ? i : i % 23).append('\n');
            if (i % 5 == 0) {
                b.append("      instance: 'host-").append(unique ? i : i % 2).append("'\n");
            }
            if (i % 11 == 0) {
                b.append("      team2: t").append(i % 23).append('\n');
            }
            b.append("    annotations:\n      runbook: RB-").append(i % 50).append('\n');
        }
        return b.toString();
    }

    @Test
    void manyLabelSetsAgreeAndRepeatedSetsAreShared() throws IOException {
        for (boolean unique : List.of(false, true)) {
            String text = manyLabelSets(3_000, unique);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            compare(bytes, "many label sets, unique " + unique);
            List<Alert> fast = new PlainRuleFileReader(new RuleFileReader("f.yml", ANNOTATIONS, YamlLimits.LARGE), ANNOTATIONS)
                    .read(text).orElseThrow();
            assertThat(fast).hasSize(3_000);
            // As the snakeyaml reader shares them: one map per distinct label set, one string per label text.
            java.util.Map<java.util.Map<String, String>, java.util.Map<String, String>> first = new java.util.HashMap<>();
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            for (Alert a : fast) {
                assertThat(first.computeIfAbsent(a.labels(), k -> a.labels())).isSameAs(a.labels());
                for (String v : a.labels().values()) {
                    assertThat(texts.computeIfAbsent(v, k -> v)).isSameAs(v);
                }
            }
        }
    }

    @Test
    void filesReadInOneTaskShareLabelSetsAcrossFiles() throws IOException {
        SharedAlertParts shared = new SharedAlertParts();
        List<Alert> all = new ArrayList<>();
        for (String name : List.of("a.yml", "b.yml")) {
            RuleFileReader reader = new RuleFileReader(name, ANNOTATIONS, YamlLimits.LARGE, shared);
            all.addAll(new PlainRuleFileReader(reader, ANNOTATIONS).read(manyLabelSets(200, false)).orElseThrow());
        }
        assertThat(all).hasSize(400);
        for (int i = 0; i < 200; i++) {
            assertThat(all.get(200 + i).labels()).isSameAs(all.get(i).labels());
            assertThat(all.get(200 + i).runbookRef().orElseThrow()).isSameAs(all.get(i).runbookRef().orElseThrow());
        }
    }

    @Test
    void hugeLinesAgree() throws IOException {
        String head = "groups:\n- name: g\n  rules:\n";
        String big = "x".repeat(300_000);
        for (String text : List.of(
                head + "  - alert: A" + big + "\n    labels:\n      severity: " + big + "\n",
                head + "  - alert: A\n    expr: " + big + " # " + big + "\n    labels:\n      team: \"" + big + "\"\n",
                head + "  - alert: A\n    annotations:\n      runbook: " + "a:b".repeat(100_000) + "\n",
                head + "  - alert: A\n    annotations:\n      summary: " + "a: ".repeat(100_000) + "\n",
                "# " + big + "\n" + head + "  - alert: A\n    labels:\n      severity: critical # " + big + "\n")) {
            compare(text.getBytes(StandardCharsets.UTF_8), text.substring(0, 60));
        }
        assertThat(plain((head + "  - alert: A" + big + "\n").getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    @Test
    void tabsInTheWholeFileText() throws IOException {
        String head = "groups:\n- name: g\n  rules:\n";
        for (String text : List.of(
                head + "  - alert: A\n    expr: |\n      a\tb\n    labels:\n      severity: critical\n",
                head + "  - alert: A\n    labels:\n      severity: crit\tical\n",
                head + "  - alert: A\n    labels:\n      severity: \"crit\tical\"\n",
                head + "  - alert: A # \t\n",
                head + "  - alert: A\n" + "  - alert: B\n    labels:\n      team: t\n".repeat(50) + "\t\n")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(PlainRuleFileReader.asciiShape(bytes)).isEqualTo(PlainRuleFileReader.PLAIN_WITH_TABS);
            compare(bytes, text);
        }
    }

    // ---- the two readers ----

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Optional<List<Alert>> plain(byte[] bytes) throws IOException {
        return plain(bytes, ANNOTATIONS);
    }

    private static Optional<List<Alert>> plain(byte[] bytes, List<String> annotations) throws IOException {
        RuleFileReader reader = reader(annotations);
        return new PlainRuleFileReader(reader, annotations).read(utf8(bytes));
    }

    private static void compare(byte[] bytes, String what) throws IOException {
        compare(bytes, what, ANNOTATIONS);
    }

    private static void compare(byte[] bytes, String what, List<String> annotations) throws IOException {
        Optional<List<Alert>> fast = plain(bytes, annotations);
        if (PlainRuleFileReader.isPlainAscii(bytes)) {
            // The whole-file path for ASCII files must read exactly what the line reader reads, or give up alike.
            RuleFileReader reader = reader(annotations);
            Optional<List<Alert>> whole = new PlainRuleFileReader(reader, annotations)
                    .read(new String(bytes, StandardCharsets.ISO_8859_1),
                            PlainRuleFileReader.asciiShape(bytes) == PlainRuleFileReader.PLAIN_WITH_TABS);
            assertThat(whole.map(PlainRuleFileReaderTest::render)).as("whole-file path: " + what)
                    .isEqualTo(fast.map(PlainRuleFileReaderTest::render));
        }
        if (fast.isEmpty()) {
            return; // the snakeyaml reader runs: nothing to compare
        }
        List<Alert> slow = new ArrayList<>();
        String failure = null;
        try {
            reader(annotations).read(utf8(bytes), slow::add);
        } catch (RuleFileReader.MalformedRuleFile e) {
            failure = "malformed at " + e.line() + ": " + e.getMessage();
        } catch (CharacterCodingException e) {
            failure = "encoding";
        }
        assertThat(failure).as("snakeyaml rejects what the fast path read: " + what).isNull();
        assertThat(render(fast.get())).as(what).isEqualTo(render(slow));
    }

    private static RuleFileReader reader(List<String> annotations) {
        return new RuleFileReader("f.yml", annotations, LABELS, YamlLimits.LARGE, new SharedAlertParts());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> runbookLabels() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a runbook label is the reference when no annotation "
                        + "carries one", "      labels:\n        severity: s2\n        runbook: docs/api/README.md#alerts\n",
                        "Optional[docs/api/README.md#alerts]"),
                org.junit.jupiter.params.provider.Arguments.of("an annotation wins over a label",
                        "      labels:\n        runbook: docs/api/README.md\n      annotations:\n"
                                + "        runbook_url: docs/web/README.md\n", "Optional[docs/web/README.md]"),
                org.junit.jupiter.params.provider.Arguments.of("a blank annotation leaves the label to count",
                        "      annotations:\n        runbook_url: ''\n      labels:\n"
                                + "        runbook_url: docs/db/README.md\n", "Optional[docs/db/README.md]"),
                org.junit.jupiter.params.provider.Arguments.of("runbook_url comes before runbook among labels too",
                        "      labels:\n        runbook: docs/a.md\n        runbook_url: docs/b.md\n",
                        "Optional[docs/b.md]"),
                org.junit.jupiter.params.provider.Arguments.of("a templated label is kept as written, to be rendered",
                        "      labels:\n        type: api\n        runbook: \"docs/{{ $labels.type }}/README.md\"\n",
                        "Optional[docs/{{ $labels.type }}/README.md]"),
                org.junit.jupiter.params.provider.Arguments.of("other labels are no reference",
                        "      labels:\n        team: api\n", "Optional.empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runbookLabels")
    void runbookLabelsAgreeOnBothPaths(String name, String ruleBody, String expected) throws IOException {
        byte[] bytes = ("groups:\n- name: g\n  rules:\n    - alert: ApiDown\n      expr: up == 0\n" + ruleBody)
                .getBytes(StandardCharsets.UTF_8);
        List<Alert> slow = new ArrayList<>();
        try {
            reader(ANNOTATIONS).read(utf8(bytes), slow::add);
        } catch (RuleFileReader.MalformedRuleFile e) {
            throw new AssertionError(e);
        }

        assertThat(slow).singleElement().extracting(a -> a.runbookRef().toString()).isEqualTo(expected);
        assertThat(plain(bytes)).as("the fast path reads this file").isPresent();
        compare(bytes, name);
    }

    @Test
    void withoutRunbookLabelsALabelIsNoReference() throws IOException {
        byte[] bytes = "groups:\n- name: g\n  rules:\n    - alert: ApiDown\n      labels:\n        runbook: docs/a.md\n"
                .getBytes(StandardCharsets.UTF_8);
        RuleFileReader none = new RuleFileReader("f.yml", ANNOTATIONS, List.of(), YamlLimits.LARGE,
                new SharedAlertParts());

        assertThat(new PlainRuleFileReader(none, ANNOTATIONS).read(utf8(bytes)).orElseThrow())
                .singleElement().extracting(Alert::runbookRef).isEqualTo(Optional.empty());
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
            if (r.nextInt(10) == 0) {
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
            return r.nextInt(5) == 0 ? text.replace("\n", "\r\n") : text;
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
