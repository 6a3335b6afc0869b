package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ReaderUse.Outcome;
import org.runbookgovernance.model.ReaderUse.Reader;
import org.runbookgovernance.model.Suppression;

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
    void aSimpleRunbookIsReadByBothFastPathsUnlessTheSwitchTurnsThemOff() {
        ParsedFile parsed = withProperty(null, () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        // The environment may turn them off (CI's second run does): the property cannot turn them back on.
        assertThat(parsed.markdown()).isEqualTo(FastPaths.on(Reader.MARKDOWN) ? Outcome.FAST : Outcome.LIBRARY);
        assertThat(parsed.frontMatter()).isEqualTo(FastPaths.on(Reader.FRONT_MATTER) ? Outcome.FAST : Outcome.LIBRARY);
    }

    @Test
    void namingOneReaderTurnsOffOnlyItsFastPath() {
        ParsedFile parsed = withProperty("frontMatter",
                () -> DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK)));
        assertThat(parsed.frontMatter()).isEqualTo(Outcome.LIBRARY);
        assertThat(parsed.markdown()).isEqualTo(FastPaths.on(Reader.MARKDOWN) ? Outcome.FAST : Outcome.LIBRARY);
        assertThat(onWith(" ruleFiles , markdown")).doesNotContain(Reader.RULE_FILES,
                Reader.MARKDOWN);
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
    void frontMatterOutsideTheSubsetFallsBackToSnakeyaml() {
        ParsedFile parsed = withProperty(null, () -> DocumentParser.parse("a.md", DocumentKind.RUNBOOK,
                bytes("---\nowner: {name: team-a}\n---\n# T\n")));
        assertThat(parsed.frontMatter())
                .isEqualTo(FastPaths.on(Reader.FRONT_MATTER) ? Outcome.FALLBACK : Outcome.LIBRARY);
        assertThat(parsed.document().orElseThrow().metadata()).extracting(MetadataEntry::label).containsExactly("owner");
    }

    @Test
    void aMarkdownFastPathThatThrowsIsCountedAndCommonmarkReadsTheFile() {
        ParsedFile reference = DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK),
                DocumentParser.markdown(true));
        ParsedFile failed = DocumentParser.parse("RB-007.md", DocumentKind.RUNBOOK, bytes(RUNBOOK),
                DocumentParser.markdown(true), (lines, bodyStart) -> {
                    throw new IllegalStateException("a bug in the fast path");
                });
        assertThat(failed.markdown()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.document()).isEqualTo(reference.document());
        assertThat(failed.problems()).isEqualTo(reference.problems());
    }

    @Test
    void aFrontMatterFastPathThatThrowsIsCountedAndSnakeyamlReadsTheBlock() {
        List<String> lines = RUNBOOK.lines().toList();
        List<Problem> problems = new ArrayList<>();
        FrontMatter.Block block = FrontMatter.locate(lines, "RB-007.md", problems);
        List<MetadataEntry> viaLibrary = new ArrayList<>();
        List<MetadataEntry> afterFailure = new ArrayList<>();
        List<Suppression> waivers = new ArrayList<>();
        Outcome library = FrontMatter.read(lines, block, "RB-007.md", viaLibrary, waivers, problems, false);
        Outcome failure = FrontMatter.read(lines, block, "RB-007.md", afterFailure, waivers, problems, yaml -> {
            throw new IllegalArgumentException("a bug in the fast path");
        });
        assertThat(library).isEqualTo(Outcome.LIBRARY);
        assertThat(failure).isEqualTo(Outcome.FAILURE);
        assertThat(afterFailure).isEqualTo(viaLibrary).extracting(MetadataEntry::label)
                .containsExactly("id", "owner", "alerts");
        assertThat(problems).isEmpty();
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
