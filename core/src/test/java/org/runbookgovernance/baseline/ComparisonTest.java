package org.runbookgovernance.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;

/** Matching one check's findings against another's (a baseline's, or the merge base's for --new-only). */
class ComparisonTest {

    private static Finding link(String path, int line, String target) {
        return new Finding("links/broken", Level.ERROR, new SourcePosition(path, line), Optional.empty(),
                "broken link: `" + target + "` does not exist; fix the path or remove the link.");
    }

    @Test
    void aFindingThatMovedDownTheFileIsTheSameFinding() {
        Baseline.Comparison c = Baseline.of(List.of(link("a.md", 10, "x.md"))).compare(List.of(link("a.md", 14, "x.md")));

        assertThat(c.unmatched()).isEmpty();
        assertThat(c.matched()).isEqualTo(1);
        assertThat(c.gone()).isEmpty();
    }

    @Test
    void aNewLinkTargetIsNewAndTheOldOneIsGone() {
        Baseline.Comparison c = Baseline.of(List.of(link("a.md", 10, "x.md"))).compare(List.of(link("a.md", 10, "y.md")));

        assertThat(c.unmatched()).containsExactly(link("a.md", 10, "y.md"));
        assertThat(c.matched()).isZero();
        assertThat(c.gone()).containsExactly(Map.entry(new Fingerprint("links/broken", "a.md", "x.md"), 1));
    }

    @Test
    void twoLinksToOneMissingPageAreCountedSoAThirdIsNewAndOneFixedIsGone() {
        Baseline twice = Baseline.of(List.of(link("a.md", 3, "x.md"), link("a.md", 9, "x.md")));

        Baseline.Comparison third = twice.compare(List.of(link("a.md", 3, "x.md"), link("a.md", 9, "x.md"),
                link("a.md", 20, "x.md")));
        assertThat(third.unmatched()).containsExactly(link("a.md", 20, "x.md"));
        assertThat(third.matched()).isEqualTo(2);

        Baseline.Comparison once = twice.compare(List.of(link("a.md", 3, "x.md")));
        assertThat(once.unmatched()).isEmpty();
        assertThat(once.gone()).containsExactly(Map.entry(new Fingerprint("links/broken", "a.md", "x.md"), 1));
    }

    @Test
    void theSameFindingInAnotherFileIsAnotherFinding() {
        Baseline.Comparison c = Baseline.of(List.of(link("a.md", 3, "x.md"))).compare(List.of(link("b.md", 3, "x.md")));

        assertThat(c.unmatched()).hasSize(1);
        assertThat(c.gone()).hasSize(1);
    }

    @Test
    void goneFindingsComeInPathRuleAndKeyOrder() {
        Baseline.Comparison c = Baseline.of(List.of(link("b.md", 1, "z.md"), link("a.md", 1, "y.md"),
                link("a.md", 2, "x.md"))).compare(List.of());

        assertThat(c.gone().keySet()).extracting(Fingerprint::key).containsExactly("x.md", "y.md", "z.md");
    }
}
