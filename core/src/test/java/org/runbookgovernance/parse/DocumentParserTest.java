package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.Mojibake;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.RunbookGap;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;

class DocumentParserTest {

    private static ParsedFile parse(String markdown) {
        return parse(DocumentKind.RUNBOOK, markdown);
    }

    private static ParsedFile parse(DocumentKind kind, String markdown) {
        return DocumentParser.parse("incidents/RB-001.md", kind, markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static Document document(String markdown) {
        ParsedFile parsed = parse(markdown);
        assertThat(parsed.problems()).isEmpty();
        return parsed.document().orElseThrow();
    }

    @Test
    void frontMatterKeysBecomeEntriesWithTheirFileLines() {
        Document doc = document("""
                ---
                id: RB-001
                title: "Service Down: all pods"
                last_review: 2024-11-19
                next_review: 2024-12-19 (monthly review)
                version: 2.1
                alerts:
                  - ServiceDown
                  - HighErrorRate
                Review Cadence: quarterly
                runbook:
                  nested: true
                ---
                # RB-001: Service Down
                """);
        assertThat(doc.metadata())
                .extracting(MetadataEntry::key, MetadataEntry::label, MetadataEntry::value, MetadataEntry::note,
                        MetadataEntry::line)
                .containsExactly(
                        tuple("id", "id", "RB-001", "", 2),
                        tuple("title", "title", "Service Down: all pods", "", 3),
                        tuple("last_review", "last_review", "2024-11-19", "", 4),
                        tuple("next_review", "next_review", "2024-12-19", "monthly review", 5),
                        tuple("version", "version", "2.1", "", 6),
                        tuple("alerts", "alerts", "ServiceDown, HighErrorRate", "", 7),
                        tuple("review_interval", "Review Cadence", "quarterly", "", 10),
                        tuple("runbook", "runbook", "", "", 11));
        assertThat(doc.entry("alerts").orElseThrow().items()).containsExactly("ServiceDown", "HighErrorRate");
        assertThat(doc.entry("runbook").orElseThrow().items()).isEmpty();
        assertThat(doc.metadata()).allMatch(e -> e.source() == MetadataSource.FRONT_MATTER);
        assertThat(doc.title()).contains("RB-001: Service Down");
        assertThat(doc.titleLine()).isEqualTo(14);
        assertThat(doc.lineCount()).isEqualTo(14);
    }

    @Test
    void malformedFrontMatterIsReportedAtItsFileLineAndTheBodyIsStillRead() {
        ParsedFile parsed = parse("""
                ---
                id: RB-001
                owner: platform-sre
                title: [unclosed
                ---
                # RB-001: Service Down

                **Owner:** platform-sre
                """);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.MALFORMED_METADATA);
            assertThat(p.position()).isEqualTo(new SourcePosition("incidents/RB-001.md", 4));
            assertThat(p.message()).startsWith("malformed front matter: ").contains("fix the YAML");
        });
        Document doc = parsed.document().orElseThrow();
        assertThat(doc.title()).contains("RB-001: Service Down");
        assertThat(doc.titleLine()).isEqualTo(6);
        assertThat(doc.metadata()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("owner");
            assertThat(e.line()).isEqualTo(8);
        });
    }

    @Test
    void badIndentationIsReportedAtTheOffendingLine() {
        ParsedFile parsed = parse("---\nid: RB-001\nowner: a\n  bad: indent\n---\n# T\n");
        assertThat(parsed.problems()).extracting(p -> p.position().line()).containsExactly(4);
    }

    @Test
    void frontMatterThatIsNotAMappingIsMalformed() {
        ParsedFile parsed = parse("---\n- one\n- two\n---\n# Title\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.MALFORMED_METADATA);
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("front matter is not a mapping: ").contains("list");
        });
        assertThat(parsed.document().orElseThrow().titleLine()).isEqualTo(5);
    }

    @Test
    void unclosedFrontMatterIsMalformed() {
        ParsedFile parsed = parse("---\nid: RB-001\n# Title\n");
        assertThat(parsed.problems()).extracting(Problem::ruleId, p -> p.position().line())
                .containsExactly(tuple(ProblemIds.MALFORMED_METADATA, 1));
        assertThat(parsed.document()).isPresent();
    }

    @Test
    void scalarAlertsInFrontMatterAreSplitLikeLabelLines() {
        Document doc = document("---\nalerts: ServiceDown, `HighErrorRate`\nowner: a, b\n---\n# T\n");
        assertThat(doc.entry("alerts").orElseThrow().items()).containsExactly("ServiceDown", "HighErrorRate");
        assertThat(doc.entry("owner").orElseThrow().items()).containsExactly("a, b");
    }

    @Test
    void frontMatterClosedByDotsAndEmptyFrontMatterAreAccepted() {
        assertThat(document("---\nid: RB-002\n...\n# T\n").entry("id").map(MetadataEntry::value)).contains("RB-002");
        assertThat(document("---\n---\n# T\n").metadata()).isEmpty();
    }

    @Test
    void labelLinesInsideCodeBlocksDoNotCount() {
        Document doc = document("# T\n\n```\n**Owner:** nobody\n```\n\n    **Status:** indented code\n");
        assertThat(doc.metadata()).isEmpty();
    }

    @Test
    void frontMatterComesBeforeLabelLines() {
        Document doc = document("---\nowner: from-yaml\n---\n# T\n\n**Owner:** from-label\n");
        assertThat(doc.entries("owner")).extracting(MetadataEntry::value, MetadataEntry::source)
                .containsExactly(tuple("from-yaml", MetadataSource.FRONT_MATTER),
                        tuple("from-label", MetadataSource.LABEL_LINE));
    }

    @Test
    void headingsKeepEmojiDropInlineMarkupAndCountSetextHeadings() {
        Document doc = document("""
                Service *Down*
                ==============

                ## 🚨 Step `1`: [check](./x.md) pods
                ### Repeated
                ### Repeated
                """);
        assertThat(doc.headings()).extracting(Heading::level, Heading::text, Heading::anchor, Heading::line)
                .containsExactly(tuple(1, "Service Down", "service-down", 1),
                        tuple(2, "🚨 Step 1: check pods", "-step-1-check-pods", 4),
                        tuple(3, "Repeated", "repeated", 5),
                        tuple(3, "Repeated", "repeated-1", 6));
        assertThat(doc.title()).contains("Service Down");
        assertThat(doc.titleLine()).isEqualTo(1);
    }

    @Test
    void noTitleWithoutAnH1() {
        Document doc = document("## Only a section\n");
        assertThat(doc.title()).isEmpty();
        assertThat(doc.titleLine()).isZero();
    }

    @Test
    void linksCarryFileLinesAfterFrontMatter() {
        Document doc = document("""
                ---
                id: RB-001
                ---
                # RB-001

                See [the framework](../FRAMEWORK.md#escalation) and
                a second line with [RB-002](./RB-002.md "title") and ![diagram](img/flow.png).

                | ID | Link |
                |----|------|
                | RB-005 | [DB](./RB-005.md) |

                Reference style: [the guide][guide] and <https://status.example.com>.

                [guide]: ../quick-reference/ON_CALL_GUIDE.md
                """);
        assertThat(doc.links()).extracting(Link::target, Link::text, Link::line)
                .containsExactly(
                        tuple("../FRAMEWORK.md#escalation", "the framework", 6),
                        tuple("./RB-002.md", "RB-002", 7),
                        tuple("img/flow.png", "diagram", 7),
                        tuple("./RB-005.md", "DB", 11),
                        tuple("../quick-reference/ON_CALL_GUIDE.md", "the guide", 13),
                        tuple("https://status.example.com", "https://status.example.com", 13));
    }

    @Test
    void suppressionCommentsBecomeWaivers() {
        ParsedFile parsed = parse("""
                # RB-001

                <!-- runbook-governance: ignore freshness/overdue until 2025-01-31 waiting for the migration -->
                Text <!-- runbook-governance: ignore links/broken, alerts/* -->
                <!-- runbook-governance: ignore metadata/missing-owner until 2025-02-30 typo -->
                <!-- runbook-governance: ignore Not A Rule -->
                <!-- an ordinary comment -->
                <!-- runbook-governance: begin directory -->
                <!-- runbook-governance: end directory -->
                <!-- runbook-governance: forget links/broken -->
                ```
                <!-- runbook-governance: ignore in/code -->
                ```
                """);
        Document doc = parsed.document().orElseThrow();
        assertThat(doc.suppressions())
                .extracting(Suppression::rule, Suppression::until, Suppression::reason, s -> s.position().line())
                .containsExactly(
                        tuple("freshness/overdue", Optional.of(LocalDate.of(2025, 1, 31)), "waiting for the migration", 3),
                        tuple("links/broken", Optional.empty(), "", 4),
                        tuple("alerts/*", Optional.empty(), "", 4));
        assertThat(parsed.problems()).extracting(Problem::ruleId, p -> p.position().line())
                .as("index markers (lines 8, 9) are not waivers and not malformed; `forget` is")
                .containsExactly(tuple(ProblemIds.MALFORMED_METADATA, 5), tuple(ProblemIds.MALFORMED_METADATA, 6),
                        tuple(ProblemIds.MALFORMED_METADATA, 10));
        assertThat(parsed.problems().get(0).message()).contains("`until 2025-02-30`").contains("YYYY-MM-DD");
    }

    @Test
    void frontMatterGovernanceBlockBecomesWaivers() {
        ParsedFile parsed = parse("""
                ---
                id: RB-001
                governance:
                  ignore:
                    - links/broken
                    - rule: freshness/overdue
                      until: 2025-03-01
                      reason: team reorganisation
                    - rule: metadata/missing-owner
                      until: soon
                ---
                # RB-001
                """);
        Document doc = parsed.document().orElseThrow();
        assertThat(doc.suppressions())
                .extracting(Suppression::rule, Suppression::until, Suppression::reason, s -> s.position().line())
                .containsExactly(tuple("links/broken", Optional.empty(), "", 5),
                        tuple("freshness/overdue", Optional.of(LocalDate.of(2025, 3, 1)), "team reorganisation", 6));
        assertThat(doc.entry("governance")).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.MALFORMED_METADATA);
            assertThat(p.position().line()).isEqualTo(9);
            assertThat(p.message()).contains("`until: soon`");
        });
    }

    @Test
    void shortGovernanceFormIsAccepted() {
        Document doc = document("---\ngovernance: {ignore: [freshness/overdue, links/*]}\n---\n# T\n");
        assertThat(doc.suppressions()).extracting(Suppression::rule).containsExactly("freshness/overdue", "links/*");
    }

    @Test
    void incidentReportGapsAreReadFromTheRunbookGapsSection() {
        ParsedFile parsed = parse(DocumentKind.INCIDENT_REPORT, """
                # Incident 2024-11-03: checkout outage

                **Date:** 2024-11-03
                **Severity:** P0

                ## Timeline

                - RB-009 was not used.

                ## Runbook Gaps

                - RB-001: step 4 restarts the wrong deployment; see RB-005 for the pool
                - [RB-003](../incidents/RB-003-HIGH-LATENCY.md): no gap
                - RB-002, RB-010: missing heap dump command
                * Missing cache flush in rb-012
                - None for RB-007

                ### Follow-up notes

                - RB-004: nested section still counts

                ## Action Items

                - RB-006: not a gap, outside the section
                """);
        Document doc = parsed.document().orElseThrow();
        assertThat(doc.gaps()).extracting(g -> g.runbook().value(), RunbookGap::note, RunbookGap::incidentDate,
                        g -> g.position().line())
                .containsExactly(
                        tuple("RB-001", "step 4 restarts the wrong deployment; see RB-005 for the pool",
                                Optional.of(LocalDate.of(2024, 11, 3)), 12),
                        tuple("RB-002", "missing heap dump command", Optional.of(LocalDate.of(2024, 11, 3)), 14),
                        tuple("RB-010", "missing heap dump command", Optional.of(LocalDate.of(2024, 11, 3)), 14),
                        tuple("RB-012", "Missing cache flush in rb-012", Optional.of(LocalDate.of(2024, 11, 3)), 15),
                        tuple("RB-004", "nested section still counts", Optional.of(LocalDate.of(2024, 11, 3)), 20));
    }

    @Test
    void gapsAreOnlyReadFromIncidentReports() {
        Document doc = document("# RB-001\n\n## Runbook Gaps\n\n- RB-001: something\n");
        assertThat(doc.gaps()).isEmpty();
    }

    @Test
    void incidentDateFromFrontMatter() {
        Document doc = parse(DocumentKind.INCIDENT_REPORT,
                "---\nincident_date: 2025-01-05\n---\n# PIR\n\n## Runbook gaps\n\n1. RB-008 - no rollback step\n")
                .document().orElseThrow();
        assertThat(doc.gaps()).singleElement().satisfies(g -> {
            assertThat(g.runbook()).isEqualTo(RunbookId.of("RB-008"));
            assertThat(g.note()).isEqualTo("no rollback step");
            assertThat(g.incidentDate()).contains(LocalDate.of(2025, 1, 5));
            assertThat(g.position().line()).isEqualTo(8);
        });
    }

    @Test
    void mojibakeIsFoundPerLine() {
        Document doc = document("# Caf\u00c3\u00a9\n\nok line\n\u00e2\u0153\u2026 done and \u00c3\u00a9 too\nnormal caf\u00e9 \u00e2\u20ac\u201c\n");
        assertThat(doc.mojibake()).extracting(Mojibake::line, Mojibake::sample, Mojibake::repaired)
                .containsExactly(tuple(1, "Ã©", "é"), tuple(4, "âœ…", "✅"), tuple(5, "â€“", "–"));
    }

    @Test
    void legitimateAccentsAndSymbolsAreNotMojibake() {
        Document doc = document("# Résumé — naïve café 📋 ✅ → ±5°C, © 2024, “quotes”, Größe, ½, Ærø\n");
        assertThat(doc.mojibake()).isEmpty();
    }

    @Test
    void mojibakeIsCappedPerFile() {
        Document doc = document("# T\n" + "\u00e2\u0153\u2026 x\n".repeat(500));
        assertThat(doc.mojibake()).hasSize(DocumentParser.MAX_MOJIBAKE);
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsValidUtf8() {
        ParsedFile parsed = DocumentParser.parse("a.md", DocumentKind.RUNBOOK,
                "# T\n\nunknown glyph \ufffd here\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.document().orElseThrow().lineCount()).isEqualTo(3);
    }

    @Test
    void loneCarriageReturnsEndLinesToo() {
        assertThat(Lines.of("a\rb\r\nc\n\nd")).containsExactly("a", "b", "c", "", "d");
        assertThat(Lines.of("a\nb\n")).containsExactly("a", "b");
        assertThat(Lines.of("")).isEmpty();
    }

    @Test
    void crlfAndByteOrderMarkAreAccepted() {
        String md = "---\r\nid: RB-001\r\n---\r\n# RB-001: Down\r\n\r\n**Owner:** sre\r\n\r\nSee [x](./x.md).\r\n";
        byte[] text = md.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        ParsedFile parsed = DocumentParser.parse("a.md", DocumentKind.RUNBOOK, withBom);
        assertThat(parsed.problems()).isEmpty();
        Document doc = parsed.document().orElseThrow();
        assertThat(doc.entry("id").map(MetadataEntry::value)).contains("RB-001");
        assertThat(doc.entry("owner").map(MetadataEntry::value)).contains("sre");
        assertThat(doc.entry("owner").map(MetadataEntry::line)).contains(6);
        assertThat(doc.title()).contains("RB-001: Down");
        assertThat(doc.links()).extracting(Link::line).containsExactly(8);
        assertThat(doc.lineCount()).isEqualTo(8);
    }

    @Test
    void binaryContentIsSkipped() {
        ParsedFile parsed = DocumentParser.parse("a.md", DocumentKind.RUNBOOK, new byte[] {'#', ' ', 'x', '\n', 0, 1});
        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::ruleId, p -> p.position().line())
                .containsExactly(tuple(ProblemIds.BINARY, 2));
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] bytes = "# Title\n\nline three \u00e9\nline four X\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xE9; // Latin-1 é where UTF-8 was expected, on line 4
        ParsedFile parsed = DocumentParser.parse("a.md", DocumentKind.RUNBOOK, bytes);
        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(ProblemIds.ENCODING);
            assertThat(p.position().line()).isEqualTo(4);
            assertThat(p.message()).contains("0xE9").contains("re-save the file as UTF-8");
        });
    }

    @Test
    void overlongLineIsTooLarge() {
        String md = "# T\n\n" + "x".repeat(DocumentParser.MAX_LINE_CHARS + 1) + "\n";
        ParsedFile parsed = parse(md);
        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::ruleId, p -> p.position().line())
                .containsExactly(tuple(ProblemIds.TOO_LARGE, 3));
    }

    @Test
    void deeplyNestedQuotesDoNotCrash() {
        ParsedFile parsed = parse("# T\n\n" + ">".repeat(10_000) + " deep [link](./x.md)\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.document().orElseThrow().links()).extracting(Link::target, Link::line)
                .containsExactly(tuple("./x.md", 3));
    }

    @Test
    void aShortBodyKeepsWhatThePageSaysWithoutTitleLabelsBlanksRulesOrComments() {
        Document shortPage = document("---\nowner: sre\n---\n# RB-014: Queue Backlog\n\n**Last Updated:** 2026-03-01\n"
                + "\n---\n<!-- kept for old links -->\nReplaced by [RB-021](./RB-021.md).\n  See also the wiki.  \n");
        assertThat(shortPage.shortBody()).contains("Replaced by [RB-021](./RB-021.md).\nSee also the wiki.");

        StringBuilder longer = new StringBuilder("# T\n\n");
        for (int i = 1; i <= Document.SHORT_BODY_LINES + 1; i++) {
            longer.append("Line ").append(i).append(".\n\n");
        }
        assertThat(document(longer.toString()).shortBody()).isEmpty();
        assertThat(document("# T\n").shortBody()).contains("");
    }

    @Test
    void aShortBodyIsJudgedOnStrippedLinesAndKeepsAsManyAsAllowed() {
        Document crlf = document("# T\r\n \t \r\n  * * *  \r\n<!-->\r\n  One.\t\r\nTwo.\r\n");
        assertThat(crlf.shortBody()).contains("One.\nTwo.");

        StringBuilder exactly = new StringBuilder("# T\n\n");
        for (int i = 1; i <= Document.SHORT_BODY_LINES; i++) {
            exactly.append("Line ").append(i).append(".\n");
        }
        assertThat(document(exactly.toString()).shortBody())
                .contains("Line 1.\nLine 2.\nLine 3.\nLine 4.\nLine 5.");
    }

    @Test
    void frontMatterFencesMayEndInWhitespaceAndCloseWithDots() {
        Document doc = document("---  \nid: RB-001\n\"quoted key\": x\n...\t\n# RB-001: Down\n");
        assertThat(doc.metadata()).extracting(MetadataEntry::label, MetadataEntry::line)
                .containsExactly(tuple("id", 2), tuple("quoted key", 3));
        assertThat(doc.title()).contains("RB-001: Down");
    }

    @Test
    void frontMatterKeysKeepTheirFileLinesWithCrlf() {
        Document doc = document("---\r\nid: RB-001\r\n\r\n# a comment\r\nowner: sre\r\n---\r\n# T\r\n");
        assertThat(doc.metadata()).extracting(MetadataEntry::key, MetadataEntry::value, MetadataEntry::line)
                .containsExactly(tuple("id", "RB-001", 2), tuple("owner", "sre", 5));
    }

    @Test
    void deeplyNestedListsDoNotCrash() {
        ParsedFile oneLine = parse("# T\n\n" + "- ".repeat(10_000) + "[deep](./deep.md)\n");
        assertThat(oneLine.problems()).isEmpty();
        assertThat(oneLine.document().orElseThrow().links()).extracting(Link::line).containsExactly(3);

        // one item per line, each indented one level deeper: 1,000 levels keep the file under the size limit.
        // commonmark stops opening blocks past 100 (its default), so deeper lines degrade to paragraph text.
        ParsedFile manyLines = parse(nestedItems(1_000));
        assertThat(manyLines.problems()).isEmpty();
        assertThat(manyLines.document().orElseThrow().title()).contains("T");

        Document shallow = parse(nestedItems(30)).document().orElseThrow();
        assertThat(shallow.headings()).extracting(Heading::text, Heading::line)
                .containsExactly(tuple("T", 1), tuple("After", 34));
    }

    private static String nestedItems(int depth) {
        StringBuilder md = new StringBuilder("# T\n\n");
        for (int i = 0; i < depth; i++) {
            md.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return md.append("\n## After\n").toString();
    }

    @Test
    void parsingIsThreadSafe() throws Exception {
        String md = "---\nid: RB-001\n---\n# RB-001: Down\n\n## 📋 Overview\n\nSee [x](./x.md).\n\n**Owner:** sre\n";
        Document expected = document(md);
        List<java.util.concurrent.Callable<Document>> tasks = java.util.Collections.nCopies(64,
                () -> DocumentParser.parse("incidents/RB-001.md", DocumentKind.RUNBOOK,
                        md.getBytes(StandardCharsets.UTF_8)).document().orElseThrow());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (java.util.concurrent.Future<Document> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
