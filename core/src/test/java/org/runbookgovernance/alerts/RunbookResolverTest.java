package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.SourcePosition;

class RunbookResolverTest {

    private static final Inventory INVENTORY = new Inventory(Config.DEFAULT, FixtureRepository.TODAY, List.of(
            FixtureRepository.document("incidents/RB-007-SECURITY-BREACH.md", DocumentKind.RUNBOOK,
                    "---\nid: RB-007\n---\n# RB-007: Security Breach\n\n## Contain the Breach!\n\ntext\n"),
            FixtureRepository.document("content/runbooks/etcd/EtcdNoLeader.md", DocumentKind.RUNBOOK,
                    "# EtcdNoLeader\n\n## Diagnosis\n"),
            FixtureRepository.document("docs/runbooks/api/README.md", DocumentKind.RUNBOOK, "# API\n"),
            FixtureRepository.document("docs/runbooks/web/_index.md", DocumentKind.RUNBOOK, "# Web\n")),
            List.of(), GitFacts.NONE, List.of());

    private static final AlertSettings SETTINGS = new AlertSettings(List.of(), Map.of(
            "https://runbooks.example.org/runbooks/", "content/runbooks",
            "https://github.com/acme/ops/blob/main/", ".",
            "https://docs.example.org/", "docs"),
            AlertSettings.DEFAULT_ANNOTATIONS, List.of(), Map.of(), true);

    static Stream<Arguments> references() {
        return Stream.of(
                // ref, static labels, expected kind, expected "path#anchor" or ""
                Arguments.of("incidents/RB-007-SECURITY-BREACH.md", Map.of(), "RESOLVED",
                        "incidents/RB-007-SECURITY-BREACH.md"),
                Arguments.of("../incidents/RB-007-SECURITY-BREACH.md#contain-the-breach", Map.of(), "RESOLVED",
                        "incidents/RB-007-SECURITY-BREACH.md#contain-the-breach"),
                Arguments.of("/incidents/RB-007-SECURITY-BREACH.md#Contain-the-Breach", Map.of(), "RESOLVED",
                        "incidents/RB-007-SECURITY-BREACH.md#Contain-the-Breach"),
                Arguments.of("incidents/RB-007-SECURITY-BREACH.md#eradicate", Map.of(), "DANGLING",
                        "incidents/RB-007-SECURITY-BREACH.md#eradicate"),
                Arguments.of("../../../etc/passwd", Map.of(), "DANGLING", ""),
                Arguments.of("RB-007", Map.of(), "RESOLVED", "incidents/RB-007-SECURITY-BREACH.md"),
                Arguments.of("RB-404", Map.of(), "DANGLING", ""),
                Arguments.of("https://runbooks.example.org/runbooks/etcd/etcdnoleader", Map.of(), "RESOLVED",
                        "content/runbooks/etcd/EtcdNoLeader.md"),
                Arguments.of("HTTPS://Runbooks.Example.org/runbooks/etcd/etcdnoleader/#diagnosis", Map.of(),
                        "RESOLVED", "content/runbooks/etcd/EtcdNoLeader.md#diagnosis"),
                Arguments.of("https://runbooks.example.org/runbooks/etcd/etcdnoleader.html?utm=x", Map.of(),
                        "RESOLVED", "content/runbooks/etcd/EtcdNoLeader.md"),
                Arguments.of("https://runbooks.example.org/runbooks/etcd/{{ $labels.alertname | toLower }}", Map.of(),
                        "RESOLVED", "content/runbooks/etcd/EtcdNoLeader.md"),
                Arguments.of("https://runbooks.example.org/runbooks/{{ $labels.service }}/etcdnoleader",
                        Map.of("service", "etcd"), "RESOLVED", "content/runbooks/etcd/EtcdNoLeader.md"),
                Arguments.of("https://runbooks.example.org/runbooks/{{ $labels.service }}/etcdnoleader", Map.of(),
                        "UNVERIFIABLE", ""),
                Arguments.of("https://runbooks.example.org/runbooks/etcd/{{ $value }}", Map.of(), "UNVERIFIABLE", ""),
                Arguments.of("https://github.com/acme/ops/blob/main/incidents/RB-007-SECURITY-BREACH.md#L3", Map.of(),
                        "RESOLVED", "incidents/RB-007-SECURITY-BREACH.md#L3"),
                Arguments.of("https://github.com/acme/ops/blob/main/incidents/RB-007-SECURITY-BREACH.md#L300",
                        Map.of(), "DANGLING", "incidents/RB-007-SECURITY-BREACH.md#L300"),
                Arguments.of("https://github.com/acme/ops/tree/main/incidents/RB-007-SECURITY-BREACH.md", Map.of(),
                        "RESOLVED", "incidents/RB-007-SECURITY-BREACH.md"),
                Arguments.of("https://raw.githubusercontent.com/acme/ops/main/incidents/RB-007-SECURITY-BREACH.md",
                        Map.of(), "RESOLVED", "incidents/RB-007-SECURITY-BREACH.md"),
                Arguments.of("https://github.com/acme/ops/blob/develop/incidents/RB-007-SECURITY-BREACH.md", Map.of(),
                        "EXTERNAL_UNMAPPED", ""),
                Arguments.of("https://github.com/acme/ops/blob/main/incidents/RB-008.md", Map.of(), "DANGLING", ""),
                Arguments.of("https://docs.example.org/runbooks/api/", Map.of(), "RESOLVED", "docs/runbooks/api/README.md"),
                Arguments.of("https://docs.example.org/runbooks/web", Map.of(), "RESOLVED",
                        "docs/runbooks/web/_index.md"),
                Arguments.of("https://wiki.example.com/OPS/Security", Map.of(), "EXTERNAL_UNMAPPED", ""),
                Arguments.of("https://github.com/acme/ops/tree/main/incidents/RB-008.md#x", Map.of(), "DANGLING", ""),
                Arguments.of("https://github.com/acme/ops", Map.of(), "EXTERNAL_UNMAPPED", ""),
                Arguments.of("https://github.com/acme/ops/blob/main", Map.of(), "DANGLING", ""),
                Arguments.of("https://docs.example.org/runbooks//api/./", Map.of(), "RESOLVED", "docs/runbooks/api/README.md"),
                Arguments.of("https://docs.example.org/runbooks/x/../api", Map.of(), "RESOLVED", "docs/runbooks/api/README.md"),
                Arguments.of("https://docs.example.org/../../etc/passwd", Map.of(), "DANGLING", ""),
                Arguments.of("  ", Map.of(), "NONE", ""));
    }

    static Stream<String> paths() {
        return Stream.of("", "a", "a/b.md", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "../a", "..", ".", ".md",
                "a/.hidden/b", "..x/y", "x/..y", "a\\b", "a/..", "a/.", "docs/", "incidents/edge/RB-09001-X.md", "//", "/");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("paths")
    void normalizeAgreesWithRepositoryPaths(String path) {
        // The resolver's shortcut for paths with nothing to fold must give what the general folding gives.
        assertThat(RunbookResolver.normalize(path)).isEqualTo(RepositoryPaths.normalize(path));
    }

    @org.junit.jupiter.api.Test
    void schemeTestAgreesWithLowerCasing() {
        // Every character in every position of the scheme, against what lower-casing the whole text decides.
        for (String scheme : List.of("http://", "https://")) {
            for (int at = 0; at < scheme.length(); at++) {
                for (char c = 0; c < Character.MAX_VALUE; c++) {
                    String text = scheme.substring(0, at) + c + scheme.substring(at + 1) + "x/RB-1";
                    assertThat(RunbookResolver.startsWithLowered(text, scheme)).as(text)
                            .isEqualTo(text.toLowerCase(java.util.Locale.ROOT).startsWith(scheme));
                }
            }
        }
        assertThat(RunbookResolver.startsWithLowered("http:", "http://")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("references")
    void sameDetailTheSecondTime(String ref, Map<String, String> labels, String kind, String target) {
        // The second answer comes from the per-URL cache: it must be the first one, word for word.
        Alert alert = new Alert("EtcdNoLeader", Optional.empty(), Optional.of(ref),
                new SourcePosition("alerts/etcd.rules.yml", 3), AlertOrigin.RULE_FILE, labels);
        RunbookResolver resolver = new RunbookResolver(INVENTORY, SETTINGS);

        assertThat(resolver.resolve(alert)).isEqualTo(resolver.resolve(alert));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("references")
    void resolves(String ref, Map<String, String> labels, String kind, String target) {
        Alert alert = new Alert("EtcdNoLeader", Optional.of("critical"), Optional.of(ref),
                new SourcePosition("alerts/etcd.rules.yml", 3), AlertOrigin.RULE_FILE, labels);

        Resolution r = new RunbookResolver(INVENTORY, SETTINGS).resolve(alert);

        assertThat(r.kind().name()).as(r.detail()).isEqualTo(kind);
        assertThat(r.runbookPath().map(p -> p + r.anchor().map(a -> "#" + a).orElse("")).orElse(""))
                .isEqualTo(target);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("references")
    void unverifiableSaysWhichPartIsDynamic(String ref, Map<String, String> labels, String kind, String target) {
        Alert alert = new Alert("EtcdNoLeader", Optional.empty(), Optional.of(ref),
                new SourcePosition("alerts/etcd.rules.yml", 3), AlertOrigin.RULE_FILE, labels);

        Resolution r = new RunbookResolver(INVENTORY, SETTINGS).resolve(alert);

        if (kind.equals("UNVERIFIABLE")) {
            assertThat(r.detail()).contains("{{").contains("depends on the firing alert's labels");
        } else {
            assertThat(r.detail()).doesNotContain("depends on the firing alert");
        }
    }
}
