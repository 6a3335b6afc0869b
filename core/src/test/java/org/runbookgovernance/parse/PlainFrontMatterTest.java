package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/** Differential: the front matter fast path either gives up or returns exactly what SafeYaml.load returns. */
class PlainFrontMatterTest {

    /** Front matter as in the benchmark corpus (RB-00001), the shape nearly every runbook has. */
    private static final String CORPUS_STYLE = """
            id: RB-00001
            title: Checkout Api Down
            severity: P2
            owner: checkout-sre
            status: active
            version: 1.1.0
            last_updated: 2026-08-27
            last_review: 2026-09-16
            next_review: 2026-12-16
            review_interval: quarterly
            category: Checkout
            description: Eviction queue certificate downstream certificate leader shard shard service alert.
            alerts:
              - CheckoutApiDown00001
              - CheckoutApiDown00001V1""";

    // ---- the comparison ----

    /** Compares the two readers on one block; true when the fast path was taken. */
    private static boolean compare(List<String> yamlLines, String what) {
        Optional<Map<String, Object>> fast = PlainFrontMatter.read(yamlLines);
        if (fast.isEmpty()) {
            return false; // FrontMatter loads it with snakeyaml: nothing to compare
        }
        Object slow;
        try {
            slow = SafeYaml.load(String.join("\n", yamlLines), "f.md", 2, YamlLimits.SMALL);
        } catch (BadInputException e) {
            throw new AssertionError("snakeyaml rejects what the fast path read (" + what + "): " + e.getMessage(), e);
        }
        assertThat(render(fast.get())).as(what).isEqualTo(render(slow));
        return true;
    }

    /** Types, values and map order; Map.equals would ignore the order and List.equals the list class. */
    private static String render(Object o) {
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('{');
            m.forEach((k, v) -> b.append(render(k)).append('=').append(render(v)).append(", "));
            return b.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('[');
            l.forEach(v -> b.append(render(v)).append(", "));
            return b.append(']').toString();
        }
        return o == null ? "null" : o.getClass().getSimpleName() + "<" + o + ">";
    }

    private static List<String> lines(String yaml) {
        return Lines.of(yaml);
    }

    // ---- every front matter block in the repository's fixtures and fuzz corpora ----

    /** A named list of front matter lines. */
    record Block(String name, List<String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Path FUZZ = Path.of("src/test/resources/org/runbookgovernance/fuzz");

    static List<Block> fixtureBlocks() throws IOException {
        List<Block> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources", "../cli/src/test/resources", "../runbooks")) {
            for (Path p : files(Path.of(dir))) {
                String name = p.toString();
                if (name.endsWith(".md")) {
                    markdownBlock(p).ifPresent(out::add);
                } else if (name.contains("DocumentParserFuzzTestInputs/markdown")) {
                    fuzzMarkdown(p).ifPresent(out::add);
                } else if (name.contains("DocumentParserFuzzTestInputs/frontMatterAndLabels")) {
                    fuzzFrontMatter(p).ifPresent(out::add);
                } else if (name.endsWith(".yml") || name.endsWith(".yaml")
                        || name.contains("ConfigFuzzTestInputs") || name.contains("RuleFileFuzzTestInputs")) {
                    // Whole YAML files (config, rule files) as if they were front matter: more shapes.
                    text(p).ifPresent(t -> out.add(new Block(name + " (whole file)", lines(t))));
                }
            }
        }
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Optional<String> text(Path p) throws IOException {
        Content.Decoded d = Content.decode(p.toString(), Files.readAllBytes(p));
        return d.ok() ? Optional.of(d.text()) : Optional.empty();
    }

    /** The block exactly as DocumentParser hands it to FrontMatter. */
    private static Optional<Block> markdownBlock(Path p) throws IOException {
        return text(p).flatMap(t -> blockOf(p.toString(), t));
    }

    private static Optional<Block> blockOf(String name, String markdown) {
        List<String> all = Lines.of(markdown);
        FrontMatter.Block block = FrontMatter.locate(all, name, new ArrayList<>());
        return block.present() ? Optional.of(new Block(name, all.subList(1, block.bodyStart() - 1))) : Optional.empty();
    }

    /** As DocumentParserFuzzTest.markdown reads its input: the last byte picks the document kind, the rest is the file. */
    private static Optional<Block> fuzzMarkdown(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        Content.Decoded d = Content.decode(p.toString(), Arrays.copyOf(bytes, Math.max(0, bytes.length - 1)));
        return d.ok() ? blockOf(p.toString(), d.text()) : Optional.empty();
    }

    /** As DocumentParserFuzzTest.frontMatterAndLabels builds its file: the text before "===" is the YAML. */
    private static Optional<Block> fuzzFrontMatter(Path p) throws IOException {
        String input = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        int split = input.indexOf("\n===\n");
        String yaml = split < 0 ? input : input.substring(0, split);
        return blockOf(p.toString(), "---\n" + yaml + "\n---\n# RB-001: Service Down\n");
    }

    /** The fixture blocks the fast path reads: where it gives up, FrontMatter loads with snakeyaml alone. */
    static Stream<Block> fastFixtureBlocks() throws IOException {
        return fixtureBlocks().stream().filter(b -> PlainFrontMatter.read(b.lines()).isPresent());
    }

    @ParameterizedTest
    @MethodSource("fastFixtureBlocks")
    void fixturesAgree(Block block) {
        assertThat(compare(block.lines(), block.name())).isTrue();
    }

    @Test
    void fixturesCoverTheFuzzCorpusAndTheSampleRepository() throws IOException {
        List<String> names = fixtureBlocks().stream().map(Block::name).toList();
        assertThat(names).hasSizeGreaterThan(40);
        assertThat(names).anyMatch(n -> n.contains("frontMatterAndLabels"));
        assertThat(names).anyMatch(n -> n.contains("DocumentParserFuzzTestInputs/markdown"));
        assertThat(names).anyMatch(n -> n.startsWith("../runbooks/incidents/"));
        assertThat(names).anyMatch(n -> n.startsWith("../cli/src/test/resources/"));
    }

    // ---- the fast path is really taken ----

    @Test
    void corpusStyleFrontMatterTakesTheFastPath() {
        List<String> lines = lines(CORPUS_STYLE);
        assertThat(compare(lines, "corpus style")).isTrue();
        Map<String, Object> read = PlainFrontMatter.read(lines).orElseThrow();
        assertThat(read).containsEntry("version", "1.1.0").containsEntry("last_review", "2026-09-16")
                .containsEntry("alerts", List.of("CheckoutApiDown00001", "CheckoutApiDown00001V1"));
        assertThat(read.keySet()).startsWith("id", "title", "severity").endsWith("description", "alerts");
    }

    @Test
    void sampleRunbooksTakeTheFastPath() throws IOException {
        int fast = 0;
        for (String name : List.of("RB-001-SERVICE-DOWN.md", "RB-003-HIGH-LATENCY.md", "RB-012-CERTIFICATE-EXPIRATION.md")) {
            Block block = markdownBlock(Path.of("../runbooks/incidents", name)).orElseThrow();
            assertThat(compare(block.lines(), name)).as(name).isTrue();
            fast++;
        }
        assertThat(fast).isEqualTo(3);
    }

    @Test
    void mostFixtureRunbooksWithFrontMatterTakeTheFastPath() throws IOException {
        List<Block> runbooks = fixtureBlocks().stream().filter(b -> b.name().endsWith(".md")).toList();
        long fast = runbooks.stream().filter(b -> compare(b.lines(), b.name())).count();
        // The rest use flow lists (`alerts: []`) or are malformed on purpose.
        assertThat(fast).isGreaterThan(runbooks.size() / 2L);
    }

    // ---- one token at a time, in every place a scalar can stand ----

    /** Fewer placed tokens read by the fast path would leave the comparison little to compare. */
    private static final int PLACEMENTS_READ_AT_LEAST = 200;

    static final List<String> TOKENS = List.of(
            // numbers, as YAML 1.1 resolves them
            "1", "0", "-1", "+1", "1.10", "1.0", "1.1.0", "2.1", "0x1F", "0o17", "017", "0b101", "1_000", "1,000",
            "1e3", "1.0e+3", "6.8523015e+5", "190:20:30", "1:30", ".inf", "-.inf", ".NaN", ".5", "5.", "1__0",
            "0.", "-", "+", "._", "12e03",
            // booleans and nulls
            "yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "true", "True", "TRUE", "false", "y", "n",
            "Y", "N", "null", "Null", "NULL", "~", "nULL", "tRUE",
            // dates and times
            "2026-11-26", "2026-11-26 10:00:00", "2026-11-26T10:00:00Z", "2026-11-26t10:00:00.5+01:00",
            "2026-1-5", "2026-13-45", "2026-11-26 (monthly review)", "26/11/2026", "2026-11-26x",
            // colons, hashes, comments
            "a:b", "a: b", "a:", "http://example.com/x#y", "a #b", "a#b", "#x", "a :b", "a : b", "::", "x:  y",
            // quotes and indicators
            "'q'", "\"q\"", "it's", "say \"hi\"", "q'", "[a]", "[]", "{a: b}", "{}", "a,b", "a, b", "a [b]",
            "&a x", "*a", "a &b", "!x", "!!str x", "a!b", "|", ">", "|-", "a | b", "a > b", "- x", "-x", "--x",
            "---", "...", "--- x", "%x", "a%b", "@x", "`x`", "a`b`", "?x", "? x", ":x", "<<", "=", "a=b",
            // what runbooks hold
            "RB-001", "P0-P1", "P1", "platform-sre", "Service Down / all pods", "Slow response times, P95 > 2s",
            "Infrastructure & Resource Issues", "quarterly", "(see below)", "x (y)", "a  b", "CheckoutApiDown00001",
            // unicode and odd spacing
            "caf\u00e9", "\u65e5\u672c", "rocket \ud83d\ude80", "nbsp\u00a0", "\u00a0x", "ideographic\u3000", "en\u2002",
            "line\u2028sep", "nel\u0085x", "bom\ufeffx", "del\u007fx", "bell\u0007x", "tab\tx", "x\t", "lone\ud83d",
            "x   ", "   ", "");

    /** Where a token is placed: as a value, as an item, as a key. */
    static Stream<Arguments> placements() {
        List<Arguments> out = new ArrayList<>();
        for (String t : TOKENS) {
            out.add(Arguments.of("id: RB-1\nvalue: " + t + "\nowner: sre"));
            out.add(Arguments.of("alerts:\n  - A\n  - " + t + "\nowner: sre"));
            out.add(Arguments.of("alerts:\n- " + t + "\n- B"));
            out.add(Arguments.of(t + ": x\nid: RB-1"));
            out.add(Arguments.of("id: RB-1\nk" + t + "k: x"));
            out.add(Arguments.of("id:" + t));
        }
        return out.stream();
    }

    /** The placements the fast path reads; the others are left to snakeyaml and {@link #resolvedScalarsAreLeftToSnakeyaml}. */
    static Stream<Arguments> fastPlacements() {
        return placements().filter(a -> PlainFrontMatter.read(lines((String) a.get()[0])).isPresent());
    }

    @Test
    void manyPlacedTokensTakeTheFastPath() {
        assertThat(fastPlacements().count()).as("of %d", placements().count()).isGreaterThan(PLACEMENTS_READ_AT_LEAST);
    }

    @ParameterizedTest
    @MethodSource("fastPlacements")
    void everyTokenAgreesInEveryPlace(String yaml) {
        assertThat(compare(lines(yaml), yaml)).isTrue();
    }

    @Test
    void resolvedScalarsAreLeftToSnakeyaml() {
        for (String t : List.of("1", "1.10", "yes", "on", "~", "null", "0x1F", "1_000", ".inf", "190:20:30", "<<")) {
            assertThat(PlainFrontMatter.read(lines("value: " + t))).as(t).isEmpty();
            assertThat(PlainFrontMatter.read(lines("alerts:\n  - " + t))).as(t).isEmpty();
            assertThat(PlainFrontMatter.read(lines(t + ": x"))).as(t).isEmpty();
        }
    }

    @Test
    void rememberedVerdictsStayRightPastTheBound() {
        // Far more distinct scalars than the fast path remembers; verdicts must not depend on what came before.
        for (int i = 0; i < 10_000; i++) {
            assertThat(PlainFrontMatter.read(lines("id: RB-" + i + "\nalerts:\n  - A" + i))).isPresent();
            assertThat(PlainFrontMatter.read(lines("id: RB-" + i + "\nversion: " + i))).isEmpty();
            assertThat(PlainFrontMatter.read(lines("id: RB-" + i + "\nversion: 1." + i))).isEmpty();
            assertThat(PlainFrontMatter.read(lines("id: RB-" + i + "\nversion: 1." + i + ".0"))).isPresent();
        }
    }

    @Test
    void timestampsStayTheTextWritten() {
        Map<String, Object> read = PlainFrontMatter.read(lines("a: 2026-11-26\nb: 2026-11-26 10:00:00\nc: 2026-1-5"))
                .orElseThrow();
        assertThat(read).containsEntry("a", "2026-11-26").containsEntry("b", "2026-11-26 10:00:00")
                .containsEntry("c", "2026-1-5");
        compare(lines("a: 2026-11-26\nb: 2026-11-26 10:00:00\nc: 2026-1-5"), "timestamps");
    }

    // ---- structure: what the subset takes and what it leaves ----

    static Stream<String> fastShapes() {
        return Stream.of(
                "id: RB-1",
                "id: RB-1   \ntitle:   spaced   out  ",
                "# a comment\nid: RB-1\n\n   \n# another\ntitle: x",
                "alerts:\n  - A\n  - B\nid: RB-1",
                "alerts:\n- A\n- B\nid: RB-1",
                "alerts:\n    - A\n    - B",
                "alerts:   \n\n  # c\n  - A\n      # deeper comment\n  - B   \nid: x",
                "alerts:\n  -   A\n  - B",
                "Last Review: 2026-01-01\nreview cadence: quarterly",
                "x.y/z-w: v\n_k: v",
                "description: it's a \"quoted\" word, [not] {flow}, a&b, a*b, a!b, a|b, a>b, 50%, a@b, a`b`",
                "url: http://example.com:8080/a#b?c=d",
                "title: caf\u00e9 \u65e5\u672c \ud83d\ude80");
    }

    @ParameterizedTest
    @MethodSource("fastShapes")
    void subsetShapesTakeTheFastPathAndAgree(String yaml) {
        assertThat(compare(lines(yaml), yaml)).as(yaml).isTrue();
    }

    static Stream<String> slowShapes() {
        return Stream.of(
                "",
                "# only a comment",
                "id: 'RB-1'",
                "id: \"RB-1\"",
                "alerts: []",
                "alerts: [A, B]",
                "governance: {ignore: [freshness/overdue]}",
                "governance:\n  ignore:\n    - freshness/overdue",
                "governance:\n  ignore: [x]",
                "id: &a RB-1\nalias: *a",
                "id: !!str RB-1",
                "text: |\n  line",
                "text: >\n  line",
                "id: RB-1 # trailing comment",
                "title: a: b",
                "title: a:",
                "id: RB-1\nid: RB-2",
                "id:\ttab",
                "\tid: x",
                "id: RB-1\n  continued",
                "id: RB-1\n  - item",
                "alerts:\n  - A\n    continued",
                "alerts:\n  - A\n - B",
                "alerts:\n  - A\n   - B",
                "alerts:\n  - A\n  -",
                "alerts:\n  - - A",
                "alerts:\n  - a: b",
                "alerts:\n  - a:",
                "alerts:",
                "alerts:\nid: x",
                "id:",
                "  id: indented",
                "---\nid: x",
                "...\nid: x",
                "%YAML 1.1\nid: x",
                "? id\n: x",
                "id : x",
                "id:x",
                "-id: x",
                "1: x",
                "yes: x",
                "null: x",
                "k".repeat(200) + ": x",
                "id: x\n" + "d: " + "y".repeat(99_000) + "\n" + "e: " + "y".repeat(99_000) + "\n" + "f: " + "y".repeat(99_000));
    }

    @ParameterizedTest
    @MethodSource("slowShapes")
    void otherShapesFallBack(String yaml) {
        assertThat(PlainFrontMatter.read(lines(yaml))).as(yaml).isEmpty();
    }

    // ---- random front matter from tricky tokens ----

    /** The seeds whose front matter the fast path reads; {@link #generatedFrontMatterOftenTakesTheFastPath} counts them. */
    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(500)
                .filter(seed -> PlainFrontMatter.read(lines(new Generator(new Random(seed)).frontMatter())).isPresent());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedFrontMatterAgrees(long seed) {
        String yaml = new Generator(new Random(seed)).frontMatter();
        assertThat(compare(lines(yaml), "seed " + seed + ":\n" + yaml)).isTrue();
    }

    @Test
    void generatedFrontMatterOftenTakesTheFastPath() {
        int fast = 0;
        for (long seed = 1; seed <= 500; seed++) {
            if (PlainFrontMatter.read(lines(new Generator(new Random(seed)).frontMatter())).isPresent()) {
                fast++;
            }
        }
        // A tricky token or a mutation sends many to snakeyaml; the rest must not, or the comparison tests little.
        assertThat(fast).isBetween(125, 450);
    }

    /** Front matter of the subset's shapes, with tricky tokens and the odd structural mutation. */
    private static final class Generator {
        private static final List<String> KEYS = List.of("id", "title", "severity", "owner", "status", "version",
                "last_updated", "last_review", "next_review", "review_interval", "category", "description",
                "alerts", "Last Review", "x.y", "a-b", "k/v", "_k", "K9");
        private static final List<String> WORDS = List.of("RB-001", "P0-P1", "platform-sre", "active", "1.6.0",
                "2026-11-26", "quarterly", "Service Down / all pods", "Slow response times, P95 > 2s", "caf\u00e9",
                "Infrastructure & Resource Issues", "CheckoutApiDown00001", "it's", "a:b", "a#b", "x (y)");

        private final Random r;

        Generator(Random r) {
            this.r = r;
        }

        String frontMatter() {
            StringBuilder b = new StringBuilder();
            List<String> keys = new ArrayList<>(KEYS);
            int entries = 1 + r.nextInt(8);
            for (int e = 0; e < entries && !keys.isEmpty(); e++) {
                filler(b);
                String key = r.nextInt(30) == 0 ? token() : keys.remove(r.nextInt(keys.size()));
                if (r.nextInt(3) == 0) {
                    b.append(key).append(':').append(r.nextBoolean() ? "" : "  ").append('\n');
                    String pad = " ".repeat(new int[] {0, 2, 2, 4}[r.nextInt(4)]);
                    int items = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
                    for (int i = 0; i < items; i++) {
                        filler(b);
                        b.append(pad).append('-').append(" ".repeat(1 + r.nextInt(2))).append(value()).append('\n');
                    }
                } else {
                    b.append(key).append(':').append(" ".repeat(1 + r.nextInt(2))).append(value())
                            .append(r.nextInt(8) == 0 ? "  " : "").append('\n');
                }
            }
            String text = b.toString();
            return r.nextInt(6) == 0 ? mutate(text) : text;
        }

        private String value() {
            return r.nextInt(10) == 0 ? token() : WORDS.get(r.nextInt(WORDS.size()));
        }

        private String token() {
            return TOKENS.get(r.nextInt(TOKENS.size()));
        }

        private void filler(StringBuilder b) {
            while (r.nextInt(8) == 0) {
                b.append(r.nextBoolean() ? "" : " ".repeat(r.nextInt(5)) + "# note: x: y").append('\n');
                b.append(r.nextBoolean() ? "\n" : "   \n");
            }
        }

        private String mutate(String text) {
            String[] lines = text.split("\n", -1);
            int i = r.nextInt(lines.length);
            String[] edits = {"&x ", "*x", "!!str ", "{a: b}", "[a]", "\t", "? ", "  ", "- ", "\"", "'", "x: y: z",
                    "|", " #c", ":", "  more"};
            String e = edits[r.nextInt(edits.length)];
            String l = lines[i];
            int at = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
            lines[i] = l.substring(0, at) + e + l.substring(at);
            if (r.nextBoolean() && i + 1 < lines.length) {
                lines[i + 1] = lines[i]; // a duplicate key or item
            }
            return String.join("\n", lines);
        }
    }
}
