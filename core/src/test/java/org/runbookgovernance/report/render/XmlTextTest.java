package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The escaping appends runs of plain text in one go: checked against the character by character reference. */
class XmlTextTest {

    private static final char[] TRICKY = {'a', ' ', '&', '<', '>', '"', '\'', '\t', '\n', '\r', '\u0000', '\u001f',
        '\u007f', '\u0085', 'é', '\u20ac', '\ud83d', '\udea8', '\ud800', '\udfff', '\ue000', '\ufffd', '\ufffe', '\uffff'};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyCharacterIsEscapedAsBeforeAloneAndInContext(boolean attribute) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c <= 0xffff; c++) {
            String ch = String.valueOf((char) c);
            texts.addAll(List.of(ch, "plain " + ch + " text", ch + ch, "\ud83d" + ch, ch + "\udea8", "&" + ch));
        }
        assertThat(differences(texts, attribute)).isEmpty();
        assertThat(texts).hasSize(6 * 0x10000);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void randomMixturesAreEscapedAsBefore(boolean attribute) throws IOException {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : TRICKY[random.nextInt(TRICKY.length)]);
            }
            texts.add(text.toString());
        }
        assertThat(differences(texts, attribute)).isEmpty();
        assertThat(texts.stream().filter(t -> !reference(t, attribute).equals(t)).count())
                .as("texts the escaping changes").isGreaterThan(texts.size() / 2);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void nothingIsNothing(boolean attribute) throws IOException {
        assertThat(attribute ? XmlText.attribute(null) : XmlText.text(null)).isEmpty();
        StringBuilder out = new StringBuilder("x");
        if (attribute) {
            XmlText.appendAttribute(null, out);
        } else {
            XmlText.appendText(null, out);
        }
        assertThat(out).hasToString("x");
    }

    /** Each text whose escaping, returned or appended, is not the reference's, with what came out. */
    private static List<String> differences(List<String> texts, boolean attribute) throws IOException {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            String expected = reference(text, attribute);
            String escaped = attribute ? XmlText.attribute(text) : XmlText.text(text);
            StringBuilder appended = new StringBuilder("<");
            if (attribute) {
                XmlText.appendAttribute(text, appended);
            } else {
                XmlText.appendText(text, appended);
            }
            if (!escaped.equals(expected) || !appended.toString().equals("<" + expected)) {
                out.add(text.chars().boxed().toList() + " escaped " + escaped.chars().boxed().toList() + ", appended "
                        + appended.substring(1).chars().boxed().toList() + ", expected " + expected.chars().boxed().toList());
            }
        }
        return out;
    }

    /** The escaping as it was, one character at a time: the reference. */
    private static String reference(String value, boolean attribute) {
        StringBuilder out = new StringBuilder();
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
