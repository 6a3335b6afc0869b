package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.MetadataSource;

/**
 * PlainMarkdown's contract, checked against commonmark: whenever the plain reader answers (non-null), the
 * file must read exactly as commonmark alone reads it (an equal {@link ParsedFile}); it may defer on anything.
 * Inputs: every CommonMark 0.31.2 spec example, bare and in four surroundings; thousands of generated
 * runbook-like documents; the sample runbooks. Every mismatch is collected, printed and written to
 * {@code target/plain-markdown-mismatches-<corpus>.txt} before the test fails.
 */
@Timeout(120)
class PlainMarkdownTest {

    private static final String PATH = "runbooks/incidents/RB-001-SERVICE-DOWN.md";
    private static final int SPEC_EXAMPLES = 652;
    private static final long[] SEEDS = {1, 2, 3, 4, 5};
    private static final int DOCUMENTS_PER_SEED = 1000;
    private static final int MISMATCHES_PRINTED = 60;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static Tally spec;
    private static Tally generated;
    private static Tally samples;

    // ---- 1. the CommonMark spec examples ----

    @Test
    void everySpecExampleReadsLikeCommonmarkInEverySurrounding() {
        Tally tally = specTally();
        report(tally);
        assertThat(tally.mismatches()).withFailMessage(() -> failure(tally)).isEmpty();
        assertThat(tally.inputs()).as("5 surroundings of %d examples", SPEC_EXAMPLES).isEqualTo(5 * SPEC_EXAMPLES);
        assertThat(tally.links()).as("links commonmark finds in the spec examples").isGreaterThan(600);
        assertThat(tally.headings()).as("headings commonmark finds in the spec examples").isGreaterThan(800);
    }

    @Test
    void theSpecHoldsItsExamplesWithTabsRestored() {
        List<SpecExample> examples = specExamples();
        assertThat(examples).hasSize(SPEC_EXAMPLES);
        assertThat(examples.get(0)).isEqualTo(new SpecExample(1, "Tabs", "\tfoo\tbaz\t\tbim\n"));
        assertThat(examples.get(SPEC_EXAMPLES - 1).number()).isEqualTo(SPEC_EXAMPLES);
        assertThat(examples).noneMatch(e -> e.markdown().contains("\u2192"));
    }

    private static synchronized Tally specTally() {
        if (spec == null) {
            Tally tally = new Tally("spec");
            for (SpecExample example : specExamples()) {
                String name = "spec example " + example.number() + " (" + example.section() + ")";
                String md = example.markdown();
                tally.compare(name + ", bare", md, DocumentKind.RUNBOOK);
                tally.compare(name + ", after front matter", "---\nid: RB-001\n---\n" + md, DocumentKind.RUNBOOK);
                tally.compare(name + ", after a title", "# Title\n\n" + md, DocumentKind.RUNBOOK);
                tally.compare(name + ", in a list item", nested(md, "- ", "  "), DocumentKind.RUNBOOK);
                tally.compare(name + ", in a block quote", nested(md, "> ", "> "), DocumentKind.RUNBOOK);
            }
            spec = tally.done();
        }
        return spec;
    }

    @Test
    void everySpecExampleLineReadsLikeCommonmarkAsHeadingAndLinkText() {
        // Emphasis, code spans, entities and escapes only matter to us inside heading and link text: every
        // line of every example (the emphasis section has 130) goes there, plain and emphasised.
        Tally tally = new Tally("spec lines");
        for (SpecExample example : specExamples()) {
            List<String> lines = Lines.of(example.markdown());
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k).strip();
                String name = "spec example " + example.number() + " line " + (k + 1);
                tally.compare(name + " as a heading", "# " + line + "\n", DocumentKind.RUNBOOK);
                tally.compare(name + " as a setext heading", "Intro *" + line + "\n===\n", DocumentKind.RUNBOOK);
                tally.compare(name + " as link text", "see [" + line + "](x.md) *a*\n", DocumentKind.RUNBOOK);
                tally.compare(name + " as emphasised link text", "_[**" + line + "*](x.md)_\n", DocumentKind.RUNBOOK);
                tally.compare(name + " as link text in a heading", "## a[ " + line + " ](x.md)b\n", DocumentKind.RUNBOOK);
            }
        }
        tally.done();
        report(tally);
        assertThat(tally.mismatches()).withFailMessage(() -> failure(tally)).isEmpty();
        assertThat(tally.links()).as("links commonmark finds").isGreaterThan(2000);
        assertThat(tally.answered()).as("answered by the plain reader: %s", tally.shares())
                .isGreaterThanOrEqualTo(atLeast(0.6, tally.inputs()));
    }

    /** The example's lines behind a container marker: {@code first} on the first line, {@code rest} after. */
    private static String nested(String markdown, String first, String rest) {
        StringBuilder out = new StringBuilder();
        List<String> lines = Lines.of(markdown);
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    /** One example of the spec: its number, the section it is in, and its Markdown (tabs restored). */
    record SpecExample(int number, String section, String markdown) {
    }

    static List<SpecExample> specExamples() {
        String fence = "`".repeat(32);
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        List<String> lines = Lines.of(resource("/commonmark-spec/spec.txt"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.equals(fence + " example")) {
                StringBuilder markdown = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    markdown.append(lines.get(i).replace('\u2192', '\t')).append('\n');
                }
                while (!lines.get(i).equals(fence)) {
                    i++;
                }
                examples.add(new SpecExample(examples.size() + 1, section, markdown.toString()));
            }
        }
        return examples;
    }

    private static String resource(String name) {
        try (InputStream in = PlainMarkdownTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- 2. generated runbook-like documents ----

    @Test
    void generatedRunbooksReadLikeCommonmark() {
        Tally tally = generatedTally();
        report(tally);
        assertThat(tally.mismatches()).withFailMessage(() -> failure(tally)).isEmpty();
        assertThat(tally.inputs()).isEqualTo(SEEDS.length * DOCUMENTS_PER_SEED);
        // The documents must exercise what the plain reader has to get right, or equality proves little.
        assertThat(tally.headings()).as("headings").isGreaterThan(20 * tally.inputs() / 10);
        assertThat(tally.links()).as("links").isGreaterThan(3 * tally.inputs());
        assertThat(tally.labels()).as("label lines read as metadata").isGreaterThan(tally.inputs());
        assertThat(tally.waivers()).as("waiver comments read").isGreaterThan(tally.inputs() / 5);
        assertThat(tally.gaps()).as("runbook gaps read").isGreaterThan(tally.inputs() / 5);
        assertThat(tally.crlf()).as("documents with CR line endings").isGreaterThan(tally.inputs() / 10);
    }

    private static synchronized Tally generatedTally() {
        if (generated == null) {
            Tally tally = new Tally("generated");
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                for (int d = 0; d < DOCUMENTS_PER_SEED; d++) {
                    Profile profile = Profile.pick(random);
                    String text = new RunbookWriter(random, profile).document();
                    tally.compare("generated seed " + seed + " #" + d + " (" + profile + ")", text,
                            DocumentKind.INCIDENT_REPORT, profile.name());
                }
            }
            generated = tally.done();
        }
        return generated;
    }

    // ---- 3. the sample runbooks ----

    @Test
    void sampleRunbooksReadLikeCommonmark() {
        Tally tally = sampleTally();
        report(tally);
        assertThat(tally.mismatches()).withFailMessage(() -> failure(tally)).isEmpty();
        assertThat(tally.inputs()).as("sample runbooks under ../runbooks, each read as both kinds")
                .isGreaterThanOrEqualTo(2 * 10);
    }

    private static synchronized Tally sampleTally() {
        if (samples == null) {
            Tally tally = new Tally("samples");
            for (Path file : sampleFiles()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // Both kinds: a runbook gap section is only read in an incident report.
                for (DocumentKind kind : List.of(DocumentKind.RUNBOOK, DocumentKind.INCIDENT_REPORT)) {
                    tally.compare(file + " as " + kind, bytes, () -> "the file " + file, kind, kind.name());
                }
            }
            samples = tally.done();
        }
        return samples;
    }

    private static List<Path> sampleFiles() {
        try (Stream<Path> walk = Files.walk(Path.of("..", "runbooks"))) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- 4. coverage: the plain reader must answer what runbooks are written in, or it saves nothing ----

    @Test
    void thePlainReaderAnswersEverySampleRunbook() {
        Tally tally = sampleTally();
        assertThat(tally.answered()).as("sample documents the plain reader answers: %s", tally.shares())
                .isEqualTo(tally.inputs());
    }

    @Test
    void thePlainReaderAnswersPlainGeneratedRunbooksAndAFairShareOfTheRest() {
        Tally tally = generatedTally();
        System.out.println("PlainMarkdown answered " + tally.shares());
        assertThat(tally.answered("PLAIN")).as("plain generated documents answered: %s", tally.shares())
                .isGreaterThanOrEqualTo(atLeast(0.95, tally.inputs("PLAIN")));
        assertThat(tally.answered()).as("generated documents the plain reader answers: %s", tally.shares())
                .isGreaterThanOrEqualTo(atLeast(0.6, tally.inputs()));
    }

    // ---- 5. hostile paragraphs: long runs of what never closes, with real links among them ----

    @Test
    void hostileParagraphsReadLikeCommonmarkAndThePlainReaderAnswersThem() {
        String[] neverClosed = {"a `b", "a ``b", "x < y", "a <x b", "a <!-- b", "a <? b", "a <![CDATA[ b",
            "[a](b \"c", "[a](b 'c", "[a](b (c", "[a", "![a", "a]", "[a](", "[a](<b", "a <b c=\"d"};
        Tally tally = new Tally("hostile");
        for (String piece : neverClosed) {
            for (int lines : new int[] {1, 2, 50, 400}) {
                StringBuilder text = new StringBuilder("# RB-001: Hostile\n\n[first](first.md) ");
                for (int k = 0; k < lines; k++) {
                    text.append(piece).append(k % 7 == 3 ? " [mid" + k + "](mid.md) " : " ").append('\n');
                }
                text.append("[last](last.md) `code` <https://example.com/x>\n");
                tally.compare("\"" + piece + "\" x " + lines, text.toString(), DocumentKind.RUNBOOK, piece);
            }
        }
        // Nesting around commonmark's limit of 100 open blocks, past which nothing starts a block.
        for (int depth : new int[] {48, 49, 50, 51, 98, 99, 100, 101, 150}) {
            for (String marker : new String[] {"> ", "- ", "1. ", "* > "}) {
                String nested = marker.repeat(depth) + "[deep](deep.md)\n";
                String text = "# RB-001: Deep\n\n" + nested + nested + "\n\n" + "```\n**Owner:** in code\n```\n";
                tally.compare("\"" + marker + "\" x " + depth, text, DocumentKind.RUNBOOK, "nesting");
            }
        }
        tally.done();
        report(tally);
        assertThat(tally.mismatches()).withFailMessage(() -> failure(tally)).isEmpty();
        assertThat(tally.links()).as("links commonmark finds among the hostile pieces").isGreaterThan(500);
        assertThat(tally.answered()).as("hostile paragraphs the plain reader answers: %s", tally.shares())
                .isGreaterThanOrEqualTo(atLeast(0.9, tally.inputs()));
    }

    private static int atLeast(double share, int whole) {
        return (int) Math.ceil(share * whole);
    }

    // ---- comparing one input ----

    /** Every input of one corpus compared: how many the plain reader answered, what commonmark found, every mismatch. */
    private static final class Tally {
        private final String corpus;
        private final long started = System.nanoTime();
        private final long startedCpu = CPU.getCurrentThreadCpuTime();
        private final Map<String, int[]> answeredByGroup = new LinkedHashMap<>();
        private final List<String> mismatches = new ArrayList<>();
        private int inputs;
        private int answered;
        private int headings;
        private int links;
        private int labels;
        private int waivers;
        private int gaps;
        private int crlf;
        private long millis;
        private long cpuMillis;

        Tally(String corpus) {
            this.corpus = corpus;
        }

        void compare(String name, String text, DocumentKind kind) {
            compare(name, text, kind, "all");
        }

        void compare(String name, String text, DocumentKind kind, String group) {
            compare(name, text.getBytes(StandardCharsets.UTF_8), () -> literalWithLines(text), kind, group);
        }

        /** Reads the bytes both ways; {@code shown} is how a mismatch report shows the input. */
        void compare(String name, byte[] bytes, Supplier<String> shown, DocumentKind kind, String group) {
            ParsedFile reference = DocumentParser.parse(PATH, kind, bytes, false);
            boolean answeredHere = false;
            ParsedFile plainFirst = null;
            RuntimeException thrown = null;
            try {
                plainFirst = DocumentParser.parse(PATH, kind, bytes, true);
                answeredHere = plainFirst.markdown() == ReaderUse.Outcome.FAST;
            } catch (RuntimeException e) {
                answeredHere = true; // only the plain reader can throw here: commonmark alone did not
                thrown = e;
            }
            inputs++;
            answered += answeredHere ? 1 : 0;
            int[] counts = answeredByGroup.computeIfAbsent(group, g -> new int[2]);
            counts[0]++;
            counts[1] += answeredHere ? 1 : 0;
            count(reference, bytes);
            if (thrown == null && plainFirst.markdown() == ReaderUse.Outcome.FAILURE) {
                thrown = new IllegalStateException("the plain reader threw; commonmark read the file instead");
            }
            if (thrown != null || !sameReading(reference, plainFirst)) {
                mismatches.add(mismatch(name, shown.get(), answeredHere, reference, plainFirst, thrown));
            }
        }

        private void count(ParsedFile reference, byte[] bytes) {
            reference.document().ifPresent(d -> {
                headings += d.headings().size();
                links += d.links().size();
                labels += (int) d.metadata().stream().filter(e -> e.source() == MetadataSource.LABEL_LINE).count();
                waivers += d.suppressions().size();
                gaps += d.gaps().size();
            });
            for (byte b : bytes) {
                if (b == '\r') {
                    crlf++;
                    break;
                }
            }
        }

        Tally done() {
            millis = (System.nanoTime() - started) / 1_000_000;
            cpuMillis = (CPU.getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
            return this;
        }

        String corpus() {
            return corpus;
        }

        List<String> mismatches() {
            return mismatches;
        }

        int inputs() {
            return inputs;
        }

        int inputs(String group) {
            return answeredByGroup.getOrDefault(group, new int[2])[0];
        }

        int answered() {
            return answered;
        }

        int answered(String group) {
            return answeredByGroup.getOrDefault(group, new int[2])[1];
        }

        int headings() {
            return headings;
        }

        int links() {
            return links;
        }

        int labels() {
            return labels;
        }

        int waivers() {
            return waivers;
        }

        int gaps() {
            return gaps;
        }

        int crlf() {
            return crlf;
        }

        /** "1234 of 5000 inputs (24.7%); PLAIN 900 of 2250 (40.0%), ..." */
        String shares() {
            StringBuilder s = new StringBuilder(share(answered, inputs) + " of the " + corpus + " inputs");
            if (answeredByGroup.size() > 1) {
                answeredByGroup.forEach((group, counts) -> s.append("; ").append(group).append(' ')
                        .append(share(counts[1], counts[0])));
            }
            return s.toString();
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: %d inputs in %d ms (%d ms of CPU), plain reader answered %s, %d mismatches; "
                            + "commonmark found %d headings, %d links, %d label lines, %d waivers, %d gaps",
                    corpus, inputs, millis, cpuMillis, shares(), mismatches.size(), headings, links, labels, waivers, gaps);
        }
    }

    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%d of %d (%.1f%%)", part, whole, whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    private static void report(Tally tally) {
        System.out.println("PlainMarkdownTest " + tally.summary());
        if (tally.mismatches().isEmpty()) {
            return;
        }
        Path file = mismatchFile(tally);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", tally.mismatches()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tally.mismatches().stream().limit(MISMATCHES_PRINTED).forEach(System.out::println);
        if (tally.mismatches().size() > MISMATCHES_PRINTED) {
            System.out.println("... " + (tally.mismatches().size() - MISMATCHES_PRINTED) + " more in " + file);
        }
    }

    private static Path mismatchFile(Tally tally) {
        return Path.of("target", "plain-markdown-mismatches-" + tally.corpus() + ".txt");
    }

    private static String failure(Tally tally) {
        StringBuilder s = new StringBuilder("the plain reader answered differently from commonmark: ")
                .append(tally.summary()).append("; all mismatches are in ").append(mismatchFile(tally).toAbsolutePath())
                .append("\n\n");
        tally.mismatches().stream().limit(10).forEach(m -> s.append(m).append('\n'));
        return s.toString();
    }

    // ---- mismatch reports ----

    private static String mismatch(String name, String shown, boolean answered, ParsedFile reference,
                                   ParsedFile plainFirst, RuntimeException thrown) {
        StringBuilder s = new StringBuilder("MISMATCH ").append(name).append(": ")
                .append(answered ? "plain reader answered" : "plain reader deferred (null), yet the reading changed");
        if (thrown != null) {
            s.append(" and threw ").append(thrown);
            for (StackTraceElement at : Arrays.copyOf(thrown.getStackTrace(), Math.min(6, thrown.getStackTrace().length))) {
                s.append("\n      at ").append(at);
            }
            s.append('\n');
        }
        Map<String, Object> expected = fields(reference);
        Map<String, Object> actual = plainFirst == null ? Map.of() : fields(plainFirst);
        List<String> differing = expected.keySet().stream()
                .filter(k -> !Objects.equals(expected.get(k), actual.get(k))).toList();
        s.append(thrown == null ? ", differs in " + differing : "").append("\n  input: ").append(shown).append('\n');
        for (String field : expected.keySet()) {
            boolean always = field.equals("headings") || field.equals("links") || field.equals("metadata");
            if (!always && (thrown != null || !differing.contains(field))) {
                continue;
            }
            if (thrown != null) {
                s.append("  ").append(field).append(" commonmark: ").append(render(expected.get(field), expected.get(field)))
                        .append('\n');
            } else if (!differing.contains(field)) {
                s.append("  ").append(field).append(" (same both ways): ").append(render(expected.get(field), expected.get(field))).append('\n');
            } else {
                s.append("  ").append(field).append(" commonmark: ")
                        .append(render(expected.get(field), actual.get(field))).append('\n');
                s.append("  ").append(field).append(" plain:      ")
                        .append(render(actual.get(field), expected.get(field))).append('\n');
            }
        }
        return s.toString();
    }

    /** The same document and problems, however each was read. */
    static boolean sameReading(ParsedFile a, ParsedFile b) {
        return b != null && a.document().equals(b.document()) && a.problems().equals(b.problems());
    }

    private static Map<String, Object> fields(ParsedFile file) {
        Map<String, Object> f = new LinkedHashMap<>();
        Document d = file.document().orElse(null);
        f.put("document", d == null ? "none" : "present");
        f.put("headings", d == null ? List.of() : d.headings());
        f.put("links", d == null ? List.of() : d.links());
        f.put("metadata", d == null ? List.of() : d.metadata());
        if (d != null) {
            f.put("title", d.title());
            f.put("titleLine", d.titleLine());
            f.put("suppressions", d.suppressions());
            f.put("gaps", d.gaps());
            f.put("mojibake", d.mojibake());
            f.put("lineCount", d.lineCount());
        }
        f.put("problems", file.problems());
        return f;
    }

    /** A value; a list one entry a line, entries unlike the other reading's at the same index marked "≠". */
    private static String render(Object value, Object other) {
        if (!(value instanceof List<?> list)) {
            return String.valueOf(value);
        }
        if (list.isEmpty()) {
            return "[]";
        }
        List<?> others = other instanceof List<?> o ? o : List.of();
        StringBuilder s = new StringBuilder("[").append(list.size()).append(']');
        for (int i = 0; i < list.size(); i++) {
            boolean same = i < others.size() && Objects.equals(list.get(i), others.get(i));
            s.append(same ? "\n      " : "\n    \u2260 ").append(list.get(i));
        }
        return s.toString();
    }

    /** The input as a Java string literal (to paste into a test) and, below it, its numbered lines. */
    static String literalWithLines(String text) {
        StringBuilder s = new StringBuilder(literal(text));
        List<String> lines = Lines.of(text);
        if (lines.size() <= 150) {
            for (int i = 0; i < lines.size(); i++) {
                String visible = lines.get(i).replace("\t", "\u2192");
                s.append(String.format(Locale.ROOT, "\n    %3d|%s", i + 1, visible));
                if (!visible.isEmpty() && Character.isWhitespace(visible.charAt(visible.length() - 1))) {
                    s.append('\u00b6'); // trailing blanks made visible
                }
            }
        }
        return s.toString();
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---- the generator ----

    /** How far a generated document strays from what runbooks hold. */
    enum Profile {
        /** Only what real runbooks are written with. */
        PLAIN(0.0),
        /** A runbook with a few tricky blocks and inlines mixed in. */
        SPICED(0.12),
        /** Mostly tricky corners. */
        TRICKY(0.6);

        final double tricky;

        Profile(double tricky) {
            this.tricky = tricky;
        }

        /** 45% plain, 35% spiced, 20% tricky: most documents are what the plain reader is for. */
        static Profile pick(Random random) {
            int r = random.nextInt(20);
            return r < 9 ? PLAIN : r < 16 ? SPICED : TRICKY;
        }
    }

    private static final String[] WORDS = {"Check", "the", "pods", "in", "namespace", "rollout", "status", "before",
        "escalating", "latency", "p99", "error", "rate", "for", "5 minutes", "on-call", "Grafana", "dashboard",
        "restart", "the service", "if", "needed", "tenant", "Café", "résumé", "naïve", "日本語", "🚨", "✅", "→", "–",
        "—", "50%", "3 > 2", "< 5 min", "R&D", "P0/P1", "max_connections", "pg_stat_activity", "v2.1.0",
        "(see below)", "e.g.", "don't", "\"quoted\"", "x*y", "#inc-channel", "a/b", "1.", "~5%", "ÄÖÜ"};

    private static final String[] PLAIN_INLINE = {"`kubectl get pods -n $NS`", "`#inc-YYYYMMDD-<service>-down`",
        "`up{job=\"<service>\"} == 0`", "`<pod>`", "`SELECT 1;`", "**P0.**", "**all**", "*note*", "_optional_",
        "**Warning:** read first", "[Incident Response Framework](../INCIDENT_RESPONSE_FRAMEWORK.md)",
        "[RB-002](RB-002-SERVICE-DEGRADED.md)", "[Diagnosis](#diagnosis)",
        "[RB-003 Step 2](RB-003-HIGH-LATENCY.md#step-2-check-the-database)",
        "[Grafana](https://grafana.example.com/d/abc?orgId=1&from=now-1h)", "[status page](https://status.example.com)",
        "<https://status.example.com/incidents>", "<sre@example.com>",
        "[`kubectl` cheatsheet](../quick-reference/ON_CALL_GUIDE.md)", "**[escalation](#escalation)**",
        "[Café – résumé](../docs/caf%C3%A9.md)", "[RB-010](RB-010-MEMORY-LEAK.md#verification) (memory)"};

    private static final String[] TRICKY_INLINE = {"[t](<a b.md>)", "[t](dest.md 'single')", "[t](dest.md (paren))",
        "[t](dest.md \"title\")", "![alt](img.png)", "![alt *em* `c`](i.png \"t\")", "[![badge](b.svg)](c.md)",
        "[a [nested] b](n.md)", "[a [b](inner.md) c](outer.md)", "[**bold** `code` link](x.md)", "*[em link](x.md)*",
        "**[strong](x.md)**", "_[u](x.md)_", "[t]( spaced.md )", "[t](a\\_b.md)", "[t](a&amp;b.md)",
        "[t](%E2%9C%85.md)", "[t](x.md#Frag-ment)", "[](empty-text.md)", "[t]()", "[t](<>)", "[t](a(b)c.md)",
        "[t](a\\)b.md)", "[t](a b.md)", "[t] (x.md)", "[t](x.md\"title\")", "[`code]`](x.md)", "`[not](link.md)`",
        "``a ` [b](c.md)``", "`unclosed [x](y.md)", "\\[esc\\](x.md)", "[esc\\]](x.md)", "&#91;ent&#93;(x.md)",
        "&amp;", "&copy;", "&#x1F680;", "&nosuch;", "&", "\\\\", "\\*not em\\*", "<span>[in html](x.md)</span>",
        "<a href=\"x.md\">html link</a>", "<!-- inline comment -->", "<br/>", "<https://x.example/a_b>", "<a@b.c>",
        "<mailto:a@b.c>", "<not an autolink>", "https://bare.example.com", "[ref]", "[Ref Two][]", "[text][ref]",
        "[text][multi]", "[missing]", "[text] [ref]", "*a*b*", "a*b*c", "__init__", "snake_case_word", "2 * 3 * 4",
        "**unclosed", "[unclosed", "]stray", "![unclosed", "[t](x.md", "<", "\u00a0nbsp", "ﬁ ligature",
        "*[a](x.md)*b", "[a]: not-def", "[x][]", "[!warning]", "\\", "`", "``", "[link](x.md)_tail_", "~~strike~~",
        "[t](javascript:alert(1))", "[t](#)", "[T](Ünïcode.md)", "[<b>html</b> in text](h.md)", "[t](x.md 'a\\'b')"};

    private static final String[][] TRICKY_MULTILINE = {{"see [a split", "link](split.md) here"},
        {"[text](", "next-line.md)"}, {"[hard  ", "break](hard.md)"}, {"[back\\", "slash](bs.md)"},
        {"`code", "span [x](y.md)`"}, {"**strong", "over lines**"}, {"[t](x.md \"title", "over lines\")"},
        {"<span", "class=\"x\">[y](z.md)</span>"}, {"a [ref]", "[ref]: /not-def-here"}, {"[a](b.md)  ", "[c](d.md)"},
        {"text with [", "](empty.md)"}, {"[t]", "(x.md)"}, {"![multi", "line alt](m.png)"}, {"`x` [y](z.md)\\", "next"}};

    private static final String[] SECTION_NAMES = {"Symptoms", "Impact", "Prerequisites", "Diagnosis",
        "Step 1: Confirm the outage", "Resolution", "Option A — Roll back", "Escalation", "Verification",
        "Related Runbooks", "Timeline", "Root Cause", "Action Items", "Post-Incident", "FAQ & Notes", "Café résumé",
        "P0/P1: Declare", "`kubectl` commands", "Step 2: Check `max_connections`", "Contacts (24/7)", "🚨 Emergency",
        "Symptoms", "Diagnosis", "What's next?", "Step 3 – Scale out", "1. Numbered heading"};

    private static final String[] TRICKY_HEADING_TEXT = {"Heading with [link](h.md)", "*emph* and **strong**",
        "a_b_c intraword", "snake_case *and* __dunder__", "Entities &amp; &copy; &#35;", "AT&T & co",
        "back\\slash \\# escaped", "`code [x](y)` span", "trailing hashes ##", "![img](i.png) heading",
        "<span>html</span> heading", "Heading <!-- runbook-governance: ignore structure/x -->", "  spaced   out  ",
        "tab\tinside", "#hash", "Ünïcödé — 日本語", "", "x \\", "[ref]", "<https://auto.example>", "` code `",
        "[a](b.md) and [c](d.md)", "**Owner:** heading label", "Runbook Gaps", "foo *bar* # not closing"};

    private static final String[] LABELS = {"**Owner:** platform-sre", "**Last Updated:** 2026-10-28",
        "**Last Review**: 2026-09-01 (quarterly)", "**Next Review:** 2027-01-28", "**Severity:** P1",
        "**Status:** active", "**Alerts:** `ServiceDown`, `HighLatency`", "**Symptoms:** slow / timeouts",
        "__Review Interval:__ quarterly", "**Date:** 2026-11-20", "**Runbooks Used:** RB-012, RB-001",
        "**Incident Commander:** Marcus Lee", "- **Owner:** team-db", "- **Slack**: #devops",
        "**Owner:** [SRE team](../teams/sre.md)", "**Last Updated:** 2026-10-28  ", "**Version:** 2.1.0\\",
        "**Services Affected:** consumption-service (all public traffic via `api.example.com`)"};

    private static final String[] PLAIN_CODE = {"kubectl -n $NS get pods", "kubectl -n $NS logs <pod> --previous --tail=100",
        "export SVC=consumption-service   # or discovery-service", "SELECT * FROM pg_stat_activity WHERE state <> 'idle';",
        "curl -sS https://api.example.com/health | jq .", "**Owner:** not-a-label", "**Last Review:** 2020-01-01",
        "- **Severity:** P3", "<!-- runbook-governance: ignore links/broken -->", "[not a link](code.md)",
        "# not a heading", "", "  indented inside code", "---", "| a | b |", "RB-009: a gap inside code",
        "  --set image.tag=v2.1.0 \\"};

    private static final String[] TRICKY_CODE = {"```", "~~~", "````", "\tTabbed", "> quote?", "    ", "```bash",
        "</div>", "<!--", "-->", "[ref]: /in-code"};

    private static final String[] WAIVERS = {"<!-- runbook-governance: ignore links/broken -->",
        "<!-- runbook-governance: ignore freshness/overdue until 2027-01-31 migration -->",
        "<!-- runbook-governance: ignore structure/* -->",
        "<!-- runbook-governance: ignore links/broken until 2026-13-45 -->", "<!-- runbook-governance: bogus -->",
        "See below <!-- runbook-governance: ignore links/broken --> [x](missing.md)"};

    private static final String[][] TRICKY_HTML = {{"<div>", "[x](in-div.md)", "</div>"},
        {"<details>", "<summary>More</summary>", "", "[inside](details.md)", "", "</details>"},
        {"<pre>", "[x](pre.md)", "**Owner:** pre", "</pre>"}, {"<br>"},
        {"<table><tr><td>[x](t.md)</td></tr></table>"}, {"<span>inline start</span> [x](s.md)"},
        {"<!-- note -->", "[after](comment.md)"}, {"<!--", "runbook-governance: ignore links/broken", "-->"},
        {"<!-- runbook-governance: ignore links/broken", "[x](inside-comment.md)", "-->"},
        {"<div>", "", "**Owner:** after-html", "</div>"}, {"<?php echo 1; ?>"}, {"<!DOCTYPE html>"},
        {"<![CDATA[", "[x](cdata.md)", "]]>"}, {"</span>", "[x](close.md)"}, {"<script>", "[x](s.md)", "</script>"}};

    private static final String[][] DEFINITIONS = {{"[ref]: https://example.com/ref"},
        {"[Ref Two]: <./a b.md> \"Title\""}, {"[multi]:", "  https://example.com/multi", "  'title'"},
        {"[ref]: /duplicate-ignored"}, {"[bad]: <unclosed"}, {"[ref]:", ""}};

    private static final String[] GAP_ITEMS = {"- RB-012: renewal failure path not covered",
        "- RB-001: no gap", "- RB-003, RB-004 – missing rollback step", "| RB-005 | missing dashboard link |",
        "RB-007 and RB-010: both outdated", "None", "1. RB-002: no escalation contact",
        "- [RB-011](RB-011.md): link in gap"};

    /** Writes one runbook-like document from the random stream. */
    private static final class RunbookWriter {
        private final Random random;
        private final Profile profile;
        private boolean definitions;

        RunbookWriter(Random random, Profile profile) {
            this.random = random;
            this.profile = profile;
        }

        String document() {
            List<String> lines = new ArrayList<>();
            frontMatter(lines);
            title(lines);
            if (chance(0.5)) {
                separate(lines);
                labelBlock(lines, tricky());
            }
            for (int s = 1 + random.nextInt(4); s > 0; s--) {
                separate(lines);
                boolean tricky = tricky();
                lines.add(tricky && chance(0.3) ? trickyHeading(2 + random.nextInt(5))
                        : "#".repeat(2 + random.nextInt(2)) + " " + pick(SECTION_NAMES));
                for (int b = 1 + random.nextInt(2); b > 0; b--) {
                    separate(lines);
                    block(lines, 0);
                }
            }
            if (chance(0.35)) {
                gaps(lines);
            }
            if (chance(0.2)) {
                separate(lines);
                labelBlock(lines, tricky());
            }
            if (definitions || (profile != Profile.PLAIN && chance(0.3))) {
                separate(lines);
                lines.addAll(List.of(pick(DEFINITIONS)));
            }
            if (profile != Profile.PLAIN && chance(0.3)) {
                whitespace(lines);
            }
            return join(lines);
        }

        private boolean tricky() {
            return random.nextDouble() < profile.tricky;
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        @SafeVarargs
        private <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }

        private void frontMatter(List<String> lines) {
            if (chance(0.2)) {
                return;
            }
            lines.add("---");
            lines.add("id: RB-0" + (10 + random.nextInt(90)));
            lines.add("title: Service Completely Down");
            lines.add("severity: P" + random.nextInt(4));
            lines.add("owner: platform-sre");
            lines.add("last_review: 2026-09-0" + (1 + random.nextInt(9)));
            if (chance(0.5)) {
                lines.add("alerts:");
                lines.add("  - ServiceDown");
            }
            if (tricky()) {
                switch (random.nextInt(5)) {
                    case 0 -> lines.addAll(List.of("governance:", "  ignore: [links/broken]"));
                    case 1 -> lines.add("bad: [unclosed");
                    case 2 -> lines.add("# a yaml comment");
                    default -> lines.add("description: \"a: b\"");
                }
                switch (random.nextInt(4)) {
                    case 0 -> lines.add("...");
                    case 1 -> lines.add("---  ");
                    case 2 -> { } // unclosed: no front matter at all, the "---" is Markdown
                    default -> lines.add("---");
                }
            } else {
                lines.add("---");
            }
            if (chance(0.2)) {
                lines.add(""); // some runbooks leave a blank line after the front matter
            }
        }

        private void title(List<String> lines) {
            String title = "RB-0" + (10 + random.nextInt(90)) + ": " + pick("Service Completely Down",
                    "High Latency", "Database Connection Exhaustion", "Certificate Expiration", "Memory Leak",
                    "Incident Report: Public API Certificate Expired", "Café résumé — 日本語");
            if (!tricky()) {
                if (chance(0.9)) {
                    lines.add("# " + title);
                }
                return;
            }
            switch (random.nextInt(5)) {
                case 0 -> lines.addAll(List.of(title, pick("===", "=", "---", "  ====  ")));
                case 1 -> lines.add("# " + title + pick(" #", " ##  ", " \\#", "#"));
                case 2 -> lines.add(trickyHeading(1));
                case 3 -> lines.add(pick("", " ", "  ", "   ", "    ") + "# " + title);
                default -> lines.add("#\t" + title);
            }
        }

        private String trickyHeading(int level) {
            String text = random.nextBoolean() ? pick(TRICKY_HEADING_TEXT) : pick(SECTION_NAMES) + " " + pick(TRICKY_INLINE);
            String hashes = "#".repeat(random.nextInt(12) == 0 ? 7 : level);
            String gap = pick(" ", " ", "  ", "\t", "");
            String closing = pick("", "", " #", " ##", " ####### ", "#", " \\#", "  ", "\t", " # x");
            return pick("", "", " ", "   ") + hashes + gap + text + closing;
        }

        private void separate(List<String> lines) {
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                return;
            }
            if (profile == Profile.PLAIN || !tricky()) {
                lines.add("");
                return;
            }
            switch (random.nextInt(5)) {
                case 0 -> { } // no blank line: the next block may interrupt a paragraph, or continue it
                case 1 -> lines.add(pick("  ", "\t", " \t "));
                case 2 -> lines.addAll(List.of("", ""));
                default -> lines.add("");
            }
        }

        private void block(List<String> lines, int depth) {
            boolean tricky = tricky();
            int kind = random.nextInt(tricky ? 17 : 12);
            switch (kind) {
                case 0, 1, 2, 3 -> paragraph(lines, tricky);
                case 4, 5 -> bulletList(lines, depth, tricky);
                case 6 -> orderedList(lines, depth, tricky);
                case 7, 8 -> fence(lines, tricky);
                case 9 -> table(lines, tricky);
                case 10 -> labelBlock(lines, tricky);
                case 11 -> lines.add(tricky ? pick(WAIVERS) : pick(WAIVERS[0], WAIVERS[1], WAIVERS[2]));
                case 12 -> quote(lines, depth);
                case 13 -> lines.addAll(List.of(pick(TRICKY_HTML)));
                case 14 -> indentedCode(lines);
                case 15 -> lines.add(pick("---", "***", "- - -", "___", " * * *", "-----", "***  ", "_ _ _", "--", "* * "));
                default -> {
                    lines.addAll(List.of(pick(DEFINITIONS)));
                    definitions = true;
                }
            }
            if (!tricky && kind == 3 && chance(0.3)) {
                lines.add("");
                lines.add(pick("---", "***"));
            }
        }

        private String prose(boolean tricky) {
            StringBuilder s = new StringBuilder();
            for (int n = 2 + random.nextInt(7); n > 0; n--) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                int r = random.nextInt(10);
                s.append(tricky && r < 4 ? pick(TRICKY_INLINE) : r < 3 ? pick(PLAIN_INLINE) : pick(WORDS));
            }
            if (tricky && chance(0.3)) {
                s.append(pick("  ", "\\", " ", "\t"));
            }
            return s.toString();
        }

        private void paragraph(List<String> lines, boolean tricky) {
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                if (tricky && chance(0.3)) {
                    lines.addAll(List.of(pick(TRICKY_MULTILINE)));
                } else {
                    lines.add(prose(tricky));
                }
            }
        }

        /** Label lines, one after the other; a plain block is either all bulleted or none. */
        private void labelBlock(List<String> lines, boolean tricky) {
            boolean bulleted = chance(0.2);
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                String label = pick(LABELS);
                if (tricky) {
                    lines.add(chance(0.3) ? pick(" ", "  ", "\t", "> ", "* ") + label : label);
                } else {
                    lines.add((bulleted ? "- " : "") + label.replaceFirst("^- ", ""));
                }
            }
        }

        private void bulletList(List<String> lines, int depth, boolean tricky) {
            String marker = tricky ? pick("-", "*", "+") : depth % 2 == 0 ? "-" : pick("-", "*");
            boolean loose = chance(tricky ? 0.4 : 0.15);
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String gap = tricky ? pick(" ", " ", "  ", "\t", "   ") : " ";
                item(lines, marker + gap, marker.length() + 1, depth, tricky);
                if (loose && n > 1) {
                    lines.add(tricky ? pick("", "  ") : "");
                }
            }
        }

        private void orderedList(List<String> lines, int depth, boolean tricky) {
            int start = tricky ? pick(1, 3, 0, 10, 123456789, 1234567890) : 1;
            String delimiter = tricky && chance(0.3) ? ")" : ".";
            for (int n = 1 + random.nextInt(4), i = start; n > 0; n--, i++) {
                String marker = (tricky && chance(0.2) ? start : i) + delimiter;
                item(lines, marker + " ", marker.length() + 1, depth, tricky);
            }
        }

        /** One list item: its first line, maybe a continuation, a nested list, a fence or a label. */
        private void item(List<String> lines, String marker, int contentIndent, int depth, boolean tricky) {
            String first = chance(0.15) ? pick(LABELS).replaceFirst("^- ", "") : prose(tricky);
            lines.add(marker + first);
            String indent = " ".repeat(contentIndent);
            if (chance(0.25)) {
                lines.add((tricky && chance(0.4) ? "" : indent) + prose(tricky)); // maybe a lazy continuation
            }
            if (depth < 2 && chance(0.3)) {
                int nestedIndent = tricky ? pick(2, 3, 4, 5, contentIndent) : contentIndent;
                List<String> nested = new ArrayList<>();
                if (chance(0.7)) {
                    bulletList(nested, depth + 1, tricky);
                } else {
                    orderedList(nested, depth + 1, tricky);
                }
                indent(lines, nested, " ".repeat(nestedIndent));
            }
            if (chance(0.15)) {
                if (!tricky || chance(0.5)) {
                    lines.add("");
                }
                List<String> code = new ArrayList<>();
                fence(code, tricky);
                indent(lines, code, tricky && chance(0.3) ? " ".repeat(Math.max(0, contentIndent - 1)) : indent);
            }
        }

        private static void indent(List<String> lines, List<String> block, String indent) {
            for (String line : block) {
                lines.add(line.isEmpty() ? "" : indent + line);
            }
        }

        private void fence(List<String> lines, boolean tricky) {
            char c = tricky && chance(0.4) ? '~' : '`';
            int length = tricky ? 3 + random.nextInt(3) : 3;
            String fence = String.valueOf(c).repeat(length);
            String info = tricky ? pick("", "bash", " bash ", "{.sh}", "bash title=\"x\"", "yaml", "```", "a`b")
                    : pick("", "bash", "bash", "yaml", "sql", "promql", "json");
            lines.add((tricky ? pick("", "", " ", "  ", "   ") : "") + fence + info);
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                lines.add(tricky && chance(0.25) ? pick(TRICKY_CODE) : pick(PLAIN_CODE));
            }
            if (!tricky) {
                lines.add(fence);
                return;
            }
            switch (random.nextInt(8)) {
                case 0 -> lines.add(fence + String.valueOf(c).repeat(1 + random.nextInt(2))); // longer: closes
                case 1 -> lines.add(fence.substring(1)); // shorter: does not close
                case 2 -> lines.add(pick(" ", "  ", "   ", "    ") + fence);
                case 3 -> { } // unclosed: the code runs to the end of its container
                case 4 -> lines.add(fence + "  ");
                case 5 -> lines.add(fence + " x"); // not a closing fence
                default -> lines.add(fence);
            }
        }

        private void indentedCode(List<String> lines) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank() && chance(0.7)) {
                lines.add("");
            }
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String code = pick(PLAIN_CODE);
                lines.add(code.isEmpty() ? pick("", "    ") : pick("    ", "    ", "\t", "     ", "  \t") + code);
            }
        }

        private void table(List<String> lines, boolean tricky) {
            lines.add(pick("| Service | Impact |", "| Time | Event |", "Severity | Response"));
            lines.add(pick("|---|---|", "|--------------|-----------------|", "| :--- | ---: |", "--- | ---"));
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                lines.add(tricky && chance(0.4)
                        ? pick("| `a\\|b` | [x](y.md#z) |", "| [a | b](c.md) |", "no pipes row", "| **Owner:** x |",
                                "| [t](<a b.md>) | ![i](i.png) |", "|", "| RB-004 | gap in a table |")
                        : "| " + pick("consumption-service", "03:14", "P0", "RB-001") + " | " + prose(false) + " |");
            }
        }

        private void quote(List<String> lines, int depth) {
            List<String> inner = new ArrayList<>();
            switch (random.nextInt(6)) {
                case 0 -> bulletList(inner, depth + 1, true);
                case 1 -> fence(inner, chance(0.5));
                case 2 -> labelBlock(inner, false);
                case 3 -> inner.add(trickyHeading(1 + random.nextInt(3)));
                case 4 -> {
                    if (depth < 2) {
                        quote(inner, depth + 1);
                    } else {
                        paragraph(inner, true);
                    }
                }
                default -> paragraph(inner, true);
            }
            if (chance(0.3)) {
                inner.add("");
                paragraph(inner, false);
            }
            for (int i = 0; i < inner.size(); i++) {
                boolean lazy = i > 0 && chance(0.15);
                lines.add(lazy ? inner.get(i) : pick("> ", "> ", ">", ">\t", " > ") + inner.get(i));
            }
        }

        private void gaps(List<String> lines) {
            separate(lines);
            if (chance(0.2)) {
                lines.addAll(List.of("Runbook Gaps", "---"));
            } else {
                lines.add(pick("## Runbook Gaps", "## Runbook gaps", "### Runbook Gaps Found"));
            }
            separate(lines);
            boolean tricky = tricky();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String item = pick(GAP_ITEMS);
                lines.add(tricky || item.startsWith("- ") ? item : "- " + item.replaceFirst("^[-|0-9.]+ ", ""));
            }
            if (tricky) {
                switch (random.nextInt(4)) {
                    case 0 -> lines.addAll(List.of("```", "RB-009: hidden in code", "```"));
                    case 1 -> lines.addAll(List.of("", "### Sub gap", "- RB-006: under a lower heading"));
                    case 2 -> lines.add("<!-- RB-006 in a comment -->");
                    default -> lines.addAll(List.of("", "    RB-008: indented code"));
                }
            }
            if (chance(0.5)) {
                lines.addAll(List.of("", "## Action Items", "", "- RB-002: not a gap, after the section"));
            }
        }

        /** Tabs for leading spaces and trailing blanks, here and there. */
        private void whitespace(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("    ") && chance(0.3)) {
                    lines.set(i, "\t" + line.substring(4));
                } else if (line.startsWith("  ") && chance(0.2)) {
                    lines.set(i, "\t" + line.substring(2));
                } else if (!line.isEmpty() && chance(0.05)) {
                    lines.set(i, line + pick("  ", " ", "\t"));
                }
            }
        }

        private String join(List<String> lines) {
            String eol = switch (random.nextInt(20)) {
                case 0, 1, 2 -> "\r\n";
                case 3 -> "\r";
                default -> "\n";
            };
            boolean mixed = eol.equals("\r\n") && chance(0.2);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                s.append(lines.get(i));
                if (i < lines.size() - 1 || chance(0.85)) {
                    s.append(mixed && chance(0.3) ? "\n" : eol);
                }
            }
            return s.toString();
        }
    }
}
