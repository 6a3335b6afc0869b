package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Level;

class GateTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("error", Level.ERROR, true),
                Arguments.of("error", Level.WARNING, false),
                Arguments.of("warning", Level.ERROR, true),
                Arguments.of("warning", Level.INFO, false),
                Arguments.of("info", Level.INFO, true),
                Arguments.of("never", Level.ERROR, false),
                Arguments.of("WARN", Level.WARNING, true),
                Arguments.of("error", null, false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aGateTripsAtItsLevelAndAbove(String gate, Level worst, boolean trips) {
        assertThat(Gate.parse(gate).orElseThrow().trippedBy(worst)).isEqualTo(trips);
    }

    @ParameterizedTest
    @MethodSource("io.jenkins.plugins.runbookgovernance.GateTest#unknown")
    void unknownNamesAreRejected(String text) {
        assertThat(Gate.parse(text)).isEmpty();
    }

    static Stream<String> unknown() {
        return Stream.of("", "fatal", "errors");
    }
}
