package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Mojibake;
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
            List<String> lines = DocumentParser.lines(text);
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
        assertThat(DocumentParser.body(text, true, DocumentParser.lines(text), 0)).isSameAs(text);
        String blankLast = "# RB-001\n\n";
        assertThat(DocumentParser.body(blankLast, true, DocumentParser.lines(blankLast), 0)).isEqualTo("# RB-001\n");
        String crlf = "---\r\na: 1\r\n---\r\n# T\r\n";
        assertThat(DocumentParser.body(crlf, false, DocumentParser.lines(crlf), 3)).isEqualTo("# T");
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
