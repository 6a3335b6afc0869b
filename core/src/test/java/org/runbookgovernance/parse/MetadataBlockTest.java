package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.Runbook;

/**
 * Metadata comes from the metadata block only: the front matter, the header (before the first heading after
 * the title, or the first thematic break) and a footer after the last thematic break. Each case is read by the
 * plain reader and by commonmark alone, which must agree.
 */
class MetadataBlockTest {

    private static final String FILLER = "paragraph\n\n".repeat(40);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("labels right under the title are metadata",
                        "# RB-001: Service Down\n\n**Severity:** P0\n**Owner:** sre\n\n## Symptoms\n\nslow\n",
                        List.of("severity=P0@3", "owner=sre@4"), List.of()),
                Arguments.of("a bold bullet under Impact is prose, not two declared alerts",
                        "# TargetDown\n\n## Impact\n\n- **Alerts**: If a target is down, the accuracy of certain"
                                + " alerts can be compromised.\n",
                        List.of(), List.of()),
                Arguments.of("a severity label in a body section is prose, not an invalid severity",
                        "# VirtualMachineStuck\n\n## Meaning\n\ntext\n\n## Impact\n\n- **Severity:** Warning\n"
                                + "- **User impact:** VMs are stuck\n",
                        List.of(), List.of()),
                Arguments.of("a thematic break ends the header",
                        "# T\n\n**Owner:** sre\n\n---\n\n**Severity:** P1\n\n## Steps\n\ndo it\n",
                        List.of("owner=sre@3"), List.of()),
                Arguments.of("a second H1 ends the header as a second-level heading does",
                        "# T\n\n**Owner:** sre\n\n# Notes\n\n**Status:** draft\n",
                        List.of("owner=sre@3"), List.of()),
                Arguments.of("labels above the title are in the header too",
                        "**Owner:** sre\n\n# T\n\n## Steps\n", List.of("owner=sre@1"), List.of()),
                Arguments.of("labels after the last thematic break, with no heading after it, are the footer",
                        "# Index\n\n## Overview\n\ntext\n\n---\n\n**Document Owner**: ops\n**Last Review**: 2026-11-02\n",
                        List.of("owner=ops@9", "last_review=2026-11-02@10"), List.of()),
                Arguments.of("labels after a thematic break that a heading follows are prose",
                        "# Index\n\n## Overview\n\n---\n\n**Last Review**: 2026-11-02\n\n## Help\n\n**Owner:** x\n",
                        List.of(), List.of()),
                Arguments.of("a label sixty lines into a header without sections is prose",
                        "# T\n\n**Owner:** sre\n\n" + FILLER + "**Status:** draft\n",
                        List.of("owner=sre@3"), List.of()),
                Arguments.of("a label in fenced code in the header is not metadata",
                        "# T\n\n```\n**Owner:** nobody\n```\n**Status:** active\n", List.of("status=active@6"),
                        List.of()),
                Arguments.of("an alerts label that links to a dashboard declares no alert, even in the header",
                        "# Service\n\n* **Alerts**: <https://alerts.example.net/#/alerts?filter=service%3Dpay>\n\n## S\n",
                        List.of("alerts=<https://alerts.example.net/#/alerts?filter=service%3Dpay>@3"), List.of()),
                Arguments.of("an alerts label that is a Markdown link declares no alert",
                        "# Service\n\n**Alerts:** [dashboard](https://grafana.example.net/d/abc)\n",
                        List.of("alerts=dashboard@3"), List.of()),
                Arguments.of("an alert named beside a link to its dashboard is still declared",
                        "# Service\n\n**Alerts:** `TargetDown` ([dashboard](https://grafana.example.net/d/abc))\n",
                        List.of("alerts=TargetDown@3"), List.of("TargetDown")),
                Arguments.of("a URL among the front matter's alerts is no alert name",
                        "---\nalerts:\n  - TargetDown\n  - https://alerts.example.net/#/alerts\n---\n# T\n",
                        List.of("alerts=TargetDown, https://alerts.example.net/#/alerts@2"), List.of("TargetDown")),
                Arguments.of("plain alert names in the header are declared",
                        "# T\n\n**Alerts:** TargetDown, `KubeletDown`\n\n## Impact\n",
                        List.of("alerts=TargetDown, KubeletDown@3"), List.of("TargetDown", "KubeletDown")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsMetadataFromTheMetadataBlockOnly(String name, String markdown, List<String> metadata,
                                               List<String> alerts) {
        byte[] content = markdown.getBytes(StandardCharsets.UTF_8);
        Document doc = DocumentParser.parse("docs/T.md", DocumentKind.RUNBOOK, content).document().orElseThrow();
        Document commonmark = DocumentParser.parse("docs/T.md", DocumentKind.RUNBOOK, content,
                false).document().orElseThrow();
        assertThat(doc.metadata().stream().map(MetadataBlockTest::entry)).containsExactlyElementsOf(metadata);
        assertThat(commonmark.metadata()).as("commonmark alone").isEqualTo(doc.metadata());
        assertThat(Runbook.from(doc).alerts()).containsExactlyElementsOf(alerts);
    }

    private static String entry(MetadataEntry e) {
        return e.key() + "=" + e.value() + "@" + e.line();
    }
}
