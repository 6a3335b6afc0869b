package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexDriftTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(IndexDrift.unifiedDiff("README.md", "a\nb\n", "a\nb\n")).isEmpty();
    }

    @Test
    void anAddedRowIsOneHunkWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\n4b\n5\n6\n7\n8\n";

        assertThat(IndexDrift.unifiedDiff("README.md", before, after).orElseThrow()).contains("""
                --- a/README.md
                +++ b/README.md
                @@ -2,6 +2,7 @@
                 2
                 3
                 4
                +4b
                 5
                 6
                 7
                """);
    }

    @Test
    void aChangedLineShowsRemovalBeforeAddition() {
        assertThat(IndexDrift.unifiedDiff("R.md", "a\nold\nz\n", "a\nnew\nz\n").orElseThrow()).contains("""
                @@ -1,3 +1,3 @@
                 a
                -old
                +new
                 z
                """);
    }

    @Test
    void onlyLineEndingsDifferIsSaid() {
        assertThat(IndexDrift.unifiedDiff("R.md", "a\r\n", "a\n").orElseThrow()).contains("line endings");
    }
}
