package org.runbookgovernance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.RandomStrings;
import org.runbookgovernance.index.IndexPaths;

/**
 * Differential: the index rules' link resolution against {@link IndexPaths#resolve}, over named edge cases (one
 * test case each) and seeded random strings (one test).
 */
class IndexLinksTest {

    private static final List<String> FOLDERS = List.of("", "docs", "a/b");

    /** Strings over the characters that matter to resolution, with a fixed seed. */
    private static final List<String> RANDOM = RandomStrings.of(
            new char[] {'a', 'x', '.', '.', '/', '/', '\\', '%', '2', '0', '#', '?', ':', ' '}, 2000, 10, 1127L);

    static Stream<String> edgeCases() {
        return Stream.of("", " ", "#top", "?x", "//cdn/x.md", "https://x/y.md",
                "mailto:x", "C:\\x.md", "./incidents/RB-001-SERVICE-DOWN.md", "incidents/RB-001.md#diagnosis",
                "../x.md", "../../x.md", "/x.md", "/", ".", "./", "..", "dir/", "  ./x.md  ", "x%20y.md", "a\\b.md",
                "x.md?plain=1", "./", "a/..", "a/../..", "ü.md", "\u2003x.md");
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void resolvesAsIndexPathsDoes(String target) {
        assertResolvesAsIndexPaths(target);
    }

    @Test
    void resolvesRandomTargetsAsIndexPathsDoes() {
        RANDOM.forEach(IndexLinksTest::assertResolvesAsIndexPaths);
    }

    private static void assertResolvesAsIndexPaths(String target) {
        for (String folder : FOLDERS) {
            assertThat(IndexLinks.resolve(folder, target)).as("from '%s' to '%s'", folder, target)
                    .isEqualTo(IndexPaths.resolve(folder, target));
        }
    }
}
