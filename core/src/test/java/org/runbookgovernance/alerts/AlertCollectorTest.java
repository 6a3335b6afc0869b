package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

class AlertCollectorTest {

    @Test
    void prometheusRuleObjectsInAMultiDocumentFileYieldEveryAlertingRuleWithItsLine() {
        AlertLoad load = FixtureRepository.load(FixtureRepository.resource("static-site")).load();

        assertThat(load.problems()).isEmpty();
        String file = "deploy/kube-prometheus-rules.yaml";
        // Lines of the "- alert:" entries, counted in the fixture by hand; the recording rule is not an alert.
        assertThat(load.alerts()).filteredOn(a -> a.origin() == AlertOrigin.RULE_FILE)
                .extracting(Alert::name, Alert::position, Alert::severity)
                .containsExactly(
                        tuple("KubePodCrashLooping", new SourcePosition(file, 13), Optional.of("warning")),
                        tuple("KubeNodeNotReady", new SourcePosition(file, 21), Optional.of("warning")),
                        tuple("KubeAPIDown", new SourcePosition(file, 28), Optional.of("critical")),
                        tuple("KubeJobFailed", new SourcePosition(file, 35), Optional.of("warning")),
                        tuple("EtcdNoLeader", new SourcePosition(file, 57), Optional.of("critical")),
                        tuple("EtcdHighFsyncDurations", new SourcePosition(file, 64), Optional.of("warning")),
                        tuple("PrometheusRuleFailures", new SourcePosition(file, 72), Optional.of("critical")),
                        tuple("TargetDown", new SourcePosition(file, 79), Optional.of("critical")),
                        tuple("Watchdog", new SourcePosition(file, 83), Optional.of("none")));
        Alert failures = load.alerts().stream().filter(a -> a.name().equals("PrometheusRuleFailures")).findFirst()
                .orElseThrow();
        assertThat(failures.labels()).containsEntry("component", "prometheus");
        assertThat(failures.runbookRef()).contains(
                "https://runbooks.example.org/runbooks/{{ $labels.component }}/prometheusrulefailures#diagnosis");
    }

    @Test
    void indexTableRowsShareTheirRunbookAndKeepTheRowLine() {
        AlertLoad load = FixtureRepository.load(FixtureRepository.resource("seed")).load();

        assertThat(load.alerts()).filteredOn(a -> a.origin() == AlertOrigin.INDEX_TABLE)
                .extracting(Alert::name, a -> a.position().line(), a -> a.runbookRef().orElse(""))
                .containsExactly(
                        tuple("ServiceDown", 9, "incidents/RB-001-SERVICE-DOWN.md"),
                        tuple("HighErrorRate", 10, "incidents/RB-002-SERVICE-DEGRADED.md"),
                        tuple("PodMemoryHigh", 11, "incidents/RB-010-MEMORY-LEAK.md"),
                        tuple("OOMKilled", 11, "incidents/RB-010-MEMORY-LEAK.md"),
                        tuple("CertificateExpiringSoon", 12, "incidents/RB-012-CERTIFICATE-EXPIRATION.md"),
                        tuple("DiskPressure", 13, "incidents/RB-011-DISK-PRESSURE.md"));
    }

    @Test
    void runbooksDeclareAlertsInFrontMatterAndLabelLines() {
        AlertLoad load = FixtureRepository.load(FixtureRepository.resource("seed")).load();

        assertThat(load.alerts()).filteredOn(a -> a.origin() == AlertOrigin.RUNBOOK_METADATA)
                .extracting(Alert::name, Alert::position)
                .containsExactlyInAnyOrder(
                        tuple("ServiceDown", new SourcePosition("incidents/RB-001-SERVICE-DOWN.md", 5)),
                        tuple("HighErrorRate", new SourcePosition("incidents/RB-002-SERVICE-DEGRADED.md", 5)),
                        tuple("HighErrorRatio", new SourcePosition("incidents/RB-002-SERVICE-DEGRADED.md", 5)),
                        tuple("PodMemoryHigh", new SourcePosition("incidents/RB-010-MEMORY-LEAK.md", 5)),
                        tuple("OOMKilled", new SourcePosition("incidents/RB-010-MEMORY-LEAK.md", 5)),
                        tuple("CertificateExpiringSoon",
                                new SourcePosition("incidents/RB-012-CERTIFICATE-EXPIRATION.md", 5)));
    }

    @Test
    void malformedRuleFileIsAProblemWithItsLineAndOtherFilesStillCount() {
        AlertLoad load = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> FixtureRepository.load(FixtureRepository.resource("broken")).load());

        assertThat(load.alerts()).extracting(Alert::name).containsExactly("StillRead");
        assertThat(load.problems()).extracting(Problem::ruleId, p -> p.position().path())
                .containsExactly(
                        tuple(ProblemIds.MALFORMED_RULES, "alerts/bomb.yml"),
                        tuple(ProblemIds.MALFORMED_RULES, "alerts/malformed.yml"));
        Problem malformed = load.problems().get(1);
        assertThat(malformed.position().line()).isEqualTo(8);
        assertThat(malformed.message()).startsWith("malformed rule file: invalid YAML:");
    }

    @Test
    void billionLaughsFailsFastAsAProblem() {
        AlertLoad load = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FixtureRepository.load(FixtureRepository.resource("broken")).load());

        Problem bomb = load.problems().get(0);
        assertThat(bomb.position().path()).isEqualTo("alerts/bomb.yml");
        assertThat(bomb.position().line()).isBetween(8, 15);
        assertThat(bomb.message()).contains("YAML bomb");
    }

    @Test
    void listWrappersMergeKeysAndConfiguredAnnotationKeys(@TempDir Path root) throws IOException {
        write(root, "alerts/list.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: monitoring.coreos.com/v1
                    kind: PrometheusRule
                    spec:
                      groups:
                        - name: a
                          rules:
                            - &base
                              alert: First
                              expr: up == 0
                              labels: {severity: critical, team: core}
                              annotations: {playbook: docs/first.md}
                            - <<: *base
                              alert: Second
                """);
        AlertSettings settings = new AlertSettings(AlertSettings.DEFAULT_RULE_GLOBS, Map.of(), List.of("playbook"),
                List.of("critical"), AlertSettings.DEFAULT_SEVERITY_MAP, true);

        AlertLoad load = AlertCollector.collect(root, settings, List.of(), null);

        assertThat(load.problems()).isEmpty();
        assertThat(load.alerts()).extracting(Alert::name, a -> a.position().line(), Alert::runbookRef,
                        a -> a.labels().get("team"))
                .containsExactly(tuple("First", 11, Optional.of("docs/first.md"), "core"),
                        tuple("Second", 16, Optional.of("docs/first.md"), "core"));
    }

    @Test
    void globsSelectFilesAndOthersAreIgnored(@TempDir Path root) throws IOException {
        String rule = "groups: [{name: g, rules: [{alert: %s, expr: up}]}]\n";
        write(root, "alerts/team-a/a.yml", rule.formatted("A"));
        write(root, "alerts/b.yaml", rule.formatted("B"));
        write(root, "alerts/notes.txt", rule.formatted("NotAGlobMatch"));
        write(root, "elsewhere/c.yml", rule.formatted("C"));

        AlertLoad defaults = AlertCollector.collect(root, AlertSettings.DEFAULT, List.of(), null);
        AlertLoad extra = AlertCollector.collect(root, new AlertSettings(List.of("alerts/**/*.yml", "elsewhere/*.yml"),
                Map.of(), AlertSettings.DEFAULT_ANNOTATIONS, List.of(), Map.of(), true), List.of(), null);

        assertThat(defaults.alerts()).extracting(Alert::name).containsExactly("B", "A");
        assertThat(extra.alerts()).extracting(Alert::name).containsExactly("A", "C");
    }

    @Test
    void excludedRuleFilesAreNotRead(@TempDir Path root) throws IOException {
        String rule = "groups: [{name: g, rules: [{alert: %s, expr: up}]}]\n";
        write(root, "alerts/team-a/a.yml", rule.formatted("A"));
        write(root, "alerts/drafts/b.yml", "groups: [unclosed\n"); // would be a problem, were it read
        write(root, "alerts/c.yml", rule.formatted("C"));

        AlertLoad load = AlertCollector.startReadingRuleFiles(root, AlertSettings.DEFAULT,
                List.of(Glob.of("alerts/drafts/**"), Glob.of("**/c.yml"))).join();

        assertThat(load.alerts()).extracting(Alert::name).containsExactly("A");
        assertThat(load.problems()).isEmpty();
        assertThat(AlertCollector.startReadingRuleFiles(root, AlertSettings.DEFAULT).join().problems()).hasSize(1);
    }

    @Test
    void manyRuleFilesReadByTheTaskAndTheJoiningThreadKeepPathOrderAndEveryProblem(@TempDir Path root)
            throws IOException {
        for (int f = 0; f < 400; f++) {
            String name = String.format("alerts/svc-%03d.yml", f);
            write(root, name, f % 100 == 7 ? "groups: [unclosed\n" : "groups:\n- name: g\n  rules:\n"
                    + "  - record: job:up:sum\n    expr: sum(up)\n"
                    + "  - alert: Alert" + f + "a\n    expr: up == 0\n  - alert: Alert" + f + "b\n    expr: up == 0\n");
        }

        AlertLoad load = AlertCollector.startReadingRuleFiles(root, AlertSettings.DEFAULT).join();

        assertThat(load.alerts()).hasSize(2 * 396);
        assertThat(load.alerts()).extracting(Alert::name).startsWith("Alert0a", "Alert0b", "Alert1a")
                .endsWith("Alert399a", "Alert399b").doesNotContain("Alert7a", "Alert107a");
        assertThat(load.alerts()).extracting(a -> a.position().path()).isSorted();
        assertThat(load.problems()).extracting(p -> p.position().path())
                .containsExactly("alerts/svc-007.yml", "alerts/svc-107.yml", "alerts/svc-207.yml", "alerts/svc-307.yml");
    }

    @Test
    void symlinkLeadingOutOfTheRepositoryIsNotFollowed(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Path outside = write(tmp, "outside/secret.yml", "groups: [{name: g, rules: [{alert: Outside, expr: up}]}]\n");
        Files.createDirectories(root.resolve("alerts"));
        Files.createSymbolicLink(root.resolve("alerts/linked.yml"), outside);

        AlertLoad load = AlertCollector.collect(root, AlertSettings.DEFAULT, List.of(), null);

        assertThat(load.alerts()).isEmpty();
        assertThat(load.problems()).extracting(Problem::ruleId, Problem::position)
                .containsExactly(tuple(ProblemIds.OUTSIDE_REPOSITORY, SourcePosition.file("alerts/linked.yml")));
    }

    @Test
    void invalidUtf8IsAnEncodingProblem(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("alerts"));
        Files.write(root.resolve("alerts/latin1.yml"), "groups: [{name: caf\u00e9}]\n".getBytes(
                StandardCharsets.ISO_8859_1));

        AlertLoad load = AlertCollector.collect(root, AlertSettings.DEFAULT, List.of(), null);

        assertThat(load.problems()).extracting(Problem::ruleId).containsExactly(ProblemIds.ENCODING);
    }

    @Test
    void indexTableCanBeTurnedOff() {
        Path seed = FixtureRepository.resource("seed");
        AlertSettings off = new AlertSettings(AlertSettings.DEFAULT_RULE_GLOBS, Map.of(),
                AlertSettings.DEFAULT_ANNOTATIONS, List.of(), Map.of(), false);

        AlertLoad load = AlertCollector.collect(seed, off, List.of(), seed.resolve("README.md"));

        assertThat(load.alerts()).noneMatch(a -> a.origin() == AlertOrigin.INDEX_TABLE);
        assertThat(AlertCollector.collect(seed, AlertSettings.DEFAULT, List.of(), Path.of("README.md")).alerts())
                .filteredOn(a -> a.origin() == AlertOrigin.INDEX_TABLE).hasSize(6);
    }

    private static Path write(Path root, String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }
}
