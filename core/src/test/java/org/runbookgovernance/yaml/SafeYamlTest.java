package org.runbookgovernance.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeYamlTest {

    @Test
    void plainScalarsResolveAsSnakeyamlDoesEveryTimeTheyRepeat() {
        String yaml = """
                id: RB-001
                reviewed: 2026-06-05
                at: 2026-06-05T10:00:00Z
                version: 1.2.0
                count: 42
                hex: 0x1F
                negative: -5
                ratio: 1.5
                big: 1_000
                infinite: .inf
                enabled: yes
                disabled: no
                light: on
                nothing: ~
                none: null
                empty: ''
                title: title
                """;
        for (int round = 0; round < 3; round++) {
            Map<?, ?> loaded = (Map<?, ?>) SafeYaml.load(yaml, "runbook.md", 2, YamlLimits.SMALL);
            assertThat(loaded.get("id")).isEqualTo("RB-001");
            assertThat(loaded.get("reviewed")).isEqualTo("2026-06-05");
            assertThat(loaded.get("at")).isEqualTo("2026-06-05T10:00:00Z");
            assertThat(loaded.get("version")).isEqualTo("1.2.0");
            assertThat(loaded.get("count")).isEqualTo(42);
            assertThat(loaded.get("hex")).isEqualTo(31);
            assertThat(loaded.get("negative")).isEqualTo(-5);
            assertThat(loaded.get("ratio")).isEqualTo(1.5);
            assertThat(loaded.get("big")).isEqualTo(1000);
            assertThat(loaded.get("infinite")).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(loaded.get("enabled")).isEqualTo(true);
            assertThat(loaded.get("disabled")).isEqualTo(false);
            assertThat(loaded.get("light")).isEqualTo(true);
            assertThat(loaded.containsKey("nothing")).isTrue();
            assertThat(loaded.get("nothing")).isNull();
            assertThat(loaded.get("none")).isNull();
            assertThat(loaded.get("empty")).isEqualTo("");
            assertThat(loaded.get("title")).isEqualTo("title");
        }
    }

    @Test
    void aQuotedScalarStaysTextThoughItsPlainTwinWasRemembered() {
        Map<?, ?> plain = (Map<?, ?>) SafeYaml.load("a: 42\nb: yes\n", "runbook.md", 2, YamlLimits.SMALL);
        Map<?, ?> quoted = (Map<?, ?>) SafeYaml.load("a: '42'\nb: \"yes\"\n", "runbook.md", 2, YamlLimits.SMALL);
        assertThat(plain.get("a")).isEqualTo(42);
        assertThat(plain.get("b")).isEqualTo(true);
        assertThat(quoted.get("a")).isEqualTo("42");
        assertThat(quoted.get("b")).isEqualTo("yes");
    }
}
