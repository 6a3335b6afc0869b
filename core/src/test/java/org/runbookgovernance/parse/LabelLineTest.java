package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataSource;

class LabelLineTest {

    static Stream<Arguments> labelLines() {
        return Stream.of(
                Arguments.of("**Last Updated:** 2025-11-19", "last_updated", "Last Updated", "2025-11-19", "",
                        List.of("2025-11-19")),
                Arguments.of("**Last Review**: 2024-11-19", "last_review", "Last Review", "2024-11-19", "",
                        List.of("2024-11-19")),
                Arguments.of("**Next Review**: 2024-12-19 (monthly review)", "next_review", "Next Review",
                        "2024-12-19", "monthly review", List.of("2024-12-19")),
                Arguments.of("__Owner:__ platform-sre", "owner", "Owner", "platform-sre", "", List.of("platform-sre")),
                Arguments.of("__Owner__: platform-sre", "owner", "Owner", "platform-sre", "", List.of("platform-sre")),
                Arguments.of("- **Owner:** `platform-sre`  ", "owner", "Owner", "platform-sre", "",
                        List.of("platform-sre")),
                Arguments.of("**Status:** ✅ Active  ", "status", "Status", "✅ Active", "", List.of("✅ Active")),
                Arguments.of("**Severity:** **P0**\\", "severity", "Severity", "P0", "", List.of("P0")),
                Arguments.of("**Document Owner**: DevOps Team (devops@company.com)", "owner", "Document Owner",
                        "DevOps Team", "devops@company.com", List.of("DevOps Team")),
                Arguments.of("**Alerts:** `ServiceDown`, `HighErrorRate` / `PodCrashLooping`", "alerts", "Alerts",
                        "ServiceDown, HighErrorRate / PodCrashLooping", "",
                        List.of("ServiceDown", "HighErrorRate", "PodCrashLooping")),
                Arguments.of("**Symptoms:** 5xx errors, slow pages", "symptoms", "Symptoms", "5xx errors, slow pages",
                        "", List.of("5xx errors", "slow pages")),
                Arguments.of("**Owner:** [SRE team](mailto:sre@example.com)", "owner", "Owner", "SRE team", "",
                        List.of("SRE team")),
                Arguments.of("**Owner:**", "owner", "Owner", "", "", List.of()));
    }

    @ParameterizedTest
    @MethodSource("labelLines")
    void readsLabelLine(String line, String key, String label, String value, String note, List<String> items) {
        MetadataEntry e = LabelLine.parse(line, 7).orElseThrow();
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.label()).isEqualTo(label);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.note()).isEqualTo(note);
        assertThat(e.items()).isEqualTo(items);
        assertThat(e.source()).isEqualTo(MetadataSource.LABEL_LINE);
        assertThat(e.line()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please see **Owner:** below for details",
            "**Got Paged?** Start here: [guide](./g.md)",
            "**Start here** for the incident process: [framework](./f.md)",
            "- **Slack**: #devops-process",
            "plain text: with a colon",
            "**unterminated: bold",
            "**:** nothing",
            "## **Owner:** heading"})
    void ignoresLinesThatAreNotLabelLines(String line) {
        assertThat(LabelLine.parse(line, 1)).isEmpty();
    }

    @Test
    void theFirstCharacterShortcutAnswersLikeTheWholeReading() {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String lead = String.valueOf((char) c);
            lines.add(lead + "**Owner:** sre");
            lines.add(lead + " - **Owner:** sre");
            lines.add(lead + "__Owner__: sre");
        }
        String[] pieces = {" ", "\t", "\u2003", "\u00a0", "**", "__", "-", "+", "*", "_", "Owner", ":", "Last Review",
            "2024-11-19", "#", "|", "`", "(x)"};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(line.toString());
        }
        String[] lead = {"", " ", "\t", "  ", "\u2003", "\u00a0", "x"};
        String[] bullet = {"", "", "- ", "* ", "+ ", "-", "1. "};
        String[] label = {"**Owner:**", "**Owner**:", "__Last Review:__", "__Status__:", "**Slack**:", "**:**",
            "**Next Review**", "*Owner:*"};
        for (int i = 0; i < 5000; i++) {
            lines.add(lead[random.nextInt(lead.length)] + bullet[random.nextInt(bullet.length)]
                    + label[random.nextInt(label.length)] + pieces[random.nextInt(pieces.length)]);
        }
        List<String> mismatches = new ArrayList<>();
        int labels = 0;
        for (String line : lines) {
            var whole = LabelLine.read(line, 3);
            if (!LabelLine.parse(line, 3).equals(whole)) {
                mismatches.add(line);
            }
            labels += whole.isPresent() ? 1 : 0;
        }
        assertThat(mismatches).isEmpty();
        assertThat(labels).as("label lines among the samples").isGreaterThan(1000);
    }
}
