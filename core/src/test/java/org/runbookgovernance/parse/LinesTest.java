package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesTest {

    /** The split Markdown means: LF, CRLF and lone CR end a line; a final line ending opens no extra line. */
    private static List<String> reference(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Test
    void splitsAsMarkdownDoesAndKeepsOffsetsIntoTheText() {
        Random random = new Random(3);
        char[] alphabet = {'a', 'b', ' ', '\r', '\n', '\t'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            Lines lines = Lines.of(s);
            assertThat(lines).as(s.replace("\r", "\\r").replace("\n", "\\n")).containsExactlyElementsOf(reference(s));
            for (int i = 0; i < lines.size(); i++) {
                assertThat(s.substring(lines.start(i), lines.end(i))).isEqualTo(lines.get(i));
                assertThat(lines.length(i)).isEqualTo(lines.get(i).length());
            }
            if (s.indexOf('\r') < 0) {
                assertThat(Lines.of(s, true)).containsExactlyElementsOf(lines);
            }
        }
    }

    @Test
    void aLineOutsideIsAnError() {
        Lines lines = Lines.of("a\nb");
        assertThat(lines.text()).isEqualTo("a\nb");
        assertThatThrownBy(() -> lines.start(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lines.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Lines.of("")).isEmpty();
    }
}
