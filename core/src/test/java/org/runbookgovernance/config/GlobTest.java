package org.runbookgovernance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;

class GlobTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("**/RB-*.md", "RB-001.md", true),
                Arguments.of("**/RB-*.md", "incidents/db/RB-001-DOWN.md", true),
                Arguments.of("**/RB-*.md", "incidents/db/RB-001/x.md", false),
                Arguments.of("**/RB-*.md", "incidents/db/XRB-001.md", false),
                Arguments.of("incidents/**/*.md", "incidents/a.md", true),
                Arguments.of("incidents/**/*.md", "incidents/a/b/c.md", true),
                Arguments.of("incidents/**/*.md", "incidents.md", false),
                Arguments.of("README.md", "README.md", true),
                Arguments.of("README.md", "docs/README.md", false),
                Arguments.of("README.md", "READMEXmd", false),
                Arguments.of(".git/**", ".git/HEAD", true),
                Arguments.of(".git/**", ".github/x.md", false),
                Arguments.of("**/node_modules/**", "node_modules/p/README.md", true),
                Arguments.of("**/node_modules/**", "a/b/node_modules/p.md", true),
                Arguments.of("**/node_modules/**", "a/xnode_modules/p.md", false),
                Arguments.of("templates/**", "templates", false),
                Arguments.of("templates/**", "templates/", true),
                Arguments.of("**", "", true),
                Arguments.of("**", "a/b\nc", false), // the regex's '.' stops at a line terminator
                Arguments.of("*", "a\nb", true), // '[^/]' does not
                Arguments.of("?", "\uD83D\uDE00", true), // one code point, two chars
                Arguments.of("??", "\uD83D\uDE00", false),
                Arguments.of("docs/{a,b}/*.md", "docs/b/x.md", true),
                Arguments.of("docs/{a,b}/*.md", "docs/c/x.md", false),
                Arguments.of("{a,{b,c}d}", "cd", true),
                Arguments.of("a}b,c", "a}b,c", true),
                Arguments.of("{}x", "x", true),
                Arguments.of("*{a,b}", "x/a", false),
                Arguments.of("*{a,b}", "xa", true),
                Arguments.of("docs/*{.md,.markdown}", "docs/a/b.md", false),
                Arguments.of("a\\b", "a\\b", true),
                Arguments.of("./runbooks/*.md", "runbooks/x.md", true),
                Arguments.of("[a](b)+^$|.", "[a](b)+^$|.", true),
                Arguments.of("***", "a/b\nc", true)); // ".*[^/]*": the segment star takes the line break
    }

    @ParameterizedTest
    @MethodSource("examples")
    void matchesLikeTheRegex(String glob, String path, boolean expected) {
        Glob g = Glob.of(glob);
        assertThat(g.regex().matcher(path).matches()).as("regex").isEqualTo(expected);
        assertThat(g.matches(path)).as("glob").isEqualTo(expected);
    }

    /**
     * Where the JDK's {@code glob:} PathMatcher means something else, and characters a file name may hold: each
     * answer is the one documented in {@link Glob}.
     */
    static Stream<Arguments> notThePathMatcher() {
        return Stream.of(
                Arguments.of("**/RB-*.md", "RB-001.md", true), // "**/" also matches no folder
                Arguments.of("**/x/**", "x/y", true),
                Arguments.of("a/**/b", "a/b", true),
                Arguments.of("a/**/b", "ab", false),
                Arguments.of("{a,{b,c}d}", "bd", true), // braces nest
                Arguments.of("[a-z].md", "b.md", false), // '[' is no class
                Arguments.of("[a-z].md", "[a-z].md", true),
                Arguments.of("[!a].md", "[!a].md", true),
                Arguments.of("a\\*", "a\\bc", true), // '\\' escapes nothing
                Arguments.of("a\\*", "a*", false),
                Arguments.of("a\\{b,c}", "a\\c", true),
                Arguments.of("templates/**", "templates/", true), // the path is not normalised
                Arguments.of("a/*/b", "a//b", true),
                Arguments.of("a/b", "a//b", false),
                Arguments.of("**", "a\u0000b", true), // no Path: a NUL is just a character
                Arguments.of("*.MD", "x.md", false), // case counts on every system
                Arguments.of("*", "a\\b", true), // '\\' is no separator on any system
                Arguments.of("**/*.md", "a\rb/c.md", false), // "**/" stops at a line terminator, as '.' does
                Arguments.of("*/*.md", "a\rb/c.md", true),
                Arguments.of("?", "\n", true),
                Arguments.of("?", "\u2028", true),
                Arguments.of("x**", "x\u2029", false),
                Arguments.of("?.md", "\uD83D.md", true), // a lone surrogate is one character
                Arguments.of("*a*a*a*a*b", "a".repeat(39) + "b", true), // many stars still answer
                Arguments.of("*a*a*a*a*b", "a".repeat(40), false),
                Arguments.of("**/a**/a**/a**/a**/b", "a/".repeat(30), false),
                Arguments.of("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b,c}*", "abababcx", true));
    }

    @ParameterizedTest
    @MethodSource("notThePathMatcher")
    void meansWhatItsDocumentationSays(String glob, String path, boolean expected) {
        assertThat(Glob.of(glob).matches(path)).as("glob `%s` on `%s`", glob, path).isEqualTo(expected);
    }

    @Test
    void theSampleRepositoryConfigClassifiesItsFiles() throws java.io.IOException {
        DocumentGlobs documents = ConfigLoader.load(Path.of("../runbooks"), null).documents();
        assertThat(documents.kindOf("incidents/RB-001-SERVICE-DOWN.md")).isEqualTo(DocumentKind.RUNBOOK);
        assertThat(documents.kindOf("README.md")).isEqualTo(DocumentKind.INDEX);
        assertThat(documents.kindOf("templates/INCIDENT_REPORT_TEMPLATE.md")).isEqualTo(DocumentKind.TEMPLATE);
        assertThat(documents.kindOf("postmortems/2026-11-20-cert-rotation.md")).isEqualTo(DocumentKind.INCIDENT_REPORT);
        assertThat(documents.kindOf("a/node_modules/RB-002.md")).isNull();
    }

    @Test
    void globsAreEqualWhenWrittenAlike() {
        assertThat(Glob.of("docs/*.md")).isEqualTo(Glob.of("docs/*.md")).hasSameHashCodeAs(Glob.of("docs/*.md"))
                .isNotEqualTo(Glob.of("./docs/*.md"));
    }

    @Test
    void anUnclosedBraceIsStillRefused() {
        assertThatThrownBy(() -> Glob.of("docs/{a,b")).isInstanceOf(PatternSyntaxException.class)
                .hasMessage("Unclosed group near index 11\ndocs/(?:a|b");
    }

    @Test
    void anUnclosedBraceInTheConfigIsAnErrorAtItsLine() {
        String config = """
                documents:
                  runbooks:
                    - "docs/*.md"
                    - "docs/{a,b"
                """;
        assertThatThrownBy(() -> ConfigLoader.parse(config, ".runbook-governance.yml"))
                .isInstanceOf(org.runbookgovernance.model.BadInputException.class)
                .hasMessageContaining(".runbook-governance.yml:4")
                .hasMessageContaining("`docs/{a,b` is not a glob: a `{` is never closed with `}`");
        assertThat(Glob.mistake("docs/{a,b}/*.md")).isEmpty();
    }

    @Test
    void keepsThePatternAsWritten() {
        Glob g = Glob.of("./runbooks/*.md");
        assertThat(g.pattern()).isEqualTo("./runbooks/*.md");
        assertThat(g.regex().pattern()).isEqualTo("runbooks/[^/]*\\.md");
        assertThat(g).hasToString("Glob[pattern=./runbooks/*.md, regex=runbooks/[^/]*\\.md]");
    }
}
