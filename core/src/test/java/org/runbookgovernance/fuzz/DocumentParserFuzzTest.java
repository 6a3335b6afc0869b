package org.runbookgovernance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.parse.ParsedFile;

/**
 * Markdown parsing on arbitrary bytes: never throws, and every line it reports exists. Corpus and crash
 * reproducers live in {@code DocumentParserFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class DocumentParserFuzzTest {

    private static final String PATH = "incidents/RB-001-SERVICE-DOWN.md";

    /** Whole files: the last byte picks the document kind, the rest is the file. */
    @FuzzTest(maxDuration = "10s")
    void markdown(FuzzedDataProvider data) {
        DocumentKind kind = data.pickValue(DocumentKind.values());
        byte[] content = data.consumeRemainingAsBytes();

        ParsedFile parsed = DocumentParser.parse(PATH, kind, content);

        Invariants.sameOnEveryParse(parsed, DocumentParser.parse(PATH, kind, content));
        Invariants.parsedInside(parsed, PATH, content);
        parsed.document().ifPresent(doc -> assertThat(Runbook.from(doc).path()).isEqualTo(PATH));
    }

    /**
     * Front matter and bold label lines: text before a {@code ===} line becomes the YAML between {@code ---}
     * fences, text after it becomes label lines under a title, so both metadata paths see hostile values.
     */
    @FuzzTest(maxDuration = "10s")
    void frontMatterAndLabels(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        int split = input.indexOf("\n===\n");
        String yaml = split < 0 ? input : input.substring(0, split);
        String labels = split < 0 ? "" : input.substring(split + 5);
        byte[] content = ("---\n" + yaml + "\n---\n# RB-001: Service Down\n\n" + labels + "\n")
                .getBytes(StandardCharsets.UTF_8);

        ParsedFile parsed = DocumentParser.parse(PATH, DocumentKind.RUNBOOK, content);

        Invariants.sameOnEveryParse(parsed, DocumentParser.parse(PATH, DocumentKind.RUNBOOK, content));
        Invariants.parsedInside(parsed, PATH, content);
        parsed.document().ifPresent(doc -> {
            Runbook runbook = Runbook.from(doc);
            assertThat(runbook.path()).isEqualTo(PATH);
        });
    }
}
