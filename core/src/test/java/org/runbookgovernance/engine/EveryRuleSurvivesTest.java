package org.runbookgovernance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.GitFacts.ChangeKind;
import org.runbookgovernance.model.GitFacts.ChangedFile;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;
import org.runbookgovernance.rules.governance.RuleFailed;

/**
 * Every rule over generated inventories shaped like repositories we have not seen: ids of every shape, missing
 * and broken dates, duplicate paths, alerts without labels, branches of every shape and the files they change.
 * Each case asserts that no rule throws, and that the engine turns one rule that does into exactly one
 * {@code governance/rule-failed} finding while every other rule's findings stay as they were.
 */
class EveryRuleSurvivesTest {

    /** {@code -Drules.seed=N -Drules.cases=N} explore further; the build runs the same cases every time. */
    private static final long SEED = Long.getLong("rules.seed", 20_2611_26L);
    private static final int CASES = Integer.getInteger("rules.cases", 300);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** File names whose stem becomes the id when nothing else names one. */
    private static final List<String> NAMES = List.of("README", "_INDEX", "_index", "TARGETDOWN", "TargetDown",
            "RB-1", "RB-001", "RB-001-service-down", "rb-002-High-Latency", "Ünïcødé", "🚨", "🔥-fire", "A", "x",
            "PR-12", "feature", "runbook", "runbook-", "RB-", "-RB-001", "OPS-123", "INDEX", "KubeVirtDown",
            "kube_virt_down", "a.b.c", "..", " ", "", "ß", "İstanbul", "日本語", "name with spaces", "RB-9999999");
    private static final List<String> FOLDERS = List.of("", "incidents/", "alerts/cluster-monitoring/",
            "docs/runbooks/", "content/runbooks/x/", "runbooks/", "Ünï/", "templates/");
    private static final List<String> BRANCHES = List.of("runbook/TargetDown", "feature", "runbook/", "PR-12",
            "runbook/RB-001-service-down", "runbook/RB-1", "main", "runbook/Ünïcødé", "🚨", "a", "/", "-",
            "runbook/RB-", "runbook/-", "RB-001", "TARGETDOWN", "feature/OPS-123-tune", "release/1", "x/y/z/",
            "runbook/KubeVirtDown-fix", "runbook/ß", "runbook/İstanbul", "runbook/日本語", "runbook/a.b.c");
    private static final List<String> DATES = List.of("2026-01-01", "2026-13-45", "yesterday", "", "2030-01-01",
            "0000-00-00", "2026-11-26", "1970-01-01", "01/02/2026", "2026-02-29");
    private static final List<String> IDS = List.of("RB-001", "RB-1", "TARGETDOWN", "Ünïcødé", "🚨", "A", "",
            "README", "_INDEX", "PR-12", "RB-", "runbook/TargetDown", "- [ ] x", "RB-001, RB-002");
    private static final List<String> ALERT_NAMES = List.of("TargetDown", "TARGETDOWN", "RB-001", "KubeVirtDown",
            "Ünïcødé", "🚨", "a", "", " ", "HighLatency", "PR-12");
    private static final List<String> REFERENCES = List.of("https://github.com/org/runbooks/blob/main/alerts/x.md",
            "incidents/RB-001-service-down.md", "RB-001", "TargetDown.md#anchor", "#", "../../../etc/passwd",
            "https://runbooks.example.com/runbooks/{{ $labels.alertname }}", "/", "", "https://", "?q=1",
            "docs/runbooks/TargetDown.md", "%zz", "https://x/#/alerts?filter=%7Bx%7D", "Ünïcødé.md");
    private static final List<String> SEVERITIES = List.of("critical", "warning", "P1", "s1", "page", "", "Ünï");

    private static final List<Config> CONFIGS = List.of(Config.DEFAULT,
            Config.DEFAULT.withSection("branch", Map.of("pattern", "runbook/.+", "exempt", List.of("main"))),
            Config.DEFAULT.withSection("branch", Map.of("pattern", "(", "example", "{id}/{slug}")),
            Config.DEFAULT.withSection("alerts", Map.of("require_runbook_for", List.of("*"),
                    "runbook_url_map", Map.of("https://github.com/org/runbooks/blob/main/", "."))));

    @Test
    void noRuleThrowsAndOneThatDoesIsOneFinding() {
        Random random = new Random(SEED);
        List<Rule> rules = RuleRegistry.standard().rules();
        for (int c = 0; c < CASES; c++) {
            Inventory inventory = inventory(random);
            String describe = "case " + c + " (seed " + SEED + "): " + describe(inventory);
            for (Rule rule : rules) {
                Findings findings = new Findings(rule.id(), rule.defaultLevel());
                assertThatCode(() -> rule.check(inventory, findings)).as("%s on %s", rule.id(), describe)
                        .doesNotThrowAnyException();
            }

            List<Finding> expected = Governance.runRules(inventory, RuleRegistry.standard());
            List<Rule> withThrower = new ArrayList<>(rules);
            Throwing thrower = new Throwing(random.nextInt(3));
            withThrower.add(random.nextInt(withThrower.size() + 1), thrower);
            List<Finding> found = Governance.runRules(inventory, RuleRegistry.of(withThrower));

            List<Finding> failures = found.stream().filter(f -> f.ruleId().equals(RuleFailed.ID)).toList();
            assertThat(failures).as(describe).singleElement().satisfies(f -> {
                assertThat(f.level()).isEqualTo(Level.ERROR);
                assertThat(f.position()).isEqualTo(SourcePosition.file("."));
                assertThat(f.message()).contains("`" + Throwing.ID + "`", thrower.failure().getClass().getSimpleName(),
                        "at EveryRuleSurvivesTest$Throwing.failure(EveryRuleSurvivesTest.java:");
            });
            assertThat(found.stream().filter(f -> !f.ruleId().equals(RuleFailed.ID)).toList()).as(describe)
                    .isEqualTo(expected);
        }
    }

    private static Inventory inventory(Random random) {
        List<Document> documents = new ArrayList<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            String path = i > 0 && random.nextInt(8) == 0 ? documents.get(random.nextInt(documents.size())).path()
                    : pick(random, FOLDERS) + pick(random, NAMES) + ".md";
            DocumentKind kind = path.endsWith("README.md") || random.nextInt(10) == 0
                    ? pick(random, List.of(DocumentKind.values())) : DocumentKind.RUNBOOK;
            DocumentParser.parse(path, kind, markdown(random).getBytes(StandardCharsets.UTF_8)).document()
                    .ifPresent(documents::add);
        }
        List<Alert> alerts = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            alerts.add(alert(random, documents));
        }
        List<Problem> problems = random.nextInt(4) == 0 ? List.of(new Problem(pick(random, List.of("input/binary",
                "metadata/malformed", "alerts/malformed-rule-file", "nobody/knows")), SourcePosition.file(
                pick(random, FOLDERS) + "x.md"), "generated problem")) : List.of();
        return new Inventory(pick(random, CONFIGS), TODAY, documents, alerts, git(random, documents), problems);
    }

    private static String markdown(Random random) {
        StringBuilder md = new StringBuilder();
        boolean frontMatter = random.nextBoolean();
        if (frontMatter) {
            md.append("---\n");
            maybe(random, () -> "id: \"" + pick(random, IDS) + "\"\n", md);
            maybe(random, () -> "title: \"" + pick(random, NAMES) + "\"\n", md);
            maybe(random, () -> "severity: " + pick(random, List.of("P1", "P0-P1", "Warning", "", "high")) + "\n", md);
            maybe(random, () -> "owner: \"@team-" + pick(random, NAMES) + "\"\n", md);
            maybe(random, () -> "last_updated: \"" + pick(random, DATES) + "\"\n", md);
            maybe(random, () -> "last_review: \"" + pick(random, DATES) + "\"\n", md);
            maybe(random, () -> "next_review: \"" + pick(random, DATES) + "\"\n", md);
            maybe(random, () -> "review_interval: " + pick(random, List.of("30d", "quarterly", "0d", "-1d", "x"))
                    + "\n", md);
            maybe(random, () -> "alerts: [\"" + pick(random, ALERT_NAMES) + "\", \"" + pick(random, ALERT_NAMES)
                    + "\"]\n", md);
            md.append("---\n");
        }
        if (random.nextInt(4) > 0) {
            md.append("# ").append(random.nextBoolean() ? pick(random, IDS) + ": " : "").append(pick(random, NAMES))
                    .append("\n\n");
        }
        if (!frontMatter) {
            maybe(random, () -> "**Runbook ID:** " + pick(random, IDS) + "\n", md);
            maybe(random, () -> "**Last Updated:** " + pick(random, DATES) + "\n", md);
            maybe(random, () -> "**Last Review:** " + pick(random, DATES) + " (monthly review)\n", md);
            maybe(random, () -> "**Severity:** " + pick(random, SEVERITIES) + "\n", md);
            maybe(random, () -> "**Alerts:** " + pick(random, ALERT_NAMES) + ", " + pick(random, REFERENCES) + "\n",
                    md);
        }
        for (String section : List.of("Symptoms", "Diagnosis", "Mitigation", "Escalation", "Ünïcødé", "")) {
            if (random.nextBoolean()) {
                md.append("\n## ").append(section).append("\n\n");
                maybe(random, () -> "See [" + pick(random, NAMES) + "](" + pick(random, REFERENCES) + ").\n", md);
                maybe(random, () -> "| Alert | Runbook |\n|---|---|\n| " + pick(random, ALERT_NAMES) + " | ["
                        + pick(random, IDS) + "](" + pick(random, FOLDERS) + pick(random, NAMES) + ".md) |\n", md);
                maybe(random, () -> "<!-- runbook-governance: ignore " + pick(random, List.of("freshness/overdue",
                        "*", "", "branch/id-mismatch")) + " until " + pick(random, DATES) + " because -->\n", md);
            }
        }
        return md.toString();
    }

    private static Alert alert(Random random, List<Document> documents) {
        Map<String, String> labels = new HashMap<>();
        Optional<String> severity = Optional.empty();
        if (random.nextBoolean()) {
            severity = Optional.of(pick(random, SEVERITIES));
            labels.put("severity", severity.get());
        }
        if (random.nextInt(3) == 0) {
            labels.put("alertname", pick(random, ALERT_NAMES));
        }
        Optional<String> reference = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(
                random.nextBoolean() || documents.isEmpty() ? pick(random, REFERENCES)
                        : documents.get(random.nextInt(documents.size())).path());
        return new Alert(pick(random, ALERT_NAMES), severity, reference, new SourcePosition(
                pick(random, List.of("alerts/x.yaml", "../monitoring/rules/x.yaml", "/abs/rules.yml")),
                random.nextInt(40)), pick(random, List.of(AlertOrigin.values())), labels);
    }

    private static GitFacts git(Random random, List<Document> documents) {
        String branch = pick(random, BRANCHES);
        switch (random.nextInt(4)) {
            case 0:
                return GitFacts.NONE;
            case 1:
                return new GitFacts(true, Map.of(), false, Optional.of(branch), "HEAD", true, Optional.empty(),
                        Map.of(), GitFacts.DEFAULT_TYPO_THRESHOLD, Optional.empty(),
                        Optional.of("no target branch is known"), List.of("a note"));
            default:
                Map<String, Instant> lastCommit = new HashMap<>();
                Map<String, GitFacts.Edit> edits = new HashMap<>();
                List<ChangedFile> changed = new ArrayList<>();
                for (Document d : documents) {
                    if (random.nextBoolean()) {
                        lastCommit.put(d.path(), Instant.parse(pick(random, List.of("2020-01-01T00:00:00Z",
                                "2026-11-25T12:00:00Z", "2031-01-01T00:00:00Z"))));
                    }
                    if (random.nextBoolean()) {
                        edits.put(d.path(), new GitFacts.Edit(Instant.parse("2026-06-01T00:00:00Z"),
                                "0123456789abcdef0123456789abcdef01234567", random.nextInt(50)));
                    }
                    if (random.nextBoolean()) {
                        changed.add(changed(random, d.path()));
                    }
                }
                if (random.nextBoolean()) {
                    changed.add(changed(random, pick(random, FOLDERS) + pick(random, NAMES) + ".md"));
                }
                if (random.nextInt(4) == 0) {
                    changed.add(changed(random, "README.md"));
                }
                return new GitFacts(true, lastCommit, random.nextBoolean(), random.nextInt(6) == 0 ? Optional.empty()
                        : Optional.of(branch), "CHANGE_BRANCH", false, Optional.of("main"), edits,
                        random.nextInt(5), Optional.of(new GitFacts.ChangeSet("main", "refs/remotes/origin/main",
                        "base", "head", changed)), Optional.empty(), List.of());
        }
    }

    private static ChangedFile changed(Random random, String path) {
        ChangeKind kind = pick(random, List.of(ChangeKind.values()));
        String oldPath = kind == ChangeKind.RENAMED ? pick(random, FOLDERS) + pick(random, NAMES) + ".md" : path;
        return new ChangedFile(path, oldPath, kind, random.nextInt(20), random.nextInt(5), random.nextBoolean(),
                random.nextBoolean());
    }

    private static void maybe(Random random, Supplier<String> text, StringBuilder md) {
        if (random.nextBoolean()) {
            md.append(text.get());
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String describe(Inventory inventory) {
        return inventory.documents().stream().map(d -> d.path() + " [" + d.kind() + "]").toList() + ", runbook ids "
                + inventory.runbooks().stream().map(r -> r.id().value()).toList() + ", alerts "
                + inventory.alerts().stream().map(a -> a.name() + "->" + a.runbookRef().orElse("-")).toList()
                + ", branch " + inventory.git().branch().orElse("-") + ", changes "
                + inventory.git().changes().map(c -> c.files().stream().map(f -> f.kind() + " " + f.path()).toList())
                .orElse(List.of());
    }

    /** A rule with a bug: it throws one of the failures a rule may meet. */
    private record Throwing(int kind) implements Rule {

        static final String ID = "test/throwing";

        Throwable failure() {
            return switch (kind) {
                case 0 -> new StringIndexOutOfBoundsException("begin 0, end -1, length 10");
                case 1 -> new NullPointerException();
                default -> new StackOverflowError();
            };
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Level defaultLevel() {
            return Level.WARNING;
        }

        @Override
        public String summary() {
            return "throws";
        }

        @Override
        public void check(Inventory inventory, Findings findings) {
            Throwable failure = failure();
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }
}
