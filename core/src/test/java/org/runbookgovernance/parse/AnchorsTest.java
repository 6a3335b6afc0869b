package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Heading;

class AnchorsTest {

    static Stream<Arguments> slugs() {
        return Stream.of(
                Arguments.of("📋 Overview", "-overview"),
                Arguments.of("Service Availability (P0-P1)", "service-availability-p0-p1"),
                Arguments.of("RB-001: Service Down", "rb-001-service-down"),
                Arguments.of("Overview", "overview"),
                Arguments.of("Escalation & Contacts", "escalation--contacts"),
                Arguments.of("snake_case stays", "snake_case-stays"),
                Arguments.of("Step 1. Check `kubectl get pods`", "step-1-check-kubectl-get-pods"),
                Arguments.of("Café résumé", "café-résumé"),
                Arguments.of("What's next?", "whats-next"),
                Arguments.of("  padded  ", "padded"),
                Arguments.of("✅ Done / ❌ Not done", "-done---not-done"),
                Arguments.of("Ünïcödé ÜBER", "ünïcödé-über"),
                Arguments.of("🚨", ""));
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void slugFollowsGitHub(String heading, String expected) {
        assertThat(Anchors.slug(heading)).isEqualTo(expected);
    }

    @Test
    void repeatedHeadingsGetNumberedAnchorsAsOnGitHub() {
        String md = """
                # Runbook
                ## Diagnosis
                ## Diagnosis
                ## Diagnosis-1
                ## Diagnosis
                """;
        Document doc = DocumentParser.parse("a.md", DocumentKind.RUNBOOK, md.getBytes(StandardCharsets.UTF_8))
                .document().orElseThrow();
        assertThat(doc.headings()).extracting(Heading::anchor)
                .containsExactly("runbook", "diagnosis", "diagnosis-1", "diagnosis-1-1", "diagnosis-2");
    }
}
