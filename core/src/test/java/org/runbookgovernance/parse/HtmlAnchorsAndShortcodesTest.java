package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Link;

/** HTML anchors and Hugo shortcode links, read alike by the plain reading and by commonmark. */
class HtmlAnchorsAndShortcodesTest {

    private static final String PATH = "content/runbooks/api/ApiDown.md";

    static Stream<Arguments> anchors() {
        return Stream.of(
                Arguments.of("an empty a with a name is an anchor", "<a name=\"pre-requisites\"></a>\n",
                        List.of("pre-requisites")),
                Arguments.of("an a with an id is one", "Text <a id=\"x\">here</a>.\n", List.of("x")),
                Arguments.of("any element's id is one, quoted or not", "<span id='y'></span> <div id=z>\n",
                        List.of("y", "z")),
                Arguments.of("a name on anything but a is not", "<img name=\"n\" src=\"a.png\">\n", List.of()),
                Arguments.of("data-id is not an id", "<span data-id=\"q\"></span>\n", List.of()),
                Arguments.of("a tag in a code span is text", "Write `<a name=\"x\"></a>` above a heading.\n",
                        List.of()),
                Arguments.of("a tag in fenced code is text", "```html\n<a name=\"x\"></a>\n```\n", List.of()),
                Arguments.of("a tag in indented code is text", "Para.\n\n    <a id=\"x\"></a>\n", List.of()),
                Arguments.of("several on one line, in order", "<a name=\"one\"></a><a name=\"two\"></a>\n",
                        List.of("one", "two")),
                Arguments.of("tag names ignore case, and values keep theirs", "<A name=\"Upper\"></A>\n",
                        List.of("Upper")),
                Arguments.of("an equals sign before the anchor on its line", "a = b <a id=\"x\"></a>\n",
                        List.of("x")),
                Arguments.of("an anchor on the line after one with an equals sign", "x = 1\n\n<a name=\"y\"></a>\n",
                        List.of("y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anchors")
    void readsHtmlAnchors(String name, String body, List<String> expected) {
        Document plain = parse("# Api Down\n\n" + body, true);
        Document commonmark = parse("# Api Down\n\n" + body, false);

        assertThat(plain.htmlAnchors()).isEqualTo(expected);
        assertThat(commonmark).isEqualTo(plain);
    }

    static Stream<Arguments> shortcodes() {
        return Stream.of(
                Arguments.of("a ref in a link's destination", "See [x]({{< ref \"x.md\" >}}).\n", List.of("x.md:3")),
                Arguments.of("a relref with an anchor, in the percent form",
                        "See [z]({{% relref \"../y/z.md#anchor\" %}}).\n", List.of("../y/z.md#anchor:3")),
                Arguments.of("a path parameter", "[a]({{< ref path=\"/a/b.md\" lang=\"en\" >}})\n",
                        List.of("/a/b.md:3")),
                Arguments.of("two on one line", "{{< ref \"a\" >}} and {{< relref \"b\" >}}\n",
                        List.of("a:3", "b:3")),
                Arguments.of("a shortcode in fenced code is an example", "```\n{{< ref \"x.md\" >}}\n```\n",
                        List.of()),
                Arguments.of("a shortcode in a code span is an example", "Write `{{< ref \"x.md\" >}}`.\n",
                        List.of()),
                Arguments.of("other shortcodes are no links", "{{< figure src=\"a.png\" >}}\n", List.of()),
                Arguments.of("a ref after other braces on the line before", "{{ x }} and a ref word\n\n"
                        + "[a]({{< ref \"a.md\" >}})\n", List.of("a.md:5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortcodes")
    void readsHugoShortcodeLinks(String name, String body, List<String> expected) {
        Document plain = parse("# Api Down\n\n" + body, true);
        Document commonmark = parse("# Api Down\n\n" + body, false);

        assertThat(plain.shortcodeLinks()).extracting(l -> l.target() + ":" + l.line()).isEqualTo(expected);
        assertThat(plain.links()).extracting(Link::target).noneMatch(t -> t.contains("{{"));
        assertThat(commonmark).isEqualTo(plain);
    }

    private static Document parse(String text, boolean plainFirst) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return (plainFirst ? DocumentParser.parse(PATH, DocumentKind.RUNBOOK, bytes)
                : DocumentParser.parse(PATH, DocumentKind.RUNBOOK, bytes, false))
                .document().orElseThrow();
    }
}
