package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void printableAsciiIsReturnedAsItIs() {
        String plain = "review overdue: `RB-001` was due on 2026-11-20 ~ {ok} [x](y)";
        assertThat(TerminalText.clean(plain)).isSameAs(plain);
        assertThat(TerminalText.clean("")).isEmpty();
        assertThat(TerminalText.clean(null)).isEmpty();
    }

    @Test
    void cleansFromTheFirstCharacterThatIsNotPrintableAscii() {
        assertThat(TerminalText.clean("a\r\nb\rc\nd\te")).isEqualTo("a b c d e");
        assertThat(TerminalText.clean("title\u001b]0;pwned\u0007 end\u007f\u009b31m"))
                .isEqualTo("title\ufffd]0;pwned\ufffd end\ufffd\ufffd31m");
        assertThat(TerminalText.clean("file\u202egnp.exe \u2066x\u2069 \u200f\u061c")).isEqualTo("file\ufffdgnp.exe \ufffdx\ufffd \ufffd\ufffd");
        assertThat(TerminalText.clean("pager 🚨 café")).isEqualTo("pager 🚨 café");
        assertThat(TerminalText.clean("lone \ud800 and \udc00 end")).isEqualTo("lone \ufffd and \ufffd end");
        assertThat(TerminalText.clean("\u0001")).isEqualTo("\ufffd");
    }
}
