package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;

/** {@code require_runbook_for} with labels, P-levels and the labelling schemes teams use. */
class RequiredSeveritiesTest {

    private static final Map<String, String> S_SCHEME = Map.of("s1", "P0", "s2", "P1", "s3", "P2", "s4", "P3");

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, require_runbook_for, severity_map (null: default), label, required?
                Arguments.of("the default asks it of critical alerts", List.of("critical"), null, "critical", true),
                Arguments.of("labels are compared ignoring case", List.of("critical"), null, "Critical", true),
                Arguments.of("the default does not ask it of warnings", List.of("critical"), null, "warning", false),
                Arguments.of("nor of high, which may be P2", List.of("critical"), null, "high", false),
                Arguments.of("a label entry matches only that label", List.of("critical"), S_SCHEME, "s1", false),
                Arguments.of("a raw label of another scheme can be named", List.of("s1", "s2"), null, "s2", true),
                Arguments.of("a P-level matches the labels mapped into it", List.of("P0", "P1"), S_SCHEME, "s2", true),
                Arguments.of("and not the labels mapped outside it", List.of("P0", "P1"), S_SCHEME, "s3", false),
                Arguments.of("a P-range entry is the same as its levels", List.of("P0-P1"), S_SCHEME, "s1", true),
                Arguments.of("a label mapped to a range is required only when the whole range is",
                        List.of("P1"), null, "critical", false),
                Arguments.of("the whole range within the levels named is required", List.of("P0", "P1"), null,
                        "critical", true),
                Arguments.of("a label that is a P-level needs no map entry", List.of("P0-P1"), Map.of(), "P1", true),
                Arguments.of("an unmapped label matches no P-level", List.of("P0-P1"), Map.of(), "page", false),
                Arguments.of("a paging scheme is mapped like any other", List.of("P0"), Map.of("page", "P0"),
                        "page", true),
                Arguments.of("a star asks it of every alert", List.of("*"), null, "info", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, List<String> require, Map<String, String> severityMap, String label, boolean expected) {
        AlertSettings settings = new AlertSettings(List.of(), Map.of(), AlertSettings.DEFAULT_ANNOTATIONS, require,
                severityMap == null ? AlertSettings.DEFAULT_SEVERITY_MAP : severityMap, true);

        assertThat(new RequiredSeverities(settings).requires(Optional.of(label))).isEqualTo(expected);
        assertThat(settings.requiresRunbook(Optional.of(label))).isEqualTo(expected);
    }

    @Test
    void anAlertWithoutASeverityIsRequiredOnlyByAStar() {
        AlertSettings critical = AlertSettings.DEFAULT;
        AlertSettings every = new AlertSettings(List.of(), Map.of(), List.of(), List.of("*"), Map.of(), true);

        assertThat(new RequiredSeverities(critical).requires(Optional.empty())).isFalse();
        assertThat(new RequiredSeverities(every).requires(Optional.empty())).isTrue();
    }

    @Test
    void runbookLabelsAreConfigurableAndDefaultToTheAnnotationNames() {
        Config config = ConfigLoader.parse("""
                alerts:
                  runbook_labels: [playbook]
                """, ".runbook-governance.yml");

        assertThat(AlertSettings.DEFAULT.runbookLabels()).containsExactly("runbook_url", "runbook");
        assertThat(AlertSettings.from(config, List.of(), Map.of()).runbookLabels()).containsExactly("playbook");
        assertThat(AlertSettings.from(ConfigLoader.parse("alerts:\n  runbook_labels: []\n", "c.yml"), List.of(),
                Map.of()).runbookLabels()).isEmpty();
    }

    @Test
    void aUrlMapKeyMayBeASitePath() {
        Config config = ConfigLoader.parse("""
                alerts:
                  runbook_url_map:
                    /runbooks/: content/runbooks
                """, ".runbook-governance.yml");

        assertThat(AlertSettings.from(config, List.of(), Map.of()).urlMap())
                .containsExactly(Map.entry("/runbooks/", "content/runbooks"));
        assertThat(AlertSettings.parseUrlMapping("/=content")).isEqualTo(Map.entry("/", "content"));
    }
}
