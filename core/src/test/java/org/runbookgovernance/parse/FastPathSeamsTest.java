package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.ReaderUse.Reader;

/** The Markdown and front matter seams: the switch, a fast path that gives up, and one that throws. */
class FastPathSeamsTest {

    private static final String RUNBOOK = """
            ---
            id: RB-007
            owner: team-storage
            alerts:
              - DiskFilling
            ---
            # RB-007 Disk filling

            See [the dashboard](../dash.md#disk).

            ## Mitigation
            """;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSimpleRunbookIsReadByTheMarkdownFastPathUnlessTheSwitchTurnsItOff() {
        ParsedFile parsed = withProperty(null, () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        // The environment may turn it off (CI's second run does): the property cannot turn it back on.
        assertThat(parsed.markdown()).isEqualTo(FastPaths.on(Reader.MARKDOWN) ? Outcome.FAST : Outcome.LIBRARY);
        assertThat(parsed.frontMatter()).isEqualTo(Outcome.LIBRARY);
    }

    @Test
    void namingOneReaderTurnsOffOnlyItsFastPath() {
        ParsedFile parsed = withProperty("markdown",
                () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        assertThat(parsed.markdown()).isEqualTo(Outcome.LIBRARY);
        assertThat(parsed.frontMatter()).isEqualTo(Outcome.LIBRARY);
        assertThat(onWith(" ruleFiles , markdown")).doesNotContain(Reader.RULE_FILES,
                Reader.MARKDOWN);
    }

    @Test
    void frontMatterHasNoFastPathAndNamingItInTheSwitchChangesNothing() {
        assertThat(onWith(null)).doesNotContain(Reader.FRONT_MATTER);
        assertThat(onWith("frontMatter")).isEqualTo(onWith(null));
        assertThat(new ReaderUse.Tally().use().paths()).containsEntry("frontMatter", "library");
    }

    @Test
    void withTheSwitchOffTheSameRunbookIsReadByTheLibrariesAlike() {
        ParsedFile fast = withProperty(null, () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        ParsedFile library = withProperty("off",
                () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        assertThat(library.markdown()).isEqualTo(Outcome.LIBRARY);
        assertThat(library.frontMatter()).isEqualTo(Outcome.LIBRARY);
        assertThat(library.document()).isEqualTo(fast.document());
        assertThat(library.problems()).isEqualTo(fast.problems());
        assertThat(library.document().orElseThrow().links()).hasSize(1);
    }

    @Test
    void aFileWithoutFrontMatterSaysItsFrontMatterWasNotRead() {
        ParsedFile parsed = DocumentParser.parse("a.md", DocumentKind.RUNBOOK, bytes("# Title\n"));
        assertThat(parsed.frontMatter()).isEqualTo(Outcome.NONE);
    }

    @Test
    void frontMatterIsReadBySnakeyamlWhateverItsShape() {
        ParsedFile parsed = withProperty(null, () -> DocumentParser.parse("a.md", DocumentKind.RUNBOOK,
                bytes("---\nowner: {name: team-a}\n---\n# T\n")));
        assertThat(parsed.frontMatter()).isEqualTo(Outcome.LIBRARY);
        assertThat(parsed.document().orElseThrow().metadata()).extracting(MetadataEntry::label).containsExactly("owner");
    }

    @Test
    void aMarkdownFastPathThatThrowsIsCountedAndCommonmarkReadsTheFile() {
        ParsedFile reference = DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK), false);
        ParsedFile failed = DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK),
                (lines, bodyStart) -> {
                    throw new IllegalStateException("a bug in the fast path");
                });
        assertThat(failed.markdown()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.document()).isEqualTo(reference.document());
        assertThat(failed.problems()).isEqualTo(reference.problems());
    }

    @Test
    void theSwitchIsOffOnlyWhenItSaysOff() {
        assertThat(onWith("OFF ")).isEmpty();
        assertThat(onWith("on")).isEqualTo(onWith(null));
        assertThat(onWith("false")).as("only `off` turns them off").isEqualTo(onWith(null));
    }

    /** The readers whose fast paths are on with the property set to {@code value}. */
    private static Set<Reader> onWith(String value) {
        return withProperty(value, FastPaths::on);
    }

    /** Runs {@code work} with the switch's system property set to {@code value} (null: unset), then restores it. */
    static <T> T withProperty(String value, java.util.function.Supplier<T> work) {
        String before = System.getProperty(FastPaths.PROPERTY);
        set(value);
        try {
            return work.get();
        } finally {
            set(before);
        }
    }

    private static void set(String value) {
        if (value == null) {
            System.clearProperty(FastPaths.PROPERTY);
        } else {
            System.setProperty(FastPaths.PROPERTY, value);
        }
    }
}
