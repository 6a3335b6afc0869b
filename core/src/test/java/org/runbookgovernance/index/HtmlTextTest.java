package org.runbookgovernance.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String plain = "RB-001: Service Down (P0-P1), owner sre-team / 🚨 é";
        assertThat(HtmlText.escape(plain)).isSameAs(plain);
        assertThat(HtmlText.escape("")).isEmpty();
    }

    @Test
    void escapesMarkupAndDropsControlsFromTheFirstOneOn() {
        assertThat(HtmlText.escape("Disk <b>full</b> & \"quoted\" 'apos' >"))
                .isEqualTo("Disk &lt;b&gt;full&lt;/b&gt; &amp; &quot;quoted&quot; &#39;apos&#39; &gt;");
        assertThat(HtmlText.escape("bell\u0007 esc\u001b[31m line\nfeed\ttab del\u007f"))
                .isEqualTo("bell esc[31m line\nfeed\ttab del\u007f");
    }

    @Test
    void onlyHttpAndRelativeLinksSurvive() {
        assertThat(HtmlText.href("javascript:alert(1)")).isEqualTo("#");
        assertThat(HtmlText.href("  JAVASCRIPT:alert(1)")).isEqualTo("#");
        assertThat(HtmlText.href("java\tscript:alert(1)")).isEqualTo("#");
        assertThat(HtmlText.href("data:text/html,<script>")).isEqualTo("#");
        assertThat(HtmlText.href("vbscript:msgbox")).isEqualTo("#");
        assertThat(HtmlText.href("mailto:oncall@example.com")).isEqualTo("#");
        assertThat(HtmlText.href("httpx://example.com")).isEqualTo("#");
        assertThat(HtmlText.href("a:b")).isEqualTo("#");

        assertThat(HtmlText.href("HTTPS://Example.com/a?b=c&d")).isEqualTo("HTTPS://Example.com/a?b=c&amp;d");
        assertThat(HtmlText.href("http://x/\"><script>")).isEqualTo("http://x/&quot;&gt;&lt;script&gt;");
        assertThat(HtmlText.href("h\nttps://example.com")).isEqualTo("h\nttps://example.com");
        assertThat(HtmlText.href("https:")).isEqualTo("https:");
        assertThat(HtmlText.href("runbooks/RB-1.md#diag:nosis")).isEqualTo("runbooks/RB-1.md#diag:nosis");
        assertThat(HtmlText.href("RB-1.md?x=a:b")).isEqualTo("RB-1.md?x=a:b");
        assertThat(HtmlText.href("#frag:x")).isEqualTo("#frag:x");
        assertThat(HtmlText.href("http")).isEqualTo("http");
        assertThat(HtmlText.href("")).isEmpty();
    }
}
