package org.runbookgovernance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.parse.DocumentParser;

class ReviewLinesTest {

    private static final Review REVIEW = new Review(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 2, 20),
            Optional.empty());
    private static final Review BY_ANA = new Review(REVIEW.on(), REVIEW.next(), Optional.of("Ana Ruiz"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a label line keeps its spelling; only the date changes", REVIEW,
                        "# RB-1: X\n\n**Last Review**: 2026-08-01\n**Next Review:** 2026-11-01\n",
                        "# RB-1: X\n\n**Last Review**: 2026-11-20\n**Next Review:** 2027-02-20\n"),
                Arguments.of("a note and text after the date stay", REVIEW,
                        "# X\n\n**Last Review:** 2026-08-01 by the on-call lead\n**Next Review:** 2026-11-01 (monthly review)\n",
                        "# X\n\n**Last Review:** 2026-11-20 by the on-call lead\n**Next Review:** 2027-02-20 (monthly review)\n"),
                Arguments.of("a placeholder becomes the date, its note stays", REVIEW,
                        "# X\n\n**Last Review:** TBD\n**Next Review:** n/a (monthly review)\n",
                        "# X\n\n**Last Review:** 2026-11-20\n**Next Review:** 2027-02-20 (monthly review)\n"),
                Arguments.of("an empty value gets the date after one space", REVIEW,
                        "# X\n\n**Last Review:**\n**Next Review:** 2026-11-01\n",
                        "# X\n\n**Last Review:** 2026-11-20\n**Next Review:** 2027-02-20\n"),
                Arguments.of("underscores, bullets and a backslash line break are kept", REVIEW,
                        "# X\n\n- __Last Reviewed:__ 2026-08-01\\\n- __Review Due:__ 2026-11-01\\\n",
                        "# X\n\n- __Last Reviewed:__ 2026-11-20\\\n- __Review Due:__ 2027-02-20\\\n"),
                Arguments.of("a quoted front matter date stays quoted, a comment stays", REVIEW,
                        "---\nlast_review: '2026-08-01'\nnext_review: 2026-11-01  # after the migration\n---\n# X\n",
                        "---\nlast_review: '2026-11-20'\nnext_review: 2027-02-20  # after the migration\n---\n# X\n"),
                Arguments.of("CRLF endings stay on changed and added lines", BY_ANA,
                        "# X\r\n\r\n**Last Review:** 2026-08-01\r\n**Next Review:** 2026-11-01\r\n\r\nBody\r\n",
                        "# X\r\n\r\n**Last Review:** 2026-11-20\r\n**Next Review:** 2027-02-20\r\n"
                                + "**Reviewed By:** Ana Ruiz\r\n\r\nBody\r\n"),
                Arguments.of("a Next Review alone gets a Last Review above it, in its form", REVIEW,
                        "# X\n\n**Next Review**: 2026-11-01\n",
                        "# X\n\n**Last Review**: 2026-11-20\n**Next Review**: 2027-02-20\n"),
                Arguments.of("a Last Review alone gets no Next Review: the interval says when", REVIEW,
                        "# X\n\n**Last Review:** 2026-08-01\n",
                        "# X\n\n**Last Review:** 2026-11-20\n"),
                Arguments.of("no review line: after the label lines, in the form of Last Updated", REVIEW,
                        "# X\n\n**Owner**: sre\n\n* **Last Updated**: 2026-01-01\n* **Status**: ok\n\nBody\n",
                        "# X\n\n**Owner**: sre\n\n* **Last Updated**: 2026-01-01\n* **Status**: ok\n"
                                + "* **Last Review**: 2026-11-20\n* **Next Review**: 2027-02-20\n\nBody\n"),
                Arguments.of("no review line in front matter: before its end, keys spelled like the others", BY_ANA,
                        "---\nlast-updated: 2026-01-01\n---\n# X\n",
                        "---\nlast-updated: 2026-01-01\nlast-review: 2026-11-20\nnext-review: 2027-02-20\n"
                                + "reviewed-by: Ana Ruiz\n---\n# X\n"),
                Arguments.of("no metadata at all: under the title, set apart by blank lines", REVIEW,
                        "# X\nText.\n",
                        "# X\n\n**Last Review:** 2026-11-20\n**Next Review:** 2027-02-20\n\nText.\n"),
                Arguments.of("a title that is the whole file, with no final line break, keeps none", REVIEW,
                        "# X",
                        "# X\n\n**Last Review:** 2026-11-20\n**Next Review:** 2027-02-20"),
                Arguments.of("a setext title: under its underline", REVIEW,
                        "X\n===\n\nText.\n",
                        "X\n===\n\n**Last Review:** 2026-11-20\n**Next Review:** 2027-02-20\n\nText.\n"),
                Arguments.of("a byte order mark stays", REVIEW,
                        "\uFEFF# X\n\n**Last Review:** 2026-08-01\n",
                        "\uFEFF# X\n\n**Last Review:** 2026-11-20\n"),
                Arguments.of("a Reviewed By value is replaced whole, emoji and all", BY_ANA,
                        "# X\n\n**Last Review:** 2026-08-01 ✅\n**👀 Reviewed By:** Léa 🐙\n",
                        "# X\n\n**Last Review:** 2026-11-20 ✅\n**👀 Reviewed By:** Ana Ruiz\n"),
                Arguments.of("a reviewer that YAML would misread is quoted", new Review(REVIEW.on(), REVIEW.next(),
                                Optional.of("sre: night shift")),
                        "---\nlast_review: 2026-08-01\n---\n",
                        "---\nlast_review: 2026-11-20\nreviewed_by: \"sre: night shift\"\n---\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheReviewAndNothingElse(String name, Review review, String before, String after) {
        assertThat(ReviewLines.rewrite(before, parse(before), review)).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writingTheSameReviewAgainChangesNothing(String name, Review review, String before, String after) {
        assertThat(ReviewLines.rewrite(after, parse(after), review)).isEqualTo(after);
    }

    @Test
    void aBlockScalarIsRefusedWithTheWayToWriteIt() {
        String text = "---\nlast_review: >\n  2026-08-01\n---\n# X\n";
        assertThatThrownBy(() -> ReviewLines.rewrite(text, parse(text), REVIEW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("last_review: YYYY-MM-DD");
    }

    @Test
    void keysFollowTheSpellingOfTheFrontMatter() {
        assertThat(ReviewLines.keyFor(ReviewLines.Word.LAST, "lastUpdated")).isEqualTo("lastReview");
        assertThat(ReviewLines.keyFor(ReviewLines.Word.BY, "last_updated")).isEqualTo("reviewed_by");
        assertThat(ReviewLines.keyFor(ReviewLines.Word.NEXT, "last-updated")).isEqualTo("next-review");
        assertThat(ReviewLines.keyFor(ReviewLines.Word.NEXT, "Last Updated")).isEqualTo("Next Review");
        assertThat(ReviewLines.keyFor(ReviewLines.Word.LAST, "owner")).isEqualTo("last_review");
    }

    private static Document parse(String text) {
        return DocumentParser.parse("incidents/RB-1.md", DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8))
                .document().orElseThrow();
    }
}
