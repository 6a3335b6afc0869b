package org.runbookgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.RunbookId;

class IdTokensTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("RB-001: Service Down", "RB-001"),
                Arguments.of("RB-001-SERVICE-DOWN.md", "RB-001"),
                Arguments.of("see rb-12 and RB-13", "RB-12"),
                Arguments.of("XRB-001 is not at a word start", "XRB-001"),
                Arguments.of("9RB-001 follows a digit", null),
                Arguments.of("ABCDEFGHI-1 has nine letters", null),
                Arguments.of("RB-1234567 has seven digits, then RB-2", "RB-2"),
                Arguments.of("_RB-5_", "RB-5"),
                Arguments.of("R-1 has one letter", null),
                Arguments.of("éRB-7 follows a non-ASCII letter", "RB-7"),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsTheFirstIdToken(String text, String expected) {
        assertThat(IdTokens.find(text)).isEqualTo(Optional.ofNullable(expected).map(RunbookId::new));
    }

    /** The scanner against the pattern it replaces, over the characters the pattern cares about. */
    @Test
    void agreesWithThePatternSearch() {
        char[] alphabet = {'R', 'B', 'r', 'b', 'x', 'Z', '-', '-', '0', '1', '9', ' ', '_', ':', '.', 'é', '٣', 'K'};
        // Whole tokens too, so that ids of every length (and just too long) turn up often.
        String[] tokens = {"RB", "rb", "ABCDEFGH", "ABCDEFGHI", "-", "-", "1", "123456", "1234567", "x", " ", "9"};
        char[] tokenKeys = "abcdefghijkl".toCharArray();
        List<String> texts = new java.util.ArrayList<>(RandomStrings.of(alphabet, 30_000, 20, 17));
        for (String keys : RandomStrings.of(tokenKeys, 60_000, 10, 19)) {
            StringBuilder text = new StringBuilder();
            keys.chars().forEach(k -> text.append(tokens[k - 'a']));
            texts.add(text.toString());
        }
        int found = 0;
        for (String text : texts) {
            Optional<RunbookId> expected = RunbookId.findIn(text);
            assertThat(IdTokens.find(text)).as(text).isEqualTo(expected);
            found += expected.isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1_000);
        assertThat(IdTokens.find(null)).isEqualTo(RunbookId.findIn(null));
    }
}
