package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    @Test
    void neverGivesADifferentValueWhateverCollides() {
        Random random = new Random(7);
        // Far more distinct texts than slots, so slots are overwritten again and again.
        for (int i = 0; i < 300_000; i++) {
            String text = "t" + random.nextInt(200_000);
            assertThat(SharedText.of(new String(text))).isEqualTo(text);
        }
    }

    @Test
    void equalTextsReadSideBySideComeBackEqual() {
        List<String> texts = IntStream.range(0, 100_000).mapToObj(i -> "heading " + (i % 5_000)).toList();
        List<String> out = texts.parallelStream().map(t -> SharedText.of(new String(t))).toList();
        assertThat(out).containsExactlyElementsOf(texts);
    }

    @Test
    void aRepeatedTextIsOneInstance() {
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            firsts.add(SharedText.of(new String("Section " + i + " of the runbook")));
        }
        int same = 0;
        for (int i = 0; i < 100; i++) {
            if (SharedText.of(new String("Section " + i + " of the runbook")) == firsts.get(i)) {
                same++;
            }
        }
        // A slot another test filled in between may take one or two; nearly all must be shared.
        assertThat(same).isGreaterThanOrEqualTo(95);
    }

    @Test
    void longTextsAndNullPassThrough() {
        String longText = "x".repeat(65);
        assertThat(SharedText.of(longText)).isSameAs(longText);
        assertThat(SharedText.of(null)).isNull();
    }
}
