package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
