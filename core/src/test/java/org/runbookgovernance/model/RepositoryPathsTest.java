package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "incidents/RB-001.md | ../README.md        | README.md",
        "incidents/RB-001.md | ./RB-002.md         | incidents/RB-002.md",
        "incidents/RB-001.md | /templates/T.md     | templates/T.md",
        "incidents/RB-001.md | RB-002.md#diagnosis | incidents/RB-002.md",
        "incidents/RB-001.md | On%20Call.md?x=1    | incidents/On Call.md",
        "README.md           | a/./b/../c.md       | a/c.md",
        "README.md           | a\\b.md             | a/b.md",
        "README.md           | ../x.md             | ",
        "a/b/c.md            | ../../../x.md       | "})
    void resolvesALinkRelativeToTheDocumentFolder(String from, String target, String expected) {
        assertThat(RepositoryPaths.resolveLink(from, target)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On%20Call.md | On Call.md",
        "a+b.md       | a+b.md",
        "%E2%9C%85.md | ✅.md",
        "100%.md      | 100%.md",
        "x%2          | x%2",
        "bad%zz.md    | bad%zz.md"})
    void decodesPercentEscapesLikeAUrlPath(String text, String expected) {
        assertThat(RepositoryPaths.decode(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "incidents/RB-001.md | incidents/",
        "README.md           | ''"})
    void folderOfAFileEndsInASlash(String file, String folder) {
        assertThat(RepositoryPaths.folderOf(file)).isEqualTo(folder);
    }

    /** The folding as a list of segments, the way it was first written: the reference for the one-pass fold. */
    private static Optional<String> segmentsReference(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.replace('\\', '/').split("/")) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "./", "../", "/", "//", "x.md", "../x.md", "/../x.md", "a//b.md", "a/./b.md",
        "a/../b.md", "a/b/../../..", "x/..", "x/../..", "dir/", "...", "..x", ".x", "a/.../b", " x.md ", "a\\b.md",
        "..\\x.md", "a\\..\\..", "ü/../ß.md", "./incidents/identity/RB-01046-DATABASE-REPLICATION-LAG.md"})
    void foldsAsTheSegmentListDoes(String path) {
        assertThat(RepositoryPaths.normalize(path)).as("'%s'", path).isEqualTo(segmentsReference(path));
    }

    @Test
    void foldsSeededRandomPathsAsTheSegmentListDoes() {
        char[] alphabet = {'a', 'b', '.', '.', '.', '/', '/', '/', '\\', ' ', 'é'};
        Random random = new Random(20261127L);
        int leaving = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                path.append(alphabet[random.nextInt(alphabet.length)]);
            }
            Optional<String> expected = segmentsReference(path.toString());
            assertThat(RepositoryPaths.normalize(path.toString())).as("'%s'", path).isEqualTo(expected);
            leaving += expected.isEmpty() ? 1 : 0;
        }
        assertThat(leaving).as("paths that climb out of the repository").isBetween(100, 4900);
    }
}
