package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Mojibake;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;

/** The shortcuts DocumentParser takes answer exactly like the long way round. */
class ParserShortcutsTest {

    private static final Parser MARKDOWN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final String[] PIECES = {"---", "id: RB-1", "...", "# Title", "Title", "===", "```", "~~~ sh",
        "    indented code", "", "", "  ", "text with a [link](../a.md) and `code`", "> quoted", "- item",
        "  - nested item", "1. first", "<!-- runbook-governance: ignore links/broken -->", "<div>", "</div>",
        "[ref]: /url", "see [ref]", "| a | b |", "|---|---|", "**Owner:** sre", "***", "<pre>", "</pre>"};
    private static final String[] ENDINGS = {"", "\n", "\n\n", "\n\n\n", "\n  \n", "\n```\n", "\n\n```"};

    @Test
    void theBodyParsesLikeTheJoinedLinesForEveryBodyStart() {
        Random random = new Random(7);
        int compared = 0;
        int sliced = 0;
        List<String> mismatches = new ArrayList<>();
        for (int d = 0; d < 1500; d++) {
            String text = document(random);
            boolean lfOnly = text.indexOf('\r') < 0;
            Lines lines = Lines.of(text);
            for (int bodyStart = 0; bodyStart <= lines.size(); bodyStart++) {
                String joined = String.join("\n", lines.subList(bodyStart, lines.size()));
                String body = DocumentParser.body(text, lfOnly, lines, bodyStart);
                if (!dump(MARKDOWN.parse(body)).equals(dump(MARKDOWN.parse(joined)))) {
                    mismatches.add(escape(text) + " from line " + bodyStart);
                }
                compared++;
                sliced += lfOnly && !body.equals(joined) ? 1 : 0;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isGreaterThan(10_000);
        assertThat(sliced).as("bodies that keep the final line break, unlike the join").isGreaterThan(compared / 10);
    }

    @Test
    void anLfOnlyTextWithoutFrontMatterIsHandedOverAsItIs() {
        String text = "# RB-001\n\nBody [link](a.md)\n";
        assertThat(DocumentParser.body(text, true, Lines.of(text), 0)).isSameAs(text);
        String blankLast = "# RB-001\n\n";
        assertThat(DocumentParser.body(blankLast, true, Lines.of(blankLast), 0)).isEqualTo("# RB-001\n");
        String crlf = "---\r\na: 1\r\n---\r\n# T\r\n";
        assertThat(DocumentParser.body(crlf, false, Lines.of(crlf), 3)).isEqualTo("# T");
    }

    @Test
    void mojibakeIsStillFoundAfterAByteOrderMarkAndNotInAsciiFiles() {
        byte[] text = "# RB-001\n\nStatus: \u00e2\u0153\u2026 done\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        for (byte[] content : List.of(text, withBom)) {
            assertThat(DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, content).document().orElseThrow()
                    .mojibake()).extracting(Mojibake::line, Mojibake::repaired).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "\u2705"));
        }
        byte[] asciiWithBom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'A', '\n'};
        assertThat(DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, asciiWithBom).document().orElseThrow()
                .mojibake()).isEmpty();
    }

    @Test
    void waiversNeedACommentOpenerSoTextsWithoutOneSkipTheMarkerSearch() {
        List<Suppression> waivers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SourcePosition at = new SourcePosition("RB-001.md", 4);
        SuppressionComment.read("runbook-governance: ignore links/broken -->", at, waivers, problems);
        SuppressionComment.read("`runbook-governance: ignore links/broken`", at, waivers, problems);
        assertThat(waivers).isEmpty();
        assertThat(problems).isEmpty();
        SuppressionComment.read("<!-- runbook-governance: ignore links/broken -->", at, waivers, problems);
        assertThat(waivers).extracting(Suppression::rule).containsExactly("links/broken");

        String text = "# RB-001\n\n<!-- runbook-governance: ignore links/broken -->\n[x](missing.md)\n";
        assertThat(DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8))
                .document().orElseThrow().suppressions()).extracting(Suppression::rule, s -> s.position().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("links/broken", 3));
    }

    // ---- the fast path scans inlines only where a link, an image or a heading's text can come from ----

    private static final String[] INLINE_PIECES = {"# Title with [a link](a.md)", "## **Bold** _heading_ `code`",
        "### Plain heading", "## Trailing blanks \t ", "#   Spaced   out   ", "# Tab\tinside", "Setext plain",
        "## 50% done & more", "## Café – résumé", "# #hash # ", "##", "#\t", "Setext *title* with <b>html</b>", "===", "---", "plain prose, nothing special",
        "prose with *emphasis*, __strong__ and `code`", "a [link](../b.md#diagnosis) in prose",
        "an ![image](img.png) and a [![badge](b.svg)](c.md)", "an autolink <https://example.com/x> here",
        "mail <mailto:sre@example.com> and <span>html</span>", "\\[escaped\\](not-a-link.md)",
        "&#91;entity&#93;(x.md) and &amp;", "`[code](span.md)` is not a link", "[ref]", "[Ref][]", "[text][ref]",
        "[ref]: /url 'title'", "[other]:", "  https://example.com/o", "see [other] and [missing]", "[unclosed",
        "](weird", "hard break  ", "back\\", "- item with [link](c.md)", "1. step <kbd>ctrl</kbd>",
        "> quoted [link](q.md)", "> plain quote", "| [a](b.md) | c |", "|---|---|", "| x | y |",
        "**Owner:** [team](t.md)", "**Last Updated:** 2026-01-01", "    indented [code](i.md)", "```", "~~~",
        "<!-- runbook-governance: ignore links/broken -->", "<div>", "</div>", "[x](<a b.md>)",
        "[multi", "line](m.md)", "<", "[", ""};

    @Test
    void theFastPathFindsLinksHeadingsAndCodeLinesWithoutATree() {
        String text = "# RB-001 *Down*\n\na [link](a.md) and <https://x.example>\n\n```\n[not](a-link.md)\n```\n";
        PlainMarkdown.Blocks blocks = PlainMarkdown.read(Lines.of(text, true), 0);
        assertThat(blocks.headings()).containsExactly(new PlainMarkdown.Heading(1, "RB-001 Down", 0));
        assertThat(blocks.links()).containsExactly(new PlainMarkdown.Link("a.md", "link", 2),
                new PlainMarkdown.Link("https://x.example", "https://x.example", 2));
        assertThat(blocks.codeLines()).containsExactly(false, false, false, false, true, true, true);
    }

    @Test
    void headingsReadTheSameOnTheFastPath() {
        List<String> headings = List.of("# RB-001: Service Down", "## Overview\n", "### Trailing blanks  \t \n",
                "#   Spaced   out   #\n", "Setext plain\n===\n", "Setext two\nlines\n---\n",
                "## 50% done, 3 > 2\n", "## Café – résumé\n", "#\n", "# *emphasis* heading\n",
                "# `code` heading\n", "# heading with \\ backslash\n", "# a_b heading\n", "  ## indented heading\n",
                "- ## heading in a list\n", "> # quoted heading\n", "# [linked](a.md) **heading**\n");
        assertReadTheSame(headings, Outcome.FAST);
    }

    /** Each text is read by the fast path with {@code outcome} and reads as commonmark reads it. */
    private static void assertReadTheSame(List<String> texts, Outcome outcome) {
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ParsedFile fast = DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, bytes, true);
            assertThat(fast.markdown()).as(text).isEqualTo(outcome);
            assertThat(PlainMarkdownTest.sameReading(fast, DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, bytes,
                    false))).as(text).isTrue();
        }
    }

    @Test
    void whatTheFastPathLeavesToCommonmarkIsReadByIt() {
        List<String> deferred = List.of("# entity &amp; heading\n", "# Tab\tinside\n", "[a](b&amp;c)\n",
                "[ref]\n\n[ref]: /url\n", "> [ref]: /url\n", "[![i](j) x](k)\n", "[a  \nb](c)\n");
        assertReadTheSame(deferred, Outcome.FALLBACK);
    }

    @Test
    void generatedDocumentsReadTheSameOnTheFastPath() {
        Random random = new Random(11);
        List<String> mismatches = new ArrayList<>();
        int links = 0;
        for (int d = 0; d < 3000; d++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                String piece = INLINE_PIECES[random.nextInt(INLINE_PIECES.length)];
                text.append(random.nextInt(4) == 0 ? "  " + piece : piece).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            ParsedFile everyInline = DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, bytes, false);
            ParsedFile needed = DocumentParser.parse("RB-001.md", DocumentKind.RUNBOOK, bytes, true);
            if (!PlainMarkdownTest.sameReading(everyInline, needed) || needed.markdown() == Outcome.FAILURE) {
                mismatches.add(escape(text.toString()));
            }
            links += everyInline.document().map(Document::links).map(List::size).orElse(0);
        }
        assertThat(mismatches).isEmpty();
        assertThat(links).as("the generated documents hold many links").isGreaterThan(3000);
    }

    static Stream<Path> fixtureMarkdown() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources", "../cli/src/test/resources", "../runbooks")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")
                        || p.toString().contains("DocumentParserFuzzTestInputs/markdown")).sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThan(40);
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtureMarkdown")
    void fixturesReadTheSameOnTheFastPath(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (DocumentKind kind : List.of(DocumentKind.RUNBOOK, DocumentKind.INCIDENT_REPORT)) {
            ParsedFile fast = DocumentParser.parse(file.toString(), kind, bytes, true);
            assertThat(fast.markdown()).isNotEqualTo(Outcome.FAILURE);
            ParsedFile library = DocumentParser.parse(file.toString(), kind, bytes, false);
            assertThat(fast.document()).isEqualTo(library.document());
            assertThat(fast.problems()).isEqualTo(library.problems());
        }
    }

    private static String document(Random random) {
        String eol = switch (random.nextInt(6)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            s.append(PIECES[random.nextInt(PIECES.length)]).append(eol);
        }
        String ending = ENDINGS[random.nextInt(ENDINGS.length)].replace("\n", eol);
        if (random.nextBoolean() && s.length() > 0) {
            s.setLength(s.length() - eol.length()); // no final line break
        }
        return s + ending;
    }

    /** Every node with its type, fields and source spans, depth first. */
    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append(" ".repeat(depth)).append(node).append(' ').append(node.getSourceSpans()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    private static String escape(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
