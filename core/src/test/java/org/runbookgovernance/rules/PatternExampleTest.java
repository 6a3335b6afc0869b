package org.runbookgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternExampleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("three digits are written as a number", "RB-\\d{3}", "", "RB-001"),
                Arguments.of("the fill takes the first free-text part that accepts it",
                        "runbook/RB-\\d{3}-[a-z0-9-]+", "disk-full", "runbook/RB-001-disk-full"),
                Arguments.of("a fill the class refuses is lower-cased", "[a-z-]+", "Disk-Full", "disk-full"),
                Arguments.of("then loses the characters the class refuses", "[a-z]+", "Disk Full", "diskfull"),
                Arguments.of("the first alternative is taken", "(INC|RB)-\\d+", "", "INC-1"),
                Arguments.of("anchors take no text", "^ops/[a-z]+$", "db", "ops/db"),
                Arguments.of("an optional character is left out", "v?\\d{2}", "", "01"),
                Arguments.of("an optional group is written once", "(v)?\\d{2}", "", "v01"),
                Arguments.of("a starred part is left out", "[A-Z]+(-[A-Z]+)*", "", "A"),
                Arguments.of("a dot takes the fill", "runbook/.+", "short-description", "runbook/short-description"),
                Arguments.of("a look-ahead is not built from", "(?!main).+", "x", null),
                Arguments.of("a back-reference is not built from", "(a)\\1", "", null),
                Arguments.of("an unbounded repetition of a class with no preferred character is not built from",
                        "[\\u4e00-\\u9fff]+", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsATextThePatternAccepts(String name, String regex, String fill, String expected) {
        Pattern pattern = Pattern.compile(regex);
        Optional<String> example = PatternExample.of(pattern, fill);
        assertThat(example).isEqualTo(Optional.ofNullable(expected));
        example.ifPresent(x -> assertThat(pattern.matcher(x).matches()).isTrue());
    }
}
