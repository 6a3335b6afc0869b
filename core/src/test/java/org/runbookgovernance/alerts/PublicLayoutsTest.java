package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.alerts.AlertsRules;

/**
 * Real public layouts, built as fixtures: every expected set below was written by hand from the fixture
 * files, not produced by the code under test.
 */
class PublicLayoutsTest {

    /** What each layout must give: alert → "path[#anchor]" or the resolution kind, and the flagged sets. */
    record Expected(Map<String, String> routes, Set<String> runbookWithoutAlert, Set<String> alertWithoutRunbook,
                    Set<String> dangling, Set<String> unverifiable, Set<String> severityMismatch) {
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                // (a) content/runbooks/<component>/<AlertName>.md served lowercased without .md, PrometheusRule objects.
                Arguments.of("static-site", new Expected(
                        ordered("KubePodCrashLooping", "content/runbooks/kubernetes/KubePodCrashLooping.md",
                                "KubeNodeNotReady", "content/runbooks/kubernetes/KubeNodeNotReady.md",
                                "KubeAPIDown", "DANGLING",
                                "KubeJobFailed", "UNVERIFIABLE",
                                "EtcdNoLeader", "content/runbooks/etcd/EtcdNoLeader.md",
                                "EtcdHighFsyncDurations", "content/runbooks/etcd/EtcdHighFsyncDurations.md",
                                "PrometheusRuleFailures",
                                "content/runbooks/prometheus/PrometheusRuleFailures.md#diagnosis",
                                "TargetDown", "NONE",
                                "Watchdog", "NONE"),
                        Set.of("content/runbooks/alertmanager/AlertmanagerFailedReload.md"),
                        Set.of("TargetDown"),
                        Set.of("KubeAPIDown"),
                        Set.of("KubeJobFailed"),
                        Set.of())),
                // (b) alerts/<team>/<AlertName>.md referenced by GitHub blob and tree URLs.
                Arguments.of("github-blob", new Expected(
                        ordered("PaymentsHighLatency", "alerts/payments/PaymentsHighLatency.md",
                                "PaymentsErrorBudgetBurn",
                                "alerts/payments/PaymentsErrorBudgetBurn.md#mitigation-steps",
                                "SearchIndexLag", "DANGLING",
                                "SearchQueriesFailing", "DANGLING",
                                "SearchVendorDown", "EXTERNAL_UNMAPPED"),
                        Set.of("alerts/storage/DiskFull.md"),
                        Set.of(),
                        Set.of("SearchIndexLag", "SearchQueriesFailing"),
                        Set.of("SearchVendorDown"),
                        Set.of("PaymentsHighLatency"))),
                // (c) annotations.runbook holding a repository path with a #section, from root or rule file.
                Arguments.of("annotation-path", new Expected(
                        ordered("PostgresReplicationLagHigh", "runbooks/db/replication.md#failover",
                                "PostgresReplicaDown", "runbooks/db/replication.md#promote-a-replica",
                                "PostgresPrimaryDown", "DANGLING",
                                "PostgresBackupMissing", "runbooks/db/backups.md#restore"),
                        Set.of(),
                        Set.of(),
                        Set.of("PostgresPrimaryDown"),
                        Set.of(),
                        Set.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void routesAndFindingsEqualTheHandCountedSets(String fixture, Expected expected) {
        Inventory inventory = FixtureRepository.load(FixtureRepository.resource(fixture)).inventory();
        RunbookResolver resolver = new RunbookResolver(inventory, AlertSettings.from(inventory.config(), List.of(),
                Map.of()));

        Map<String, String> routes = new LinkedHashMap<>();
        for (Alert a : inventory.alerts()) {
            if (a.origin() == AlertOrigin.RULE_FILE) {
                Resolution r = resolver.resolve(a);
                routes.put(a.name(), r.resolved()
                        ? r.runbookPath().orElseThrow() + r.anchor().map(x -> "#" + x).orElse("") : r.kind().name());
            }
        }
        List<Finding> findings = run(inventory);

        assertThat(routes).containsExactlyEntriesOf(expected.routes());
        assertThat(paths(findings, "alerts/runbook-without-alert", Level.WARNING))
                .isEqualTo(new TreeSet<>(expected.runbookWithoutAlert()));
        assertThat(alertNames(inventory, findings, "alerts/alert-without-runbook", Level.ERROR))
                .isEqualTo(new TreeSet<>(expected.alertWithoutRunbook()));
        assertThat(alertNames(inventory, findings, "alerts/dangling-runbook-url", Level.ERROR))
                .isEqualTo(new TreeSet<>(expected.dangling()));
        assertThat(alertNames(inventory, findings, "alerts/dangling-runbook-url", Level.INFO))
                .isEqualTo(new TreeSet<>(expected.unverifiable()));
        assertThat(alertNames(inventory, findings, "alerts/severity-mismatch", Level.WARNING))
                .isEqualTo(new TreeSet<>(expected.severityMismatch()));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("alerts/unknown-alert")).isEmpty();
    }

    static List<Finding> run(Inventory inventory) {
        return AlertsRules.all().stream().flatMap(rule -> check(rule, inventory).stream()).toList();
    }

    private static List<Finding> check(Rule rule, Inventory inventory) {
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);
        return findings.list();
    }

    private static Set<String> paths(List<Finding> findings, String rule, Level level) {
        TreeSet<String> out = new TreeSet<>();
        findings.stream().filter(f -> f.ruleId().equals(rule) && f.level() == level)
                .forEach(f -> out.add(f.position().path()));
        return out;
    }

    /** The rule-file or index alert each finding points at, found by its position. */
    private static Set<String> alertNames(Inventory inventory, List<Finding> findings, String rule, Level level) {
        TreeSet<String> out = new TreeSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(rule) && f.level() == level) {
                out.add(inventory.alerts().stream().filter(a -> a.origin() != AlertOrigin.RUNBOOK_METADATA
                        && a.position().equals(f.position())).map(Alert::name).findFirst().orElse(f.message()));
            }
        }
        return out;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

}
