package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Severity;

class AlertSettingsTest {

    @Test
    void defaultsWithoutAConfig() {
        AlertSettings s = AlertSettings.from(Config.DEFAULT, List.of(), Map.of());

        assertThat(s).isEqualTo(AlertSettings.DEFAULT);
        assertThat(s.ruleGlobs()).containsExactly("alerts/**/*.yml", "alerts/**/*.yaml");
        assertThat(s.runbookAnnotations()).containsExactly("runbook_url", "runbook");
        assertThat(s.requiresRunbook(Optional.of("Critical"))).isTrue();
        assertThat(s.requiresRunbook(Optional.of("warning"))).isFalse();
        assertThat(s.requiresRunbook(Optional.empty())).isFalse();
        assertThat(s.priorityOf("critical")).contains(new Severity(0, 1));
        assertThat(s.priorityOf("warning")).contains(new Severity(2, 3));
        assertThat(s.priorityOf("page")).isEmpty();
    }

    @Test
    void anUnclosedBraceInARuleGlobIsAnErrorNamingTheKey() {
        Config config = ConfigLoader.parse("alerts:\n  rule_files: [\"rules/{a,b.yml\"]\n", ".runbook-governance.yml");
        assertThatThrownBy(() -> AlertSettings.from(config, List.of(), Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("`rules/{a,b.yml` is not a glob")
                .hasMessageContaining("alerts.rule_files");
        assertThatThrownBy(() -> AlertSettings.from(Config.DEFAULT, List.of("x/{y"), Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--rules")
                .hasMessageContaining("`x/{y` is not a glob");
    }

    @Test
    void configValuesAndCliAdditions() {
        Config config = ConfigLoader.parse("""
                alerts:
                  rule_files: [monitoring/*.yml]
                  runbook_url_map:
                    "https://runbooks.example.org/": content/runbooks
                  runbook_annotations: runbook
                  require_runbook_for: ["*"]
                  severity_map: {page: P0, ticket: P2-P3}
                  use_index_table: false
                """, ".runbook-governance.yml");

        AlertSettings s = AlertSettings.from(config, List.of("extra/*.yaml"),
                Map.of("https://runbooks.example.org/", "site", "https://github.com/o/r/blob/main/", "."));

        assertThat(s.ruleGlobs()).containsExactly("monitoring/*.yml", "extra/*.yaml");
        assertThat(s.urlMap()).containsExactly(Map.entry("https://runbooks.example.org/", "site"),
                Map.entry("https://github.com/o/r/blob/main/", "."));
        assertThat(s.runbookAnnotations()).containsExactly("runbook");
        assertThat(s.requiresRunbook(Optional.empty())).isTrue();
        assertThat(s.priorityOf("PAGE")).contains(Severity.of(0));
        assertThat(s.useIndexTable()).isFalse();
    }

    @Test
    void mergeIntoSectionKeepsDefaultsAndLetsRulesSeeCliValues() {
        Map<String, Object> merged = AlertSettings.mergeIntoSection(Map.of(), List.of("prom/*.yml"),
                Map.of("https://github.com/llm-marketplace/runbooks/blob/main/", "."));
        Config config = Config.DEFAULT.withSection("alerts", merged);

        AlertSettings s = AlertSettings.from(config, List.of(), Map.of());

        assertThat(s.ruleGlobs()).containsExactly("alerts/**/*.yml", "alerts/**/*.yaml", "prom/*.yml");
        assertThat(s.urlMap()).containsEntry("https://github.com/llm-marketplace/runbooks/blob/main/", ".");
        assertThat(AlertSettings.mergeIntoSection(Map.of("use_index_table", false), List.of(), Map.of()))
                .containsExactly(Map.entry("use_index_table", false));
    }

    @Test
    void parsesCliUrlMappings() {
        assertThat(AlertSettings.parseUrlMapping("https://github.com/o/r/blob/main/ = ."))
                .isEqualTo(Map.entry("https://github.com/o/r/blob/main/", "."));
        assertThat(AlertSettings.parseUrlMapping("https://x.org/a?b=c=site"))
                .isEqualTo(Map.entry("https://x.org/a?b=c", "site"));
        assertThatThrownBy(() -> AlertSettings.parseUrlMapping("no-equals-sign"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("URL=DIR");
    }

    static Stream<Arguments> badSections() {
        return Stream.of(
                Arguments.of("alerts:\n  rule_file: [a.yml]\n", "alerts.rule_file"),
                Arguments.of("alerts:\n  rule_files: {a: b}\n", "alerts.rule_files"),
                Arguments.of("alerts:\n  runbook_url_map: {\"ftp://x/\": .}\n", "alerts.runbook_url_map"),
                Arguments.of("alerts:\n  runbook_url_map: {\"https://x/\": ../outside}\n", "alerts.runbook_url_map"),
                Arguments.of("alerts:\n  runbook_url_map: [\"https://x/\"]\n", "alerts.runbook_url_map"),
                Arguments.of("alerts:\n  severity_map: {critical: urgent}\n", "alerts.severity_map"),
                Arguments.of("alerts:\n  use_index_table: maybe\n", "alerts.use_index_table"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSections")
    void badValuesNameTheFileAndTheKey(String yaml, String key) {
        Config config = ConfigLoader.parse(yaml, ".runbook-governance.yml");

        assertThatThrownBy(() -> AlertSettings.from(config, List.of(), Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(".runbook-governance.yml: ")
                .hasMessageContaining("`" + key + "`");
    }
}
