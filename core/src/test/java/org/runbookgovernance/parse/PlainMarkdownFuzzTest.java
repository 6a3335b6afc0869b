package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.ReaderUse.Outcome;

/**
 * The plain Markdown reading against commonmark on fuzzed input: whenever it answers, the file read is the
 * one commonmark gives. Inputs live in {@code PlainMarkdownFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real (docs/RELIABILITY.md).
 */
class PlainMarkdownFuzzTest {

    private static final String PATH = "incidents/RB-001-SERVICE-DOWN.md";

    /** Whole files, as bytes. */
    @FuzzTest(maxDuration = "10s")
    void markdown(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        sameReading(content);
    }

    /** Lines put together from the pieces runbooks and the tricky corners of Markdown are made of. */
    @FuzzTest(maxDuration = "10s")
    void pieces(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int lines = data.consumeInt(1, 40);
        for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
            text.append(data.pickValue(PREFIXES)).append(data.pickValue(STARTS));
            int inline = data.consumeInt(0, 4);
            for (int k = 0; k < inline; k++) {
                text.append(data.pickValue(INLINES));
            }
            text.append(data.pickValue(ENDINGS));
        }
        sameReading(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void sameReading(byte[] content) {
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.RUNBOOK, DocumentKind.INCIDENT_REPORT}) {
            ParsedFile reference = DocumentParser.parse(PATH, kind, content, false);
            ParsedFile plainFirst = DocumentParser.parse(PATH, kind, content, true);
            assertThat(plainFirst.markdown()).as("the plain reader did not throw").isNotEqualTo(Outcome.FAILURE);
            assertThat(plainFirst.document()).isEqualTo(reference.document());
            assertThat(plainFirst.problems()).isEqualTo(reference.problems());
        }
    }

    private static final String[] PREFIXES = {"", "", "", " ", "  ", "   ", "    ", "\t", "> ", ">", "- ", "* ",
        "1. ", "2) ", "  - ", "   ", "> - ", "- > ", " \t", "-\t", ">\t"};
    private static final String[] STARTS = {"", "", "# ", "## ", "###### ", "####### ", "#", "```", "~~~", "````",
        "```bash", "~~~ `x`", "---", "***", "___", "===", "- - -", "<!-- ", "-->", "<div>", "</div>", "<pre>",
        "</pre>", "<?x ", "<!X ", "<![CDATA[ ", "]]>", "<span>", "[ref]: /url", "[ref]: /url 'title'", "**Owner:** ",
        "**Last Review:** 2026-01-01", "| a | b |", "|---|---|", "RB-002 ", "    code"};
    private static final String[] INLINES = {"text ", "[link](a.md)", "[link](a.md#x)", "![img](i.png)",
        "[a](<b c>)", "[a](b \"t\")", "[a](b 't')", "[a](b (t))", "[a]( b )", "[a]()", "[a](b(c)d)", "[a](b\\)c)",
        "[a](&amp;)", "[a\\]b](c)", "[a [b] c](d)", "[a [b](c) d](e)", "[![i](j)](k)", "[ref]", "[ref][]",
        "[x][ref]", "<https://x.example/a>", "<a@b.example>", "<b>", "</b>", "<!-- c -->", "`code`", "``a`b``",
        "`", "``", "\\[", "\\`", "\\", "&amp;", "&#91;", "&nosuch;", "*", "**", "_", "__", "*em*", "**strong**",
        "_u_", "a_b_c", "***x***", "*a **b** c*", "[", "]", "(", ")", "!", "<", ">", "\"", "'", "é", "😀", "\t",
        "  ", "[multi", "line](m.md)", "`multi", "line`"};
    private static final String[] ENDINGS = {"\n", "\n", "\n\n", "  \n", "\\\n", "\r\n", "\r", ""};
}
