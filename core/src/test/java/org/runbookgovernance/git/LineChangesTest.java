package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.diff.RawText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineChangesTest {

    static final String FRONT = "---\nid: RB-001\nlast_updated: 2026-01-01\n---\n# RB-001: Down\n\n1. one\n2. two\n3. three\n";
    static final String LABELS = "# RB-001: Down\n\n**Last Updated:** 2026-01-01\n**Last Review**: 2026-01-01\n"
            + "- **Owner:** sre\n\n1. one\n2. two\n";

    static final String SECTIONS = "# TargetDown\n\n**Last Updated:** 2026-01-01\n\n## Impact\n\n"
            + "- **Severity:** Warning\n\n```\n## not a heading\n```\n";
    static final String FOOTER = "\n---\n\n**Last Review**: 2026-03-01\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("front matter date only", FRONT, FRONT.replace("2026-01-01", "2026-01-05"), 0, 1,
                        "2026-01-05"),
                Arguments.of("one content line", FRONT, FRONT.replace("2. two", "2. TWO"), 1, 0, "2026-01-01"),
                Arguments.of("added lines", FRONT, FRONT + "4. four\n5. five\n", 2, 0, "2026-01-01"),
                Arguments.of("removed lines", FRONT, FRONT.replace("1. one\n2. two\n", ""), 2, 0, "2026-01-01"),
                Arguments.of("both", FRONT, FRONT.replace("2026-01-01", "2026-01-02").replace("3. three", "3. x"), 1, 1,
                        "2026-01-02"),
                Arguments.of("bold label lines are metadata", LABELS,
                        LABELS.replace("**Last Updated:** 2026-01-01", "**Last Updated:** 2026-02-01")
                                .replace("**Owner:** sre", "**Owner:** dba"), 0, 2, "2026-02-01"),
                Arguments.of("content next to labels", LABELS, LABELS.replace("1. one", "1. uno"), 1, 0, "2026-01-01"),
                Arguments.of("a note after the date is the same date", LABELS,
                        LABELS.replace("**Last Updated:** 2026-01-01", "**Last Updated:** 2026-01-01 (typo)"), 0, 1,
                        "2026-01-01"),
                Arguments.of("a new file", "", FRONT, 5, 4, "2026-01-01"),
                Arguments.of("a bold bullet in a body section is content, not metadata", SECTIONS,
                        SECTIONS.replace("- **Severity:** Warning", "- **Severity:** Critical"), 1, 0, "2026-01-01"),
                Arguments.of("a Last Updated label in a body section is not the runbook's date", SECTIONS,
                        SECTIONS + "\n**Last Updated:** 2027-01-01\n", 2, 0, "2026-01-01"),
                Arguments.of("a footer after the last thematic break is metadata", SECTIONS + FOOTER,
                        SECTIONS + FOOTER.replace("2026-03-01", "2026-04-01"), 0, 1, "2026-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void counts(String name, String before, String after, int content, int metadata, String lastUpdatedAfter) {
        RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
        MetadataBlock bm = MetadataBlock.of(a);
        MetadataBlock am = MetadataBlock.of(b);
        assertThat(LineChanges.between(a, bm, b, am)).isEqualTo(new LineChanges(content, metadata));
        assertThat(am.lastUpdated()).isEqualTo(Optional.of(lastUpdatedAfter));
    }
}
