package org.runbookgovernance.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of {@code init}'s detections on a few files of the layout it looks for. */
class DetectionTest {

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void alertNamedPagesAreRunbooksButSectionPagesTemplatesAndHelpersAreNot() throws IOException {
        write("ops/storage/VolumeFull.md", "# VolumeFull\n");
        write("ops/storage/etcdNoLeader.md", "# etcdNoLeader\n");
        write("ops/network/DnsDown.md", "# DnsDown\n");
        write("ops/network/helpers/gatherLogs.md", "# Gather logs\n");
        write("ops/network/helpers/checkDnsConfig.md", "# Check\n");
        write("ops/_index.md", "---\ntitle: x\n---\n");
        write("ops/README.md", "# Ops\n");
        write("templates/RunbookTemplate.md", "# Template\n");
        write("CONTRIBUTING.md", "# Contributing\n");

        RunbookDetection d = RunbookDetection.of(RepositorySurvey.of(repo), Set.of());

        assertThat(d.runbooks()).containsExactly("ops/network/DnsDown.md", "ops/storage/VolumeFull.md",
                "ops/storage/etcdNoLeader.md");
        assertThat(d.globs()).containsExactly("ops/*/*.md");
        assertThat(d.missed()).isEmpty();
    }

    @Test
    void theDefaultGlobsAreKeptWhenTheyFindExactlyTheRunbooks() throws IOException {
        write("content/runbooks/node/NodeDown.md", "# NodeDown\n");
        write("content/runbooks/node/_index.md", "---\n---\n");
        write("content/runbooks/README.md", "# Runbooks\n");

        RunbookDetection d = RunbookDetection.of(RepositorySurvey.of(repo), Set.of());

        assertThat(d.runbooks()).containsExactly("content/runbooks/node/NodeDown.md");
        assertThat(d.globs()).isEmpty();
    }

    @Test
    void serviceReadmesAreRunbooksOnlyWhenAlertsLinkToThemIfAlertsLinkAnywhere() throws IOException {
        write("docs/billing/README.md", "# Billing\n");
        write("docs/contributing/README.md", "# Contributing\n");
        RepositorySurvey survey = RepositorySurvey.of(repo);

        assertThat(RunbookDetection.of(survey, Set.of()).globs()).containsExactly("docs/*/README.md");
        assertThat(RunbookDetection.of(survey, Set.of("docs/billing/README.md")).runbooks())
                .containsExactly("docs/billing/README.md");
    }

    @Test
    void ruleFilesAreTheYamlFilesWithAlertRules() throws IOException {
        write("deploy/rules.yaml", "kind: PrometheusRule\nspec:\n  groups:\n    - rules:\n        - alert: A\n"
                + "          labels:\n            severity: 'S1'\n          annotations:\n"
                + "            runbook_url: \"https://x.example/a\"\n");
        write("deploy/kustomization.yaml", "resources: [rules.yaml]\n");
        write("monitoring/a/one.yml", "groups:\n- rules:\n  - alert: B\n    annotations:\n      runbook: /r/b\n");
        write("monitoring/b/two.yml", "groups:\n- rules:\n  - alert: C\n");

        RuleFileDetection d = RuleFileDetection.of(RepositorySurvey.of(repo));

        assertThat(d.files()).containsExactly("deploy/rules.yaml", "monitoring/a/one.yml", "monitoring/b/two.yml");
        assertThat(d.alerts()).isEqualTo(3);
        assertThat(d.globs()).containsExactly("deploy/rules.yaml", "monitoring/**/*.yml");
        assertThat(d.severities()).containsExactly("s1");
        assertThat(d.runbookUrls()).containsExactly("/r/b", "https://x.example/a");
    }

    @Test
    void aFolderOfRetiredRunbooksIsLeftOut() throws IOException {
        write("docs/runbooks/VolumeFull.md", "# VolumeFull\n");
        write("docs/runbooks/DnsDown.md", "# DnsDown\n");
        write("docs/deprecated_runbooks/OldPoolDown.md", "# OldPoolDown [Deprecated]\n");
        write("alerts/archive/LegacyQueueFull.md", "# LegacyQueueFull\n");

        RunbookDetection d = RunbookDetection.of(RepositorySurvey.of(repo), Set.of());

        assertThat(d.runbooks()).containsExactly("docs/runbooks/DnsDown.md", "docs/runbooks/VolumeFull.md");
    }

    @Test
    void aFolderOfRuleFilesIsOneGlobThoughSomeHoldOnlyRecordingRules() throws IOException {
        write("rules/disk.yml", "groups:\n- name: disk\n  rules:\n  - alert: DiskFull\n    expr: up == 0\n");
        write("rules/recorded.yml", "\"groups\":\n- \"name\": \"r\"\n  \"rules\":\n  - \"record\": \"x:rate5m\"\n");
        write("rules/empty.yml", "# generated\ngroups: []\n");
        write("rules/sub/node.yml", "groups:\n- name: node\n  rules:\n  - alert: NodeDown\n    expr: up == 0\n");
        write("config/app.yml", "groups:\n- name: g\n  rules:\n  - alert: AppDown\n    expr: up == 0\n");
        write("config/settings.yml", "listen: 8080\n");

        RuleFileDetection d = RuleFileDetection.of(RepositorySurvey.of(repo));

        assertThat(d.files()).containsExactly("config/app.yml", "rules/disk.yml", "rules/sub/node.yml");
        // config/ also holds YAML that is no rule file: its one rule file is named alone.
        assertThat(d.globs()).containsExactly("config/app.yml", "rules/**/*.yml");
    }

    @Test
    void aUrlPrefixMapsToTheFolderItsLowerCasedRemaindersResolveIn() {
        List<String> pages = List.of("site/content/runbooks/node/NodeDown.md", "site/content/runbooks/etcd/EtcdNoLeader.md",
                "site/content/runbooks/_index.md");
        UrlMapDetection d = UrlMapDetection.of(List.of("https://rb.example/runbooks/node/nodedown/",
                "https://rb.example/runbooks/etcd/etcdnoleader", "https://rb.example/runbooks/etcd/gone",
                "https://rb.example/{{ $labels.alertname }}"), pages);

        assertThat(d.map()).containsExactly(java.util.Map.entry("https://rb.example/", "site/content"));
        assertThat(d.unresolved()).containsExactly("https://rb.example/runbooks/etcd/gone");
        assertThat(d.templated()).hasSize(1);
        assertThat(d.pages()).containsExactlyInAnyOrder("site/content/runbooks/node/NodeDown.md",
                "site/content/runbooks/etcd/EtcdNoLeader.md");
    }

    @Test
    void requiredSectionsAreTheHeadingsInSixtyPercentOfTheRunbooks() throws IOException {
        write("a.md", "## Meaning\n## Mitigation\n```\n## not a heading\n```\n");
        write("b.md", "## Meaning\n## Mitigation\n");
        write("c.md", "## Meaning\n## Impact\n");
        write("d.md", "## Meaning\n## Impact ##\n");
        write("e.md", "## Meaning\n");

        SectionDetection d = SectionDetection.of(RepositorySurvey.of(repo), Set.of("a.md", "b.md", "c.md", "d.md",
                "e.md"));

        assertThat(d.sections()).containsExactly("Meaning");
        assertThat(d.counts()).containsEntry("Impact", 2).containsEntry("Mitigation", 2)
                .doesNotContainKey("not a heading");
    }

    @Test
    void aPageAlertsLinkToByHeadingAnchorHoldsOneRunbookPerHeading() throws IOException {
        write("mixin/runbook.md", "# Runbook\n\n## Compactor\n\n### CompactHalted\n\nText.\n\n### CompactSlow\n");
        Map<String, String> pageByUrl = Map.of("https://x.example/mixin/runbook.md#compacthalted", "mixin/runbook.md",
                "https://x.example/mixin/runbook.md#compactslow", "mixin/runbook.md",
                "https://x.example/mixin/runbook.md#compactor", "mixin/runbook.md");

        List<SectionedPageDetection> pages = SectionedPageDetection.of(RepositorySurvey.of(repo), pageByUrl, Set.of());

        assertThat(pages).containsExactly(new SectionedPageDetection("mixin/runbook.md", 3, 3));
        assertThat(SectionedPageDetection.of(RepositorySurvey.of(repo), pageByUrl, Set.of("mixin/runbook.md")))
                .isEmpty();
    }

    @Test
    void anIndexIsAPageWithMarkersOrAReadmeLinkingAtLeastHalfTheRunbooksBelowIt() throws IOException {
        Set<String> runbooks = Set.of("alerts/a/DiskFull.md", "alerts/a/NodeDown.md", "alerts/b/QueueStuck.md",
                "alerts/b/DnsDown.md", "alerts/b/CertExpiring.md");
        write("README.md", "# Ops\n\n<!-- runbook-governance:begin directory -->\n"
                + "<!-- runbook-governance:end directory -->\n");
        write("alerts/README.md", "- [DiskFull](a/DiskFull.md#meaning)\n- [NodeDown](./a/NodeDown.md)\n"
                + "- [QueueStuck](b/QueueStuck.md)\n- [site](https://example.com/alerts/b/DnsDown.md)\n");
        write("alerts/b/README.md", "Start with [QueueStuck](QueueStuck.md).\n");
        write("docs/markers.md", "How to mark the index:\n\n```\n<!-- runbook-governance:begin directory -->\n```\n");
        write("docs/guide.md", "- [a](../alerts/a/DiskFull.md)\n- [b](../alerts/a/NodeDown.md)\n");

        IndexDetection d = IndexDetection.of(RepositorySurvey.of(repo), runbooks);

        assertThat(d.reasons()).containsExactly(
                Map.entry("README.md", "README.md has the markers `index --write` fills"),
                Map.entry("alerts/README.md", "alerts/README.md links 3 of the 5 runbooks under alerts/"));
    }
}
