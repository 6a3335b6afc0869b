package org.runbookgovernance.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.index.Dashboard;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexOpenMetrics;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.index.RunbookIndex;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.JsonTestParser;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.rules.RuleRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hostile-content corpus ({@code src/test/resources/hostile/repo}: markup, {@code </script>}, pipes and
 * newlines, quotes, ANSI escapes, U+202E, {@code ]]>}, control characters, templates) plus a runbook whose
 * file name is itself hostile, checked and rendered in every report format. Each format must parse back
 * and must not let repository text become markup, terminal control or a forged line.
 */
class HostileContentTest {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "</script><script>alert(2)</script>";
    /** A file name with a pipe, markup, quotes, CDATA end and a newline that tries to forge a line. */
    static final String HOSTILE_NAME = "incidents/RB-014-a|b" + IMG + "\"'&]]>{{x}}\nINJECTED line.md";

    @TempDir
    static Path tmp;

    static Path root;
    static Report report;
    static String openMetrics;
    static String dashboard;
    static Map<ReportFormat, String> rendered = new java.util.EnumMap<>(ReportFormat.class);

    @BeforeAll
    static void checkTheCorpus() throws IOException {
        root = tmp.resolve("repo");
        copyCorpus(root);
        Path hostile = root.resolve(HOSTILE_NAME);
        Files.writeString(hostile, "# RB-014: " + IMG + "\n\n**ID:** RB-999\n**Severity:** P1\n");
        CheckRequest request = CheckRequest.of(root, Config.DEFAULT, LocalDate.of(2026, 11, 26));
        report = Governance.standard().check(request);
        Inventory inventory = Governance.standard().inventory(request);
        IndexSettings settings = IndexSettings.from(inventory.config());
        RunbookIndex index = IndexGenerator.generate(inventory, settings);
        openMetrics = IndexOpenMetrics.render(index);
        dashboard = Dashboard.render(inventory, report, index, settings);
        RenderOptions options = new RenderOptions(false, RuleRegistry.standard().summaries(),
                "docs/rules/");
        for (ReportFormat format : ReportFormat.Output.CHECK.formats()) {
            rendered.put(format, format.renderer(options).render(report));
        }
    }

    private static void copyCorpus(Path root) throws IOException {
        for (String file : List.of("incidents/RB-013-HOSTILE.md", "alerts/hostile.rules.yml")) {
            try (InputStream in = HostileContentTest.class.getResourceAsStream("/hostile/repo/" + file)) {
                Path target = root.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    @Test
    void corpusReachesTheReport() {
        assertThat(report.findings()).extracting(f -> f.position().path()).contains(HOSTILE_NAME,
                "incidents/RB-013-HOSTILE.md", "alerts/hostile.rules.yml");
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains(IMG));
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains(SCRIPT));
        // inline HTML is not title text, but the ANSI escape reaches the renderers unchanged
        assertThat(report.runbooks()).anySatisfy(r -> assertThat(r.title()).contains("alert(2) \u001b[31mRED"));
    }

    @Test
    void textHasNoTerminalControlAndNoForgedLine() {
        String text = rendered.get(ReportFormat.TEXT);

        assertNoControls(text);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("INJECTED"));
        assertThat(text).contains("RB-014-a|b" + IMG);
    }

    @Test
    void jsonParsesBackToTheSameText() {
        String json = rendered.get(ReportFormat.JSON);

        Object parsed = JsonTestParser.parse(json);

        List<String> strings = strings(parsed);
        assertThat(strings).contains(HOSTILE_NAME);
        assertThat(strings).anySatisfy(s -> assertThat(s).contains(IMG));
        assertThat(strings).anySatisfy(s -> assertThat(s).contains(SCRIPT));
        assertThat(json).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void junitIsWellFormedAndRepositoryTextStaysText() throws Exception {
        Document xml = parseXml(rendered.get(ReportFormat.JUNIT));

        Set<String> allowed = Set.of("testsuites", "testsuite", "testcase", "failure", "error", "skipped",
                "properties", "property", "system-out", "system-err");
        List<Element> elements = elements(xml.getDocumentElement());
        assertThat(elements).extracting(Element::getTagName).allMatch(allowed::contains);
        assertThat(xml.getDocumentElement().getTextContent()).contains(IMG).contains("]]>");
    }

    @Test
    void sarifParsesBackWithRelativeUris() throws Exception {
        Map<String, Object> sarif = JsonTestParser.object(JsonTestParser.parse(rendered.get(ReportFormat.SARIF)));

        assertThat(sarif.get("version")).isEqualTo("2.1.0");
        List<Object> results = JsonTestParser.array(JsonTestParser.object(JsonTestParser.array(sarif.get("runs")).get(0))
                .get("results"));
        assertThat(results).isNotEmpty();
        List<String> uris = new ArrayList<>();
        collect(sarif, "uri", uris);
        uris.remove(root.toUri().toString()); // originalUriBaseIds: the repository itself, absolute by design
        assertThat(uris).isNotEmpty();
        for (String uri : uris) {
            URI parsed = new URI(uri);
            assertThat(parsed.isAbsolute()).as(uri).isFalse();
            assertThat(uri).doesNotStartWith("/").doesNotContain("..");
        }
        assertThat(strings(sarif)).anySatisfy(s -> assertThat(s).contains(IMG));
    }

    @Test
    void markdownHasNoHtmlLinkOrImageFromRepositoryText() {
        String md = rendered.get(ReportFormat.MARKDOWN);
        Node doc = Parser.builder().build().parse(md);

        List<Node> nodes = new ArrayList<>();
        walk(doc, nodes);
        assertThat(nodes).noneMatch(n -> n instanceof HtmlBlock);
        assertThat(nodes).noneMatch(n -> n instanceof Image);
        assertThat(nodes).filteredOn(n -> n instanceof HtmlInline)
                .extracting(n -> ((HtmlInline) n).getLiteral()).allMatch(Set.of("<br>", "<sub>", "</sub>")::contains);
        assertThat(nodes).filteredOn(n -> n instanceof Link)
                .extracting(n -> ((Link) n).getDestination()).allMatch(d -> d.startsWith("docs/rules/"));
        assertThat(md.lines()).noneMatch(line -> line.startsWith("INJECTED"));
        assertNoControls(md);
        // every findings row keeps exactly the table's five cell borders: no pipe from repository text is live
        md.lines().filter(l -> l.startsWith("| ❌") || l.startsWith("| ⚠") || l.startsWith("| ℹ"))
                .forEach(row -> assertThat(livePipes(row)).as(row).isEqualTo(5));
    }

    @Test
    void openMetricsLabelValuesAreEscaped() {
        List<String> lines = openMetrics.lines().toList();

        assertThat(lines).last().isEqualTo("# EOF");
        for (String line : lines) {
            if (!line.startsWith("#")) {
                assertThat(line).as("a sample line").matches(OPENMETRICS_SAMPLE);
            }
        }
        assertNoControls(openMetrics);
        assertThat(openMetrics).contains("owner=\"\\\"q\\\" 'a' &amp; &");
    }

    @Test
    void htmlDashboardInChromiumShowsRepositoryTextAsText() throws Exception {
        assertThat(dashboard).doesNotContain(IMG).doesNotContain("<script>alert").doesNotContain("\u001b")
                .doesNotContainPattern("(?i)<[a-z]+[^>]*\\son[a-z]+\\s*=");
        Path page = tmp.resolve("dashboard.html");
        Files.writeString(page, dashboard, StandardCharsets.UTF_8);

        String dom = Chromium.dumpDom(tmp, page);

        assertThat(dom).contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=\"x\"").doesNotContain("<img src=x").doesNotContain("<script>alert")
                .doesNotContainPattern("(?i)<[a-z]+[^>]*\\son(error|load|click)=");
    }

    /** {@code name{label="value",...} number}: a value holds no raw quote, backslash or line break. */
    static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    static final String OPENMETRICS_SAMPLE = "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{" + LABEL + "(," + LABEL + ")*\\})? [-+0-9.eE]+";

    /** Pipes not escaped with a backslash (inside code spans too: GFM tables split there as well). */
    static int livePipes(String row) {
        int live = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                live++;
            }
        }
        return live;
    }

    static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)))
                .as("control characters").isEmpty();
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        out.add(root);
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static void walk(Node node, List<Node> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
            walk(n, out);
        }
    }

    static List<String> strings(Object json) {
        List<String> out = new ArrayList<>();
        collect(json, null, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object json, String key, List<String> out) {
        if (json instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> {
                if (v instanceof String s && (key == null || key.equals(k))) {
                    out.add(s);
                } else {
                    collect(v, key, out);
                }
            });
        } else if (json instanceof List<?> l) {
            l.forEach(v -> {
                if (v instanceof String s && key == null) {
                    out.add(s);
                } else {
                    collect(v, key, out);
                }
            });
        }
    }
}
