package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedAlertPartsTest {

    @Test
    void aTextCutOutOfASourceEqualsTheSubstringAndIsTheSharedInstance() {
        SharedAlertParts shared = new SharedAlertParts();
        Random random = new Random(22);
        String alphabet = "ab:_ ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder source = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(source.length() + 1);
            int to = from + random.nextInt(source.length() - from + 1);
            String expected = source.substring(from, to);
            String cut = shared.text(source.toString(), from, to);
            assertThat(cut).as("%s[%d, %d)", source, from, to).isEqualTo(expected).isSameAs(shared.text(expected));
        }
    }

    @Test
    void textsLongerThanTheBoundAreCutOutUnshared() {
        SharedAlertParts shared = new SharedAlertParts();
        String source = "x".repeat(300) + "y";
        String first = shared.text(source, 0, 300);
        assertThat(first).isEqualTo("x".repeat(300));
        assertThat(shared.text(new String(first))).isNotSameAs(first);
    }
}
