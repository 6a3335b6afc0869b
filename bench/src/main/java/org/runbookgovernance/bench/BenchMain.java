package org.runbookgovernance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the synthetic corpus, then measures in separate processes, because wall time and peak memory
 * are facts about a whole process: the parse limit ({@link ParseLimit}), the full {@code check} through the
 * launcher as a user runs it (phase timings from its JSON report), the text report and the HTML dashboard,
 * a check reading git history when the corpus has one, and CLI start-up on the sample repository. Prints
 * one Markdown table with targets.
 *
 * <p>Usage: {@code BenchMain [--runbooks N] [--rules M] [--reports R] [--git [--edits E]] [--runs K]
 * [--out DIR] [--launcher FILE] [--sample DIR] [--agreeing-severities]}; {@code --edits} adds E commits that
 * edit runbooks to the history; {@code --agreeing-severities} writes alert severity labels that follow their
 * runbooks' severities, 1 in 100 disagreeing (see {@link Corpus}). The real shapes, each measured alone:
 * {@code --history [--files F] [--commits C]} ({@link HistoryBench}) and {@code --rule-files [--files F]
 * [--alerts A] [--recording R]} ({@link RuleFilesBench}).
 */
public final class BenchMain {

    private static final Pattern TIMING = Pattern.compile("\"(scan|parse|alerts|git|rules|report|total)\"\\s*:\\s*(\\d+)");
    private static final Path TIME = Path.of("/usr/bin/time");
    /** Checks run one after the other in the one JVM of {@link AgentJvm}. */
    private static final int AGENT_CHECKS = 6;
    private static final Pattern AGENT_RUN = Pattern.compile("(?m)^run \\d+: ([0-9.]+) s");
    /** The launcher's {@code flags=(...)} line: the JVM flags it runs with, besides its class-data archive. */
    private static final Pattern LAUNCHER_FLAGS = Pattern.compile("(?m)^flags=\\(([^)]*)\\)");

    /** The launcher's conditional {@code flags+=(-XX:+UseTransparentHugePages)}. */
    private static final Pattern LAUNCHER_THP = Pattern.compile("(?m)^\\s*flags\\+=\\(-XX:\\+UseTransparentHugePages\\)");
    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private BenchMain() {
    }

    /** One child process: wall and CPU seconds, peak resident set, its stdout and exit code. */
    record Run(double wall, double cpu, long peakKib, String stdout, int exit) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path launcherPath = Path.of(opts.getOrDefault("launcher", "./runbook-governance")).toAbsolutePath();
        String jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        if (opts.containsKey("history")) {
            HistoryBench.run(opts, launcherPath, jar, intOpt(opts, "runs", 3));
            return;
        }
        if (opts.containsKey("rule-files")) {
            RuleFilesBench.run(opts, launcherPath, jar, intOpt(opts, "runs", 3));
            return;
        }
        Corpus corpus = new Corpus(intOpt(opts, "runbooks", 10_000), intOpt(opts, "rules", 100_000),
                intOpt(opts, "reports", 500), opts.containsKey("agreeing-severities"));
        int runs = intOpt(opts, "runs", 3);
        boolean git = opts.containsKey("git");
        int edits = intOpt(opts, "edits", 0);
        if (edits > 0 && !git) {
            throw new IllegalArgumentException("--edits adds to the git history: give --git too");
        }
        Path out = Path.of(opts.getOrDefault("out", "bench/target/corpus")).toAbsolutePath();
        Path launcher = Path.of(opts.getOrDefault("launcher", "./runbook-governance")).toAbsolutePath();
        Path sample = Path.of(opts.getOrDefault("sample", "runbooks"));
        String benchJar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String loadBefore = loadAverage();
        List<String> launcherFlags = launcherFlags(launcher);

        String wanted = corpus.fingerprint() + (git ? " git" : "") + (edits > 0 ? " edits=" + edits : "");
        Path marker = out.resolveSibling(out.getFileName() + ".fingerprint");
        if (!Files.exists(marker) || !Files.readString(marker).equals(wanted)) {
            long t = System.nanoTime();
            System.err.println("bench: writing " + wanted + " to " + out);
            corpus.writeTo(out);
            if (git) {
                corpus.commitHistory(out, 10, edits);
            }
            Files.writeString(marker, wanted);
            System.err.printf(Locale.ROOT, "bench: corpus written in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        long mdBytes = 0;
        long mdFiles = 0;
        // The YAML the limit over every input reads besides the Markdown (the rule files and the config).
        long ruleBytes = 0;
        try (var walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> !p.toString().contains("/.git/") && Files.isRegularFile(p)).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md")) {
                    mdFiles++;
                    mdBytes += Files.size(p);
                } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    ruleBytes += Files.size(p);
                }
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();

        List<Run> limitDefault = new ArrayList<>();
        List<Run> limitLauncher = new ArrayList<>();
        List<Run> check = new ArrayList<>();
        List<Run> checkGit = new ArrayList<>();
        // The same check leaving out the alert rule files: what the Markdown side costs against the limit,
        // which reads only the Markdown.
        List<Run> markdownSide = new ArrayList<>();
        // The limit over every file the check reads, rule files too: for comparison, not the yardstick.
        List<Run> limitAllInputs = new ArrayList<>();
        // What else a user runs on the same repository: the default text report, and the publish step's dashboard.
        List<Run> textCheck = new ArrayList<>();
        List<Run> dashboard = new ArrayList<>();
        Path json = out.resolveSibling("check.json");
        Path text = out.resolveSibling("check.txt");
        Path html = out.resolveSibling("index.html");
        // Unmeasured: the launcher's first run after a build also writes its class-data archive.
        run(List.of(launcher.toString(), "check", sample.toString(), "--today", "2026-11-26", "--no-git"), null);
        for (int i = 0; i < runs; i++) {
            // Interleaved, so a burst of load from elsewhere hits both sides alike.
            System.err.println("bench: run " + (i + 1) + " of " + runs);
            limitDefault.add(run(List.of("java", "-cp", benchJar, ParseLimit.class.getName(), out.toString()), null));
            // The launcher's JVM flags may suit commonmark too: the limit is whichever is faster.
            List<String> withFlags = new ArrayList<>(List.of("java"));
            withFlags.addAll(launcherFlags);
            withFlags.addAll(List.of("-cp", benchJar, ParseLimit.class.getName(), out.toString()));
            List<String> allInputs = new ArrayList<>(withFlags);
            allInputs.add("--all-inputs");
            // Each judged pair runs side by side and takes turns at running first, so neither side always
            // follows the heavy default-flags run (no effect of that order showed in 4 traced rounds).
            if (i % 2 == 1) {
                check.add(check(launcher, out, json));
            }
            limitAllInputs.add(run(allInputs, null));
            if (i % 2 == 0) {
                check.add(check(launcher, out, json));
            }
            if (i % 2 == 1) {
                markdownSide.add(check(launcher, out, json, "--exclude", "alerts/**"));
            }
            limitLauncher.add(run(withFlags, null));
            if (i % 2 == 0) {
                markdownSide.add(check(launcher, out, json, "--exclude", "alerts/**"));
            }
            if (git) {
                checkGit.add(check(launcher, out, json, "--git"));
            }
            textCheck.add(run(List.of(launcher.toString(), "check", out.toString(), "--today", Corpus.TODAY.toString(),
                    "--no-git", "--output", text.toString()), null));
            dashboard.add(run(List.of(launcher.toString(), "index", out.toString(), "--today", Corpus.TODAY.toString(),
                    "--no-git", "--format", "html", "--output", html.toString()), null));
        }
        List<Run> startup = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            startup.add(run(List.of(launcher.toString(), "check", sample.toString(), "--today", "2026-11-26",
                    "--no-git"), null));
        }
        // The Jenkins step runs the engine inside the agent's JVM, which stays up between builds and has its own
        // flags: the JVM's defaults here. Once per bench, after the interleaved runs.
        Run agent = run(List.of("java", "-cp", benchJar, AgentJvm.class.getName(), out.toString(),
                String.valueOf(AGENT_CHECKS), json.toString()), null);
        if (agent.exit() != 0) {
            throw new IllegalStateException("the in-JVM checks failed with exit " + agent.exit());
        }
        List<Double> agentChecks = new ArrayList<>();
        Matcher agentRun = AGENT_RUN.matcher(agent.stdout());
        while (agentRun.find()) {
            agentChecks.add(Double.parseDouble(agentRun.group(1)));
        }
        if (agentChecks.size() != AGENT_CHECKS) {
            throw new IllegalStateException("expected " + AGENT_CHECKS + " in-JVM checks, read " + agent.stdout());
        }
        for (Run c : concat(concat(check, markdownSide), concat(textCheck, dashboard))) {
            if (c.exit() > 1) {
                throw new IllegalStateException("a measured run failed with exit " + c.exit());
            }
        }

        Map<String, List<Long>> phases = new LinkedHashMap<>();
        for (Run c : check) {
            Matcher m = TIMING.matcher(c.stdout());
            while (m.find()) {
                phases.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)));
            }
        }
        // The Markdown limit: whichever flags suit commonmark better.
        boolean launcherFaster = medianD(limitLauncher.stream().map(Run::wall).toList())
                < medianD(limitDefault.stream().map(Run::wall).toList());
        List<Run> markdownLimit = launcherFaster ? limitLauncher : limitDefault;
        // The limit a full check is judged on reads what the check reads: the Markdown and the rule files.
        List<Run> limit = limitAllInputs;
        long limitWork = median(limit.stream().map(r -> Long.parseLong(r.stdout().strip().split(" ")[2])).toList());

        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Corpus: %,d runbooks, %,d alert rules in %,d files, %,d incident reports; "
                + "%,d Markdown files, %.1f MiB; rule files %.1f MiB. %d cores, median of %d runs (start-up: of 5). "
                + "Load average before: %s.%n%n",
                corpus.runbooks(), corpus.rules(), (corpus.rules() + Corpus.RULES_PER_FILE - 1) / Corpus.RULES_PER_FILE,
                corpus.reports(), mdFiles, mdBytes / 1048576.0, ruleBytes / 1048576.0, cores, runs, loadBefore));
        t.append("| Measure | Wall | CPU | Peak RSS | Target | Result |\n");
        t.append("|---|--:|--:|--:|---|---|\n");
        double checkWall = medianD(check.stream().map(Run::wall).toList());
        long checkRss = median(check.stream().map(Run::peakKib).toList());
        row(t, "**The parse limit**: every file the check reads (Markdown and rule files) read and parsed by "
                + "commonmark-java, launcher flags (process)", limit, "", "");
        row(t, "&nbsp;&nbsp;its work inside the process", String.format(Locale.ROOT, "%.2f s", limitWork / 1000.0));
        row(t, "The Markdown limit: the Markdown alone, default JVM flags (process)"
                + (launcherFaster ? "" : ": the Markdown limit"), limitDefault, "", "");
        row(t, "The Markdown limit: the Markdown alone, the launcher's JVM flags (process)"
                + (launcherFaster ? ": the Markdown limit" : ""), limitLauncher, "", "");
        row(t, "Full `check --no-git` (process)", check, "< 5 s wall, < 1 GiB",
                verdict(checkWall < 5.0 && checkRss < 1024 * 1024));
        for (String phase : List.of("scan", "parse", "alerts", "git", "rules", "report", "total")) {
            if (phases.containsKey(phase)) {
                row(t, "&nbsp;&nbsp;phase `" + phase + "` (in process)",
                        String.format(Locale.ROOT, "%.2f s", median(phases.get(phase)) / 1000.0));
            }
        }
        // Judged run by run: each check against the limit run beside it, so a burst of load from elsewhere
        // hits both sides of a ratio; the median of those ratios, with their spread.
        ratioRow(t, "**Full check ÷ the parse limit**", check, limit, "≤ 1.5×", true);
        row(t, "The check without the alert rule files: `--exclude 'alerts/**'` (process)", markdownSide, "", "");
        ratioRow(t, "&nbsp;&nbsp;÷ the Markdown limit (both read only the Markdown)", markdownSide, markdownLimit, "≤ 1.5×",
                true);
        ratioRow(t, String.format(Locale.ROOT, "For comparison: full check ÷ the Markdown limit (the check reads %.1f× "
                + "its bytes)", (mdBytes + ruleBytes) / (double) mdBytes), check, markdownLimit, "", false);
        List<Run> other = launcherFaster ? limitDefault : limitLauncher;
        double otherWall = medianD(other.stream().map(Run::wall).toList());
        t.append(String.format(Locale.ROOT, "| Full check ÷ the slower Markdown limit (%s flags), for comparison | %.2f× | | | | |%n",
                launcherFaster ? "default" : "launcher", checkWall / otherWall));
        if (phases.containsKey("total")) {
            double inner = median(phases.get("total")) / (double) limitWork;
            t.append(String.format(Locale.ROOT, "| Engine phases ÷ the limit's work, in process | %.2f× | | | ≤ 1.5× | %s |%n",
                    inner, verdict(inner <= 1.5)));
        }
        row(t, "The default text report: `check --no-git --output FILE` (process)", textCheck, "", "");
        row(t, "The dashboard: `index --no-git --format html --output FILE` (process)", dashboard, "", "");
        if (git) {
            row(t, "Full `check` with git history" + (edits > 0 ? ", " + edits + " commits editing runbooks" : "")
                    + " (process)", checkGit, "", "");
            List<Long> gitWait = new ArrayList<>();
            for (Run c : checkGit) {
                Matcher m = TIMING.matcher(c.stdout());
                while (m.find()) {
                    if (m.group(1).equals("git")) {
                        gitWait.add(Long.parseLong(m.group(2)));
                    }
                }
            }
            if (!gitWait.isEmpty()) {
                row(t, "&nbsp;&nbsp;phase `git`: the wait for the history walk after the parse (in process)",
                        String.format(Locale.ROOT, "%.2f s", median(gitWait) / 1000.0));
            }
        }
        row(t, String.format(Locale.ROOT, "The engine inside an agent's JVM with its default flags, as the steps run it "
                + "with `RUNBOOK_GOVERNANCE_ENGINE=agent`: the first check, JSON report (whole JVM: %.2f s wall, %.2f s CPU, %d MiB for %d checks)",
                agent.wall(), agent.cpu(), agent.peakKib() / 1024, AGENT_CHECKS),
                String.format(Locale.ROOT, "%.2f s", agentChecks.get(0)));
        row(t, "&nbsp;&nbsp;the later checks in the same JVM (median of " + (AGENT_CHECKS - 1) + "; range "
                + String.format(Locale.ROOT, "%.2f–%.2f s", java.util.Collections.min(agentChecks.subList(1, AGENT_CHECKS)),
                java.util.Collections.max(agentChecks.subList(1, AGENT_CHECKS))) + ")",
                String.format(Locale.ROOT, "%.2f s", medianD(agentChecks.subList(1, AGENT_CHECKS))));
        double start = medianD(startup.stream().map(Run::wall).toList());
        row(t, "CLI start-up: `check runbooks --no-git` on the sample (process)", startup, "< 1 s wall",
                verdict(start < 1.0));
        t.append(String.format(Locale.ROOT, "%nLoad average after: %s. Wall is what the target judges; CPU is user + "
                + "system of the whole process, which a busy shared machine disturbs less.%n", loadAverage()));
        System.out.print(t);
        Path results = out.resolveSibling("results.md");
        Files.writeString(results, t.toString(), StandardCharsets.UTF_8);
        System.err.println("bench: table written to " + results);
    }

    /** One measured check of the corpus, its JSON report kept for the phase timings. */
    private static Run check(Path launcher, Path out, Path json, String... extra)
            throws IOException, InterruptedException {
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "check", out.toString(), "--today",
                Corpus.TODAY.toString(), "--format", "json", "--output", json.toString()));
        // "--git" here means: read the history (the check's default); any other extra goes to the check.
        List<String> more = new ArrayList<>(List.of(extra));
        if (!more.remove("--git")) {
            command.add("--no-git");
        }
        command.addAll(more);
        Run c = run(command, null);
        return new Run(c.wall(), c.cpu(), c.peakKib(), Files.exists(json) ? timings(Files.readString(json)) : "",
                c.exit());
    }

    /** The report's {@code "timings"} object only: eleven 71 MB reports need not stay in this process. */
    static String timings(String report) {
        int at = report.lastIndexOf("\"timings\"");
        int end = at < 0 ? -1 : report.indexOf('}', at);
        return at < 0 || end < 0 ? "" : report.substring(at, end + 1);
    }

    /** The median of the runs' wall ratios {@code over[i] / under[i]}, with their range, judged when {@code judged}. */
    private static void ratioRow(StringBuilder t, String what, List<Run> over, List<Run> under, String target,
                                 boolean judged) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < over.size(); i++) {
            wall.add(over.get(i).wall() / under.get(i).wall());
            cpu.add(over.get(i).cpu() / under.get(i).cpu());
        }
        double ratio = medianD(wall);
        double ofMedians = medianD(over.stream().map(Run::wall).toList()) / medianD(under.stream().map(Run::wall).toList());
        t.append(String.format(Locale.ROOT, "| %s, process wall (median of the %d runs' ratios; range %.2f–%.2f×; "
                        + "ratio of the medians %.2f×) | %.2f× | %.2f× | | %s | %s |%n", what, wall.size(),
                java.util.Collections.min(wall), java.util.Collections.max(wall), ofMedians, ratio, medianD(cpu),
                target, judged ? verdict(ratio <= 1.5) : ""));
    }

    static List<Run> concat(List<Run> a, List<Run> b) {
        List<Run> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    static void row(StringBuilder t, String what, List<Run> runs, String target, String result) {
        t.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %d MiB | %s | %s |%n", what,
                medianD(runs.stream().map(Run::wall).toList()), medianD(runs.stream().map(Run::cpu).toList()),
                median(runs.stream().map(Run::peakKib).toList()) / 1024, target, result));
    }

    static void row(StringBuilder t, String what, String wall) {
        t.append("| ").append(what).append(" | ").append(wall).append(" | | | | |\n");
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    /** Runs a command to its end; /usr/bin/time gives exact peak RSS, else /proc VmHWM is polled. */
    static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path stats = Files.createTempFile("bench-time", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", stats.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        long start = System.nanoTime();
        Process p = pb.start();
        long hwm = 0;
        byte[] stdout;
        try (var in = p.getInputStream()) {
            stdout = in.readAllBytes();
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = 0;
        if (timed) {
            String line = Files.readAllLines(stats).stream().filter(l -> l.matches("[0-9. ]+")).findFirst().orElse("");
            String[] f = line.strip().split(" ");
            if (f.length == 4) {
                wall = Double.parseDouble(f[0]);
                cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                hwm = Long.parseLong(f[3]);
            }
        }
        Files.deleteIfExists(stats);
        return new Run(wall, cpu, hwm, new String(stdout, StandardCharsets.UTF_8), exit);
    }

    /** The launcher's test: the kernel grants transparent huge pages on request ({@code madvise}) or always. */
    /** The JVM flags the launcher runs with, besides its class-data archive. */
    static List<String> launcherFlags(Path launcher) throws IOException {
        Matcher flagsLine = LAUNCHER_FLAGS.matcher(Files.readString(launcher));
        if (!flagsLine.find()) {
            throw new IllegalStateException(launcher + " has no `flags=(...)` line to read its JVM flags from");
        }
        List<String> launcherFlags = new ArrayList<>(List.of(flagsLine.group(1).strip().split("\\s+")));
        // The launcher adds huge pages only where the kernel offers them; so does the limit, to stay comparable.
        if (LAUNCHER_THP.matcher(Files.readString(launcher)).find() && hugePagesOffered()) {
            launcherFlags.add("-XX:+UseTransparentHugePages");
        }
        return launcherFlags;
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean hugePagesOffered() throws IOException {
        if (!Files.isReadable(THP)) {
            return false;
        }
        String mode = Files.readString(THP);
        return mode.contains("[madvise]") || mode.contains("[always]");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    static double medianD(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    static int intOpt(Map<String, String> opts, String name, int fallback) {
        return opts.containsKey(name) ? Integer.parseInt(opts.get(name)) : fallback;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument `" + args[i] + "`; see BenchMain's javadoc");
            }
            String name = args[i].substring(2);
            if (name.equals("git") || name.equals("agreeing-severities") || name.equals("history")
                    || name.equals("rule-files")) {
                out.put(name, "true");
            } else if (i + 1 < args.length) {
                out.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value; " + Arrays.toString(args));
            }
        }
        return out;
    }
}
