package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvocationTest {

    static Stream<Arguments> colourCases() {
        return Stream.of(
                Arguments.of(true, Map.of("TERM", "xterm-256color"), null, true),
                Arguments.of(true, Map.of(), null, true),
                Arguments.of(false, Map.of("TERM", "xterm"), null, false),
                Arguments.of(true, Map.of("TERM", "dumb"), null, false),
                Arguments.of(true, Map.of("TERM", "xterm", "NO_COLOR", "1"), null, false),
                Arguments.of(true, Map.of("TERM", "xterm", "NO_COLOR", ""), null, true),
                Arguments.of(false, Map.of(), Boolean.TRUE, true),
                Arguments.of(true, Map.of("TERM", "xterm"), Boolean.FALSE, false));
    }

    @ParameterizedTest(name = "terminal={0} env={1} choice={2} -> {3}")
    @MethodSource("colourCases")
    void colourOnlyOnATerminalUnlessChosen(boolean terminal, Map<String, String> env, Boolean choice,
                                           boolean expected) {
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        Invocation invocation = new Invocation(Clock.systemUTC(), env, sink, sink, terminal);

        assertThat(invocation.colour(choice)).isEqualTo(expected);
    }
}
