package org.runbookgovernance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.bench.BenchMain.Run;

/**
 * {@code bench/run.sh --rule-files}: the check on a repository of many small rule files ({@link RuleFileCorpus}),
 * its {@code alerts} phase judged in each run against snakeyaml loading the same files ({@link YamlLimit}),
 * with the JVM's default flags and with the launcher's, whichever is faster.
 */
final class RuleFilesBench {

    private static final Pattern ALERTS_PHASE = Pattern.compile("\"alerts\"\\s*:\\s*(\\d+)");

    private RuleFilesBench() {
    }

    static void run(Map<String, String> opts, Path launcher, String benchJar, int runs) throws Exception {
        RuleFileCorpus corpus = new RuleFileCorpus(BenchMain.intOpt(opts, "files", 3_000),
                BenchMain.intOpt(opts, "alerts", 6_000), BenchMain.intOpt(opts, "recording", 75_000),
                BenchMain.intOpt(opts, "runbooks", 650));
        Path root = Path.of(opts.getOrDefault("out", "bench/target/rule-files")).toAbsolutePath();
        Path marker = root.resolveSibling(root.getFileName() + ".fingerprint");
        if (!Files.exists(marker) || !Files.readString(marker).equals(corpus.fingerprint())) {
            System.err.println("bench: writing " + corpus.fingerprint() + " to " + root);
            BenchMain.deleteTree(root);
            corpus.writeTo(root);
            Files.writeString(marker, corpus.fingerprint());
        }
        String loadBefore = BenchMain.loadAverage();
        List<String> flags = BenchMain.launcherFlags(launcher);
        Path json = root.resolveSibling("rule-files-check.json");
        List<Run> yamlDefault = new ArrayList<>();
        List<Run> yamlLauncher = new ArrayList<>();
        List<Run> check = new ArrayList<>();
        BenchMain.run(List.of(launcher.toString(), "check", "runbooks", "--today", "2026-11-26", "--no-git"), null);
        for (int i = 0; i < runs; i++) {
            System.err.println("bench: rule-files run " + (i + 1) + " of " + runs);
            if (i % 2 == 1) {
                check.add(check(launcher, root, json));
            }
            yamlDefault.add(BenchMain.run(List.of("java", "-cp", benchJar, YamlLimit.class.getName(), root.toString()),
                    null));
            List<String> withFlags = new ArrayList<>(List.of("java"));
            withFlags.addAll(flags);
            withFlags.addAll(List.of("-cp", benchJar, YamlLimit.class.getName(), root.toString()));
            yamlLauncher.add(BenchMain.run(withFlags, null));
            if (i % 2 == 0) {
                check.add(check(launcher, root, json));
            }
        }
        for (Run c : check) {
            if (c.exit() > 1) {
                throw new IllegalStateException("a measured rule-files check failed with exit " + c.exit());
            }
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Rule files: %,d files, %,d alerting and %,d recording rules, %,d runbooks; "
                + "median of %d runs. Load average before: %s.%n%n", corpus.files(), corpus.alerts(),
                corpus.recording(), corpus.runbooks(), runs, loadBefore));
        t.append("| Measure | Wall | CPU | Peak RSS | Target | Result |\n");
        t.append("|---|--:|--:|--:|---|---|\n");
        List<Long> workDefault = work(yamlDefault);
        List<Long> workLauncher = work(yamlLauncher);
        boolean launcherFaster = BenchMain.median(workLauncher) < BenchMain.median(workDefault);
        List<Long> limit = launcherFaster ? workLauncher : workDefault;
        BenchMain.row(t, "snakeyaml loading every rule file, default JVM flags (process)", yamlDefault, "", "");
        BenchMain.row(t, "&nbsp;&nbsp;its work inside the process" + (launcherFaster ? "" : ": the limit"),
                String.format(Locale.ROOT, "%.2f s", BenchMain.median(workDefault) / 1000.0));
        BenchMain.row(t, "snakeyaml loading every rule file, the launcher's JVM flags (process)", yamlLauncher, "", "");
        BenchMain.row(t, "&nbsp;&nbsp;its work inside the process" + (launcherFaster ? ": the limit" : ""),
                String.format(Locale.ROOT, "%.2f s", BenchMain.median(workLauncher) / 1000.0));
        BenchMain.row(t, "`check --no-git` (process)", check, "", "");
        List<Long> phase = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Matcher m = ALERTS_PHASE.matcher(check.get(i).stdout());
            long ms = m.find() ? Long.parseLong(m.group(1)) : -1;
            phase.add(ms);
            ratio.add(ms / (double) limit.get(i));
        }
        BenchMain.row(t, "&nbsp;&nbsp;phase `alerts` (in process)",
                String.format(Locale.ROOT, "%.2f s", BenchMain.median(phase) / 1000.0));
        double r = BenchMain.medianD(ratio);
        t.append(String.format(Locale.ROOT, "| **The alerts phase ÷ snakeyaml's load of the same files** (median of the "
                + "runs' ratios; range %.2f–%.2f×) | %.2f× | | | ≤ 0.5× | %s |%n", java.util.Collections.min(ratio),
                java.util.Collections.max(ratio), r, BenchMain.verdict(r <= 0.5)));
        t.append(String.format(Locale.ROOT, "%nLoad average after: %s.%n", BenchMain.loadAverage()));
        System.out.print(t);
        Path results = root.resolveSibling("rule-files-results.md");
        Files.writeString(results, t.toString());
        System.err.println("bench: table written to " + results);
    }

    private static List<Long> work(List<Run> runs) {
        return runs.stream().map(r -> Long.parseLong(r.stdout().strip().split(" ")[2])).toList();
    }

    private static Run check(Path launcher, Path root, Path json) throws Exception {
        Files.deleteIfExists(json);
        Run c = BenchMain.run(List.of(launcher.toString(), "check", root.toString(), "--no-git", "--today",
                Corpus.TODAY.toString(), "--format", "json", "--output", json.toString()), null);
        return new Run(c.wall(), c.cpu(), c.peakKib(), Files.exists(json) ? BenchMain.timings(Files.readString(json))
                : "", c.exit());
    }
}
