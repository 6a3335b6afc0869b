package org.runbookgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunbookListItemTest {

    private static final Pattern QUOTES = Pattern.compile("^[`\"']+|[`\"']+$");

    @Test
    void unquotedIsWhatTheQuotePatternLeaves() {
        for (String item : List.of("", "A", "`A`", "\"A\"", "'A'", "``", "`", "A`", "`A", "a'b", "'a'b'", "\"`A`\"")) {
            assertThat(Runbook.unquoted(item)).as(item).isEqualTo(QUOTES.matcher(item).replaceAll(""));
        }
        Random random = new Random(9);
        char[] alphabet = {'a', '`', '"', '\'', ' '};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder item = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                item.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = item.toString();
            assertThat(Runbook.unquoted(s)).as(s).isEqualTo(QUOTES.matcher(s).replaceAll(""));
        }
    }
}
