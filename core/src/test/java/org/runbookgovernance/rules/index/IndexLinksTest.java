package org.runbookgovernance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.RandomStrings;
import org.runbookgovernance.index.IndexPaths;

/** Differential: the index rules' link resolution against {@link IndexPaths#resolve}. */
class IndexLinksTest {

    private static final List<String> FOLDERS = List.of("", "docs", "a/b");

    static Stream<String> targets() {
        List<String> out = new ArrayList<>(List.of("", " ", "#top", "?x", "//cdn/x.md", "https://x/y.md",
                "mailto:x", "C:\\x.md", "./incidents/RB-001-SERVICE-DOWN.md", "incidents/RB-001.md#diagnosis",
                "../x.md", "../../x.md", "/x.md", "/", ".", "./", "..", "dir/", "  ./x.md  ", "x%20y.md", "a\\b.md",
                "x.md?plain=1", "./", "a/..", "a/../..", "ü.md", "\u2003x.md"));
        // Random strings over the characters that matter to resolution, with a fixed seed.
        char[] alphabet = {'a', 'x', '.', '.', '/', '/', '\\', '%', '2', '0', '#', '?', ':', ' '};
        out.addAll(RandomStrings.of(alphabet, 2000, 10, 1127L));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void resolvesAsIndexPathsDoes(String target) {
        for (String folder : FOLDERS) {
            assertThat(IndexLinks.resolve(folder, target)).as("from '%s' to '%s'", folder, target)
                    .isEqualTo(IndexPaths.resolve(folder, target));
        }
    }
}
