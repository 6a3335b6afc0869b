package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * {@code init} on the three fixture layouts of the golden cases, then {@code check} with what it wrote: every
 * runbook the fixture has is found and every alert resolves to the page it names, except the one reference
 * planted to dangle. Each fixture's truth is written here, not read from the tool.
 */
class InitCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path tmp;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("init-alert-folders", Map.of(
                        "VolumeFillingUp", "alerts/storage/VolumeFillingUp.md",
                        "VolumeReadOnly", "alerts/storage/VolumeReadOnly.md",
                        "EgressDropped", "alerts/network/EgressDropped.md",
                        "DnsLatencyHigh", "alerts/network/DnsLatencyHigh.md"), List.of("RouteFlapping")),
                Arguments.of("init-hugo-site", Map.of(
                        "NodeDiskFull", "content/runbooks/node/NodeDiskFull.md",
                        "NodeClockSkew", "content/runbooks/node/NodeClockSkew.md",
                        "EtcdNoLeader", "content/runbooks/etcd/EtcdNoLeader.md"), List.of()),
                Arguments.of("init-service-docs", Map.of(
                        "BillingDown", "docs/billing/README.md",
                        "SearchSlow", "docs/search/README.md",
                        "LedgerBehind", "docs/ledger/README.md",
                        "GatewayErrors", "docs/gateway/README.md"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @SuppressWarnings("unchecked")
    void checkFindsEveryRunbookAndResolvesEveryAlertWithTheWrittenConfig(String fixture,
            Map<String, String> runbookOf, List<String> dangling) throws IOException {
        Path repo = copy(fixture);
        assertThat(run("init", repo.toString()).exit).isZero();
        Path expectedConfig = CASES.resolve(fixture).resolve("expected-config.yml");
        String written = Files.readString(repo.resolve(".runbook-governance.yml"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedConfig, written);
        }
        assertThat(written).isEqualTo(Files.readString(expectedConfig));

        Run check = run("check", repo.toString(), "--no-git", "--format", "json", "--fail-on", "never");
        Map<String, Object> json = (Map<String, Object>) SafeYaml.load(check.out, "report.json", 1, YamlLimits.LARGE);
        List<String> runbooks = new ArrayList<>();
        for (Object r : (List<Object>) json.get("runbooks")) {
            runbooks.add((String) ((Map<String, Object>) r).get("path"));
        }
        assertThat(runbooks).containsExactlyInAnyOrderElementsOf(runbookOf.values());
        Map<String, String> resolved = new HashMap<>();
        for (Object a : (List<Object>) json.get("alerts")) {
            Map<String, Object> alert = (Map<String, Object>) a;
            resolved.put((String) alert.get("name"), (String) alert.get("runbook"));
        }
        Map<String, String> expected = new HashMap<>(runbookOf);
        dangling.forEach(name -> expected.put(name, null));
        assertThat(resolved).isEqualTo(expected);
        List<String> danglingFindings = new ArrayList<>();
        for (Object f : (List<Object>) json.get("findings")) {
            Map<String, Object> finding = (Map<String, Object>) f;
            if ("alerts/dangling-runbook-url".equals(finding.get("rule"))) {
                danglingFindings.add((String) finding.get("message"));
            }
        }
        assertThat(danglingFindings).hasSize(dangling.size());
        for (int i = 0; i < dangling.size(); i++) {
            assertThat(String.join("\n", danglingFindings)).contains(dangling.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void runningItTwiceWithForceWritesTheSameFile(String fixture) throws IOException {
        Path repo = copy(fixture);
        Run first = run("init", repo.toString());
        String written = Files.readString(repo.resolve(".runbook-governance.yml"));
        Run second = run("init", repo.toString(), "--force");
        assertThat(second.exit).isZero();
        assertThat(Files.readString(repo.resolve(".runbook-governance.yml"))).isEqualTo(written);
        assertThat(second.out).isEqualTo(first.out);
    }

    @Test
    void neverReplacesAnExistingConfigWithoutForce() throws IOException {
        Path repo = copy("init-hugo-site");
        Files.writeString(repo.resolve(".runbook-governance.yml"), "review:\n  interval: yearly\n");
        Run run = run("init", repo.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.lines()).singleElement().asString().contains("exists already").contains("--force");
        assertThat(Files.readString(repo.resolve(".runbook-governance.yml"))).isEqualTo("review:\n  interval: yearly\n");
    }

    @Test
    void pagesThatOnlyPointElsewhereAreCountedApartFromTheRunbooksACheckJudges() throws IOException {
        Path repo = tmp.resolve("pointers");
        Files.createDirectories(repo.resolve("alerts/storage"));
        Files.writeString(repo.resolve("alerts/storage/VolumeFull.md"), "# VolumeFull\n\n## Meaning\n\nFull.\n");
        Files.writeString(repo.resolve("alerts/storage/VolumeSlow.md"), "# VolumeSlow\n\n## Meaning\n\nSlow.\n");
        Files.writeString(repo.resolve("alerts/storage/VolumeOld.md"),
                "# VolumeOld\n\nThis runbook has moved to [VolumeFull](VolumeFull.md).\n");

        Run run = run("init", repo.toString());
        Run check = run("check", repo.toString(), "--no-git", "--today", "2026-11-26", "--format", "json");

        assertThat(run.out).contains("found: 3 runbooks in alerts/storage/ (3); 1 of them only point elsewhere or"
                + " are marked [Deprecated], so `check` judges 2");
        assertThat(check.out).contains("\"id\": \"VolumeFull\"", "\"id\": \"VolumeSlow\"")
                .doesNotContain("\"id\": \"VolumeOld\"");
    }

    @Test
    void aRepositoryWhoseRulesLinkToATableWithNoRunbookPagesGetsNoEmptyRunbookList() throws IOException {
        Path repo = tmp.resolve("mixin");
        Files.createDirectories(repo.resolve("mixin"));
        Files.createDirectories(repo.resolve("examples/alerts"));
        Files.writeString(repo.resolve("mixin/runbook.md"), "# Alerts\n\n## compact\n\n|Name|\n|---|\n|CompactHalted|\n");
        Files.writeString(repo.resolve("examples/alerts/alerts.yaml"), "groups:\n- name: compact\n  rules:\n"
                + "  - alert: CompactHalted\n    expr: up == 0\n    labels:\n      severity: warning\n"
                + "    annotations:\n      runbook_url: https://example.org/mixin/runbook.md#alert-name-compacthalted\n");

        Run run = run("init", repo.toString());

        assertThat(run.exit).isZero();
        assertThat(Files.readString(repo.resolve(".runbook-governance.yml"))).doesNotContain("runbooks:")
                .contains("rule_files: [\"examples/**/*.yaml\"]");
        assertThat(run.out).contains("could not decide: which pages are runbooks");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexRulesJudgeExactlyTheIndexInitFound() throws IOException {
        Path folders = copy("init-alert-folders");
        run("init", folders.toString());
        Map<String, Object> json = (Map<String, Object>) SafeYaml.load(run("check", folders.toString(), "--no-git",
                "--format", "json", "--fail-on", "never").out, "report.json", 1, YamlLimits.LARGE);
        List<String> indexFindings = new ArrayList<>();
        for (Object f : (List<Object>) json.get("findings")) {
            Map<String, Object> finding = (Map<String, Object>) f;
            if (((String) finding.get("rule")).startsWith("index/")) {
                indexFindings.add(finding.get("rule") + " " + finding.get("path"));
            }
        }
        assertThat(indexFindings).as("alerts/README.md lists three of the four runbooks")
                .containsExactly("index/missing-entry alerts/network/EgressDropped.md");

        Path hugo = copy("init-hugo-site");
        run("init", hugo.toString());
        assertThat(run("check", hugo.toString(), "--no-git", "--fail-on", "never").out).doesNotContain("index/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunbooksFolderReadmeThatIsNoIndexStaysOutOfTheRunbooksWhenTheIndexRulesAreOff() throws IOException {
        Path repo = tmp.resolve("plain");
        Files.createDirectories(repo.resolve("docs/runbooks"));
        Files.writeString(repo.resolve("docs/runbooks/README.md"), "# Runbooks\n\nOne page per alert; start with "
                + "[DiskFull](DiskFull.md).\n\n```\n<!-- runbook-governance:begin directory -->\n```\n");
        for (String alert : List.of("DiskFull", "NodeDown", "QueueStuck")) {
            Files.writeString(repo.resolve("docs/runbooks/" + alert + ".md"), "# " + alert + "\n\n## Meaning\n");
        }

        Run init = run("init", repo.toString());

        assertThat(Files.readString(repo.resolve(".runbook-governance.yml")))
                .contains("  index: []\n")
                .contains("other: [\"**/_index.md\", \"docs/runbooks/README.md\"]");
        assertThat(init.out).contains("found: index: none");
        Map<String, Object> json = (Map<String, Object>) SafeYaml.load(run("check", repo.toString(), "--no-git",
                "--format", "json", "--fail-on", "never").out, "report.json", 1, YamlLimits.LARGE);
        assertThat((List<Object>) json.get("runbooks")).extracting(r -> ((Map<String, Object>) r).get("path"))
                .containsExactlyInAnyOrder("docs/runbooks/DiskFull.md", "docs/runbooks/NodeDown.md",
                        "docs/runbooks/QueueStuck.md");
    }

    @Test
    void everyWrittenKeyCarriesAComment() throws IOException {
        for (String fixture : List.of("init-alert-folders", "init-hugo-site", "init-service-docs")) {
            Path repo = copy(fixture);
            run("init", repo.toString());
            List<String> lines = Files.readAllLines(repo.resolve(".runbook-governance.yml"));
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("  ") && !lines.get(i).strip().startsWith("#")) {
                    keys.add(i);
                }
            }
            assertThat(keys).as(fixture + ": written keys").isNotEmpty()
                    .allSatisfy(i -> assertThat(lines.get(i - 1).strip()).as(fixture + ": " + lines.get(i)).startsWith("# "));
        }
    }

    private Path copy(String fixture) throws IOException {
        Path from = CASES.resolve(fixture).resolve("repo");
        Path to = tmp.resolve(fixture);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
