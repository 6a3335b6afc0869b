package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.alerts.RunbookResolver;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;

/** Links as a Hugo site and a GitHub-rendered repository write them: shortcodes, site paths, HTML anchors. */
class SiteLinksTest {

    private static final String PAGE = "content/runbooks/kubernetes/KubePodCrashLooping.md";
    private static final Map<String, Object> SITE_MAP = Map.of(AlertSettings.URL_MAP,
            Map.of("https://runbooks.example.com/", "content"));

    static Stream<Arguments> links() {
        return Stream.of(
                // name, link lines written in PAGE, map the site?, expected findings ("line message-start")
                Arguments.of("a ref to a sibling page resolves from the page", "{{< ref \"KubeNodeNotReady.md\" >}}",
                        true, List.of()),
                Arguments.of("a ref without .md resolves as Hugo finds pages", "{{< ref \"KubeNodeNotReady\" >}}",
                        true, List.of()),
                Arguments.of("a relref climbs to another section", "{{% relref \"../etcd/EtcdNoLeader.md#diagnosis\" %}}",
                        true, List.of()),
                Arguments.of("a leading slash is the content folder", "{{< ref \"/runbooks/etcd/EtcdNoLeader.md\" >}}",
                        true, List.of()),
                Arguments.of("a section's _index.md is its page", "{{< ref \"/runbooks/etcd\" >}}", true, List.of()),
                Arguments.of("a ref to a page that is nowhere is broken", "{{< ref \"KubeNope.md\" >}}", false,
                        List.of("3 broken link: Hugo ref `KubeNope.md` finds no page; looked for "
                                + "`content/runbooks/kubernetes/KubeNope.md` and `content/KubeNope.md`")),
                Arguments.of("a ref's anchor must be a heading there", "{{< relref \"../etcd/EtcdNoLeader.md#nope\" >}}",
                        false, List.of("3 broken anchor: `#nope` is not a heading in `content/runbooks/etcd/EtcdNoLeader.md`")),
                Arguments.of("a ref's anchor may be an HTML anchor", "{{< relref \"../etcd/EtcdNoLeader.md#pre-requisites\" >}}",
                        false, List.of()),
                Arguments.of("a bare file name is found anywhere, as Hugo does", "{{< ref \"EtcdNoLeader\" >}}", false,
                        List.of()),
                Arguments.of("a site-absolute link resolves through the map, lowercased and without .md",
                        "[x](/runbooks/kubernetes/kubenodenotready/)", true, List.of()),
                Arguments.of("a site-absolute link to a section folder is its list page", "[x](/runbooks/kubernetes/)",
                        true, List.of()),
                Arguments.of("also for a section without an _index.md", "[x](/runbooks/storage/)", true, List.of()),
                Arguments.of("a site-absolute link the map covers and no page serves is broken",
                        "[x](/runbooks/kubernetes/kubenope/)", true,
                        List.of("3 broken link: `/runbooks/kubernetes/kubenope/` is published from "
                                + "`content/runbooks/kubernetes/kubenope` through `https://runbooks.example.com/`, and no document is there; fix the "
                                + "link, or the `alerts.runbook_url_map` entry if the site is published from elsewhere.")),
                Arguments.of("a site-absolute link's anchor is checked on the page it reaches",
                        "[x](/runbooks/etcd/etcdnoleader/#diagnosis) [y](/runbooks/etcd/etcdnoleader/#nope)", true,
                        List.of("3 broken anchor: `#nope` is not a heading in `content/runbooks/etcd/EtcdNoLeader.md`")),
                Arguments.of("a static file under a site path is not a page to look for", "![d](/images/diagram.png)",
                        true, List.of()),
                Arguments.of("without a map a site-absolute link is not guessed at, and one info says so",
                        "[x](/runbooks/kubernetes/kubenope/) [y](/docs/other/)", false,
                        List.of("3 site-absolute links not checked: `/runbooks/kubernetes/kubenope/` and 1 more such "
                                + "links name a page of the published site")),
                Arguments.of("a link to an HTML anchor in the same page works", "[pre](#pre-requisites)", false,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void checksLinksAsTheSitePublishesThem(String name, String linkLine, boolean mapped, List<String> expected) {
        Inventory inventory = inventory(mapped, "# KubePodCrashLooping\n\n" + linkLine
                + "\n\n<a name=\"pre-requisites\"></a>\n## Pre-requisites\n");

        List<Finding> findings = check(inventory);

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Finding f = findings.get(i);
            assertThat(f.position().line() + " " + f.message()).startsWith(expected.get(i));
            assertThat(f.level()).isEqualTo(f.message().startsWith("site-absolute") ? Level.INFO : Level.ERROR);
        }
    }

    @Test
    void aRunbookUrlFragmentMayNameAnHtmlAnchor() {
        Inventory inventory = inventory(true, "# KubePodCrashLooping\n");
        RunbookResolver resolver = RunbookResolver.of(inventory);

        Resolution html = resolver.resolve(alert("https://runbooks.example.com/runbooks/etcd/etcdnoleader/#pre-requisites"));
        Resolution missing = resolver.resolve(alert("https://runbooks.example.com/runbooks/etcd/etcdnoleader/#nope"));

        assertThat(html.kind()).isEqualTo(Resolution.Kind.RESOLVED);
        assertThat(missing.kind()).isEqualTo(Resolution.Kind.DANGLING);
    }

    @Test
    void aRunbookReferenceThatIsASitePathResolvesThroughTheMap() {
        Inventory inventory = inventory(true, "# KubePodCrashLooping\n");
        RunbookResolver resolver = RunbookResolver.of(inventory);

        assertThat(resolver.resolve(alert("/runbooks/etcd/etcdnoleader/")).runbookPath())
                .contains("content/runbooks/etcd/EtcdNoLeader.md");
        assertThat(resolver.resolve(alert("/content/runbooks/etcd/EtcdNoLeader.md")).kind())
                .as("a path from the repository root still works").isEqualTo(Resolution.Kind.RESOLVED);
    }

    private static Alert alert(String ref) {
        return new Alert("EtcdNoLeader", Optional.of("critical"), Optional.of(ref),
                new SourcePosition("rules/etcd.yml", 3), AlertOrigin.RULE_FILE, Map.of());
    }

    private static Inventory inventory(boolean mapped, String page) {
        Config config = mapped ? Config.DEFAULT.withSection(AlertSettings.SECTION, SITE_MAP) : Config.DEFAULT;
        List<Document> docs = List.of(
                doc(PAGE, page),
                doc("content/runbooks/kubernetes/KubeNodeNotReady.md", "# KubeNodeNotReady\n"),
                doc("content/runbooks/kubernetes/_index.md", "# Kubernetes\n"),
                doc("content/runbooks/etcd/_index.md", "# etcd\n"),
                doc("content/runbooks/storage/DiskFull.md", "# DiskFull\n"),
                doc("content/runbooks/etcd/EtcdNoLeader.md",
                        "# EtcdNoLeader\n\n<a name=\"pre-requisites\"></a>\n\n## Diagnosis\n"));
        return new Inventory(config, LocalDate.of(2026, 11, 27), docs, List.of(), GitFacts.NONE, List.of());
    }

    private static Document doc(String path, String text) {
        return DocumentParser.parse(path, DocumentKind.RUNBOOK, text.getBytes(StandardCharsets.UTF_8))
                .document().orElseThrow();
    }

    private static List<Finding> check(Inventory inventory) {
        Findings findings = new Findings(Broken.ID, new Broken().defaultLevel());
        new Broken().check(inventory, findings);
        return findings.list();
    }
}
