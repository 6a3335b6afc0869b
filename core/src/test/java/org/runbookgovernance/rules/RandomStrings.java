package org.runbookgovernance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Strings for differential tests: random, over the few characters that matter, reproducible by seed. */
public final class RandomStrings {

    private RandomStrings() {
    }

    /** {@code count} strings of 0 to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    public static List<String> of(char[] alphabet, int count, int maxLength, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(maxLength);
            for (int j = 0; j < length; j++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }
}
