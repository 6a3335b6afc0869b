package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.BadInputException;

class IndexMarkersTest {

    private static final String BEGIN = "<!-- runbook-governance:begin by-alert -->";
    private static final String END = "<!-- runbook-governance:end by-alert -->";

    @Test
    void replacesOnlyTheRegionAndKeepsEveryOtherByte() {
        String readme = "# Title  \r\n\tkeep\u00a0this\r\n" + BEGIN + "\r\nold\r\n" + END + "\r\ntail without newline";

        String out = IndexMarkers.apply(readme, Map.of("by-alert", "\nnew 1\nnew 2\n\n"), "README.md");

        assertThat(out).isEqualTo("# Title  \r\n\tkeep\u00a0this\r\n" + BEGIN + "\r\n\r\nnew 1\r\nnew 2\r\n\r\n" + END
                + "\r\ntail without newline");
        assertThat(IndexMarkers.find(out, "README.md").get("by-alert").content()).isEqualTo("\nnew 1\nnew 2\n\n");
        assertThat(IndexMarkers.find(out, "README.md").get("by-alert").beginLine()).isEqualTo(3);
    }

    @Test
    void markersInsideACodeFenceAreText() {
        String readme = "```\n" + BEGIN + "\n```\n" + BEGIN + "\nx\n" + END + "\n";

        assertThat(IndexMarkers.find(readme, "README.md").get("by-alert").beginLine()).isEqualTo(4);
    }

    static Stream<Arguments> brokenMarkers() {
        return Stream.of(
                Arguments.of("a\n" + BEGIN + "\nx\n", "README.md:2: index region `by-alert` has no end marker"),
                Arguments.of(END + "\n", "README.md:1: index region `by-alert` ends but never began"),
                Arguments.of(BEGIN + "\n<!-- runbook-governance:begin directory -->\n", "README.md:2: index region "
                        + "`directory` begins inside region `by-alert`"),
                Arguments.of(BEGIN + "\n" + END + "\n" + BEGIN + "\n" + END + "\n", "README.md:3: index region "
                        + "`by-alert` appears twice"),
                Arguments.of(BEGIN + "\n<!-- runbook-governance:end directory -->\n", "README.md:2: index region "
                        + "`by-alert` (begun on line 1) is closed by an end marker for `directory`"),
                Arguments.of("<!-- runbook-governance:begin -->\n", "README.md:1: malformed index marker"),
                Arguments.of("no markers\n", "README.md: no index markers"),
                Arguments.of("<!-- runbook-governance:begin mine -->\n<!-- runbook-governance:end mine -->\n",
                        "README.md:1: unknown index region `mine`"));
    }

    @ParameterizedTest
    @MethodSource("brokenMarkers")
    void brokenMarkersAreBadInputNamingFileAndLine(String readme, String message) {
        assertThatThrownBy(() -> IndexMarkers.apply(readme, Map.of("by-alert", "\n", "directory", "\n"), "README.md"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(message);
    }
}
