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
 * {@code bench/run.sh --history}: the check on a long history ({@link HistoryCorpus}), judged side by side in
 * each run against one native {@code git log --name-only --format=%ct} pass over the same history. Per run,
 * interleaved: the native pass, the check with every page a runbook without and with git, and the check with
 * the default config (nothing there is a runbook) without and with git. Then once, the check with git and
 * every page a runbook inside one JVM with the JVM's default flags, as the Jenkins step runs the engine.
 * The checks with git walk the whole history ({@code --no-cache}) but for the warm one: a check after one new
 * commit (a typo fix) on top of a cache written at the commit before, undone after each run.
 */
final class HistoryBench {

    private static final Pattern GIT_PHASE = Pattern.compile("\"git\"\\s*:\\s*(\\d+)");

    private HistoryBench() {
    }

    static void run(Map<String, String> opts, Path launcher, String benchJar, int runs) throws Exception {
        HistoryCorpus corpus = new HistoryCorpus(BenchMain.intOpt(opts, "files", 30_000),
                BenchMain.intOpt(opts, "commits", 20_000));
        Path repo = Path.of(opts.getOrDefault("out", "bench/target/history")).toAbsolutePath();
        Path marker = repo.resolveSibling(repo.getFileName() + ".fingerprint");
        if (!Files.exists(marker) || !Files.readString(marker).equals(corpus.fingerprint())) {
            long t = System.nanoTime();
            System.err.println("bench: writing " + corpus.fingerprint() + " to " + repo);
            BenchMain.deleteTree(repo);
            corpus.writeTo(repo);
            Files.writeString(marker, corpus.fingerprint());
            System.err.printf(Locale.ROOT, "bench: history written in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        String loadBefore = BenchMain.loadAverage();
        Path json = repo.resolveSibling("history-check.json");
        String everyPage = repo.resolve(HistoryCorpus.EVERY_PAGE).toString();
        List<Run> nativePass = new ArrayList<>();
        List<Run> noGit = new ArrayList<>();
        List<Run> withGit = new ArrayList<>();
        List<Run> defaultNoGit = new ArrayList<>();
        List<Run> defaultGit = new ArrayList<>();
        List<Run> warm = new ArrayList<>();
        List<Run> warmBase = new ArrayList<>();
        List<Run> warmPass = new ArrayList<>();
        int warmPairs = BenchMain.intOpt(opts, "warm-pairs", 3);
        Path cache = repo.resolveSibling("history-cache");
        BenchMain.run(List.of(launcher.toString(), "check", "runbooks", "--today", "2026-11-26", "--no-git"), null);
        for (int i = 0; i < runs; i++) {
            System.err.println("bench: history run " + (i + 1) + " of " + runs);
            // Each judged side takes turns at running first.
            if (i % 2 == 1) {
                withGit.add(check(launcher, repo, json, "--config", everyPage, "--no-cache"));
            }
            nativePass.add(BenchMain.run(List.of("git", "-C", repo.toString(), "log", "--name-only", "--format=%ct",
                    "HEAD"), null));
            noGit.add(check(launcher, repo, json, "--config", everyPage, "--no-git"));
            if (i % 2 == 0) {
                withGit.add(check(launcher, repo, json, "--config", everyPage, "--no-cache"));
            }
            defaultNoGit.add(check(launcher, repo, json, "--no-git"));
            defaultGit.add(check(launcher, repo, json, "--no-cache"));
            // The warm extra is a small difference of two whole processes: judged on adjacent pairs, each side
            // taking turns at going first, so that the machine's drift between them is small.
            for (int k = 0; k < warmPairs; k++) {
                Run base = null;
                if ((i + k) % 2 == 0) {
                    base = check(launcher, repo, json, "--config", everyPage, "--no-git");
                }
                Run w = warmCheck(launcher, repo, json, everyPage, cache);
                if (base == null) {
                    base = check(launcher, repo, json, "--config", everyPage, "--no-git");
                }
                warm.add(w);
                warmBase.add(base);
                warmPass.add(nativePass.get(i));
            }
        }
        // The step keeps its cache in the repository's .git folder: its first check walks, its second reads.
        BenchMain.deleteTree(repo.resolve(".git/runbook-governance"));
        Run agent = BenchMain.run(List.of("java", "-cp", benchJar, AgentJvm.class.getName(), repo.toString(), "2",
                json.toString(), "--git", "--config", everyPage), null);
        if (agent.exit() != 0) {
            throw new IllegalStateException("the in-JVM checks failed with exit " + agent.exit());
        }
        // As the steps run the engine now: each check a JVM of its own with the launcher's flags.
        BenchMain.deleteTree(repo.resolve(".git/runbook-governance"));
        List<Run> stepProcess = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(launcherFlags(launcher));
            command.addAll(List.of("-cp", benchJar, AgentJvm.class.getName(), repo.toString(), "1", json.toString(),
                    "--git", "--config", everyPage));
            Run r = BenchMain.run(command, null);
            if (r.exit() != 0) {
                throw new IllegalStateException("the step's engine process failed with exit " + r.exit());
            }
            stepProcess.add(r);
        }
        for (Run c : BenchMain.concat(BenchMain.concat(BenchMain.concat(noGit, withGit), BenchMain.concat(warm,
                warmBase)),
                BenchMain.concat(defaultNoGit, defaultGit))) {
            if (c.exit() > 1) {
                throw new IllegalStateException("a measured history run failed with exit " + c.exit());
            }
        }
        int pages = (int) Files.walk(repo.resolve("docs")).filter(p -> p.toString().endsWith(".md")).count();

        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "History: %,d commits (a quarter of them merges), %,d Markdown pages at "
                + "HEAD, every page a runbook (`--config %s`) unless said. Median of %d runs. Load average before: %s."
                + "%n%n", corpus.commits(), pages, HistoryCorpus.EVERY_PAGE, runs, loadBefore));
        t.append("| Measure | Wall | CPU | Peak RSS | Target | Result |\n");
        t.append("|---|--:|--:|--:|---|---|\n");
        BenchMain.row(t, "**One native pass**: `git log --name-only --format=%ct HEAD` (process)", nativePass, "", "");
        BenchMain.row(t, "`check --no-git`, every page a runbook (process)", noGit, "", "");
        BenchMain.row(t, "`check` with git, every page a runbook (process)", withGit, "", "");
        List<Long> gitWait = new ArrayList<>();
        for (Run c : withGit) {
            Matcher m = GIT_PHASE.matcher(c.stdout());
            if (m.find()) {
                gitWait.add(Long.parseLong(m.group(1)));
            }
        }
        BenchMain.row(t, "&nbsp;&nbsp;phase `git`: the wait for the walk after the parse (in process)",
                String.format(Locale.ROOT, "%.2f s", BenchMain.median(gitWait) / 1000.0));
        List<Double> extra = new ArrayList<>();
        List<Double> memory = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            extra.add((withGit.get(i).wall() - noGit.get(i).wall()) / nativePass.get(i).wall());
            memory.add(withGit.get(i).peakKib() / (double) noGit.get(i).peakKib());
        }
        double extraRatio = BenchMain.medianD(extra);
        double memoryRatio = BenchMain.medianD(memory);
        t.append(String.format(Locale.ROOT, "| **History's extra wall ÷ one native pass**: (with git − without) ÷ the "
                + "native pass of the same run (median; range %.2f–%.2f×) | %.2f× | | | ≤ 1.0× | %s |%n",
                java.util.Collections.min(extra), java.util.Collections.max(extra), extraRatio,
                BenchMain.verdict(extraRatio <= 1.0)));
        t.append(String.format(Locale.ROOT, "| **Peak RSS with history ÷ without** (median; range %.2f–%.2f×) | %.2f× "
                + "| | | ≤ 1.3× | %s |%n", java.util.Collections.min(memory), java.util.Collections.max(memory),
                memoryRatio, BenchMain.verdict(memoryRatio <= 1.3)));
        BenchMain.row(t, "`check` with git and a warm cache: one new commit since the cached HEAD (process)", warm, "",
                "");
        List<Double> warmExtra = new ArrayList<>();
        List<Double> warmMemory = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < warm.size(); i++) {
            warmExtra.add((warm.get(i).wall() - warmBase.get(i).wall()) / warmPass.get(i).wall());
            warmCpu.add((warm.get(i).cpu() - warmBase.get(i).cpu()) / warmPass.get(i).cpu());
            warmMemory.add(warm.get(i).peakKib() / (double) warmBase.get(i).peakKib());
        }
        double warmRatio = BenchMain.medianD(warmExtra);
        t.append(String.format(Locale.ROOT, "| **Warm: history's extra wall ÷ one native pass** (%d adjacent pairs of "
                + "`--no-git` and warm; median; range %.2f–%.2f×; extra CPU ÷ the pass's CPU %.2f×; peak RSS ÷ without "
                + "git %.2f×) | %.2f× | | | ≤ 0.1× | %s |%n", warm.size(), java.util.Collections.min(warmExtra),
                java.util.Collections.max(warmExtra), BenchMain.medianD(warmCpu), BenchMain.medianD(warmMemory),
                warmRatio, BenchMain.verdict(warmRatio <= 0.1)));
        BenchMain.row(t, "`check --no-git`, default config: no page is a runbook (process)", defaultNoGit, "", "");
        BenchMain.row(t, "`check` with git, default config: no history is walked (process)", defaultGit, "", "");
        List<Double> defaults = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            defaults.add(defaultGit.get(i).wall() / defaultNoGit.get(i).wall());
        }
        t.append(String.format(Locale.ROOT, "| &nbsp;&nbsp;with git ÷ without, default config (median) | %.2f× | | "
                + "| | |%n", BenchMain.medianD(defaults)));
        List<String> agentRuns = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^run \\d+: ([0-9.]+) s").matcher(agent.stdout());
        while (m.find()) {
            agentRuns.add(m.group(1) + " s");
        }
        t.append(String.format(Locale.ROOT, "| **The engine inside the agent's JVM**, with the JVM's default flags "
                + "(`RUNBOOK_GOVERNANCE_ENGINE=agent`): two checks with git, every page a runbook (%s) | %.2f s | %.2f s "
                + "| %d MiB | < 1 GiB | %s |%n", String.join(", ", agentRuns), agent.wall(), agent.cpu(),
                agent.peakKib() / 1024, BenchMain.verdict(agent.peakKib() < 1024 * 1024)));
        long stepPeak = Math.max(stepProcess.get(0).peakKib(), stepProcess.get(1).peakKib());
        t.append(String.format(Locale.ROOT, "| **The Jenkins step's engine as the steps run it**: each check a JVM of "
                + "its own with the launcher's flags, two checks with git, every page a runbook (cold %.2f s, then with"
                + " the cache %.2f s; peak of either) | %.2f s | %.2f s | %d MiB | < 1 GiB | %s |%n",
                stepProcess.get(0).wall(), stepProcess.get(1).wall(), stepProcess.get(0).wall()
                + stepProcess.get(1).wall(), stepProcess.get(0).cpu() + stepProcess.get(1).cpu(), stepPeak / 1024,
                BenchMain.verdict(stepPeak < 1024 * 1024)));
        t.append(String.format(Locale.ROOT, "%nLoad average after: %s.%n", BenchMain.loadAverage()));
        System.out.print(t);
        Path results = repo.resolveSibling("history-results.md");
        Files.writeString(results, t.toString());
        System.err.println("bench: table written to " + results);
    }

    /** The launcher script's JVM flags ({@code flags=(...)}), which the steps' engine process also runs with. */
    static List<String> launcherFlags(Path launcher) throws java.io.IOException {
        Matcher m = Pattern.compile("(?m)^flags=\\((.*)\\)$").matcher(Files.readString(launcher));
        if (!m.find()) {
            throw new IllegalStateException("no flags=(...) line in " + launcher);
        }
        return List.of(m.group(1).strip().split("\\s+"));
    }

    /**
     * A check with the cache one commit after the cached HEAD: the cache written at HEAD (not measured), a typo
     * fixed in one page and committed an hour after HEAD, the check measured, the commit undone.
     */
    private static Run warmCheck(Path launcher, Path repo, Path json, String everyPage, Path cache) throws Exception {
        check(launcher, repo, json, "--config", everyPage, "--cache-dir", cache.toString());
        String first = BenchMain.run(List.of("git", "-C", repo.toString(), "ls-files", "docs"), null).stdout()
                .lines().findFirst().orElseThrow();
        Path page = repo.resolve(first);
        String text = Files.readString(page);
        int at = text.indexOf("the ");
        Files.writeString(page, at < 0 ? text + "teh\n" : text.substring(0, at) + "teh " + text.substring(at + 4));
        String head = BenchMain.run(List.of("git", "-C", repo.toString(), "log", "-1", "--format=%ct"), null)
                .stdout().strip();
        String date = "@" + (Long.parseLong(head) + 3600) + " +0000";
        git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-a", "-m", "typo",
                "--date", date);
        try {
            return check(launcher, repo, json, "--config", everyPage, "--cache-dir", cache.toString());
        } finally {
            git(repo, "reset", "-q", "--hard", "HEAD~1");
        }
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Run r = BenchMain.run(command, null);
        if (r.exit() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed with exit " + r.exit());
        }
    }

    private static Run check(Path launcher, Path repo, Path json, String... extra) throws Exception {
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "check", repo.toString(), "--today",
                Corpus.TODAY.toString(), "--format", "json", "--output", json.toString()));
        command.addAll(List.of(extra));
        Run c = BenchMain.run(command, null);
        return new Run(c.wall(), c.cpu(), c.peakKib(), Files.exists(json) ? BenchMain.timings(Files.readString(json))
                : "", c.exit());
    }
}
