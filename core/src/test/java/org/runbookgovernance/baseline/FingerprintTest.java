package org.runbookgovernance.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

class FingerprintTest {

    static Stream<Arguments> sameFindingOnAnotherDay() {
        return Stream.of(
                Arguments.of("an overdue review a day later",
                        "review overdue: `RB-001` was due for review on 2026-11-01, 36 days ago (monthly); review it.",
                        "review overdue: `RB-001` was due for review on 2026-11-01, 37 days ago (monthly); review it."),
                Arguments.of("a due date in backticks",
                        "review overdue: `RB-001` due `2026-11-01` (`36 days` ago)",
                        "review overdue: `RB-001` due `2026-11-01` (`37 days` ago)"),
                Arguments.of("an edit counted in lines, another commit",
                        "edited after last review: `RB-002` changed `3` lines (commit `a1b2c3d`)",
                        "edited after last review: `RB-002` changed `4` lines (commit `9f8e7d6`)"),
                Arguments.of("a missing section when an unrelated section is added",
                        "missing section: `RB-001` has no `## Impact` section; add it after the `Symptoms` section "
                                + "(line 12).",
                        "missing section: `RB-001` has no `## Impact` section; add it after the `Summary` section "
                                + "(line 14)."),
                Arguments.of("the same link reworded",
                        "broken link: `../db/failover.md` does not exist",
                        "broken link: the file `../db/failover.md` is missing; fix the link"));
    }

    @ParameterizedTest(name = "{0} is the same finding")
    @MethodSource("sameFindingOnAnotherDay")
    void keepsTheNamesAndDropsWhatMovesByItself(String name, String before, String after) {
        assertThat(Fingerprint.of(finding("freshness/overdue", "a.md", 3, before)))
                .isEqualTo(Fingerprint.of(finding("freshness/overdue", "a.md", 40, after)));
    }

    @Test
    void anotherTargetAnotherFileOrAnotherRuleIsAnotherFinding() {
        Fingerprint link = Fingerprint.of(finding("links/broken", "a.md", 3, "broken link: `x.md` does not exist"));
        assertThat(link.key()).isEqualTo("x.md");
        assertThat(link).isNotEqualTo(Fingerprint.of(finding("links/broken", "a.md", 3, "broken link: `y.md` gone")))
                .isNotEqualTo(Fingerprint.of(finding("links/broken", "b.md", 3, "broken link: `x.md` gone")))
                .isNotEqualTo(Fingerprint.of(finding("links/other", "a.md", 3, "broken link: `x.md` gone")));
    }

    @Test
    void twoFindingsWithOneFingerprintAreCountedNotMerged() {
        Finding one = finding("links/broken", "a.md", 3, "broken link: `x.md`");
        Finding two = finding("links/broken", "a.md", 9, "broken link: `x.md`");
        Baseline accepted = Baseline.of(List.of(one));
        Report applied = accepted.apply(report(one, two), id -> true, Config.DEFAULT);
        assertThat(applied.findings()).containsExactly(two);
        assertThat(applied.baselined()).isEqualTo(1);
        assertThat(Baseline.of(List.of(one, two)).apply(report(one), id -> true, Config.DEFAULT).findings())
                .singleElement().satisfies(f -> assertThat(f.message()).startsWith("baselined finding fixed"));
    }

    @Test
    void aRuleThisRunDidNotJudgeIsNeverCalledFixed() {
        Baseline accepted = Baseline.of(List.of(finding("alerts/unknown-alert", "a.md", 3, "`HighLoad`")));
        assertThat(accepted.apply(report(), id -> id.startsWith("freshness/"), Config.DEFAULT).findings())
                .isEmpty();
    }

    @Test
    void writtenAndReadBackItIsTheSameBaseline(@TempDir Path dir) throws IOException {
        Baseline accepted = Baseline.of(List.of(finding("links/broken", "a.md", 3, "`x.md`"),
                finding("links/broken", "a.md", 4, "`x.md`"), finding("metadata/missing-field", "b.md", 1, "none")));
        Path file = dir.resolve(Baseline.FILE_NAME);
        accepted.write(file);
        assertThat(Baseline.read(file).entries()).isEqualTo(accepted.entries());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        accepted.writeTo(bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"count\": 2").doesNotContain("today");
        assertThat(Baseline.read(dir.resolve("none.json")).size()).isZero();
    }

    @Test
    void aFileThatIsNotABaselineIsBadInputNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "[1, 2]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(BadInputException.class).hasMessageContaining("b.json").hasMessageContaining("findings");
    }

    private static Finding finding(String rule, String path, int line, String message) {
        return new Finding(rule, Level.ERROR, new SourcePosition(path, line), Optional.empty(), message);
    }

    private static Report report(Finding... findings) {
        return new Report(Report.TOOL, "0", LocalDate.of(2026, 12, 7), ".", List.of(), List.of(), List.of(findings),
                Map.of(), List.of());
    }
}
