package org.runbookgovernance.git;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.runbookgovernance.model.GitFacts;

/**
 * Not a test: a benchmark of the one-walk history index against native git, on a synthetic repository it
 * generates with {@code git fast-import} and repacks (reused when {@code workDir/repo} exists) (5,000 runbooks in 50 folders, 20,000 commits: creations, content
 * edits, typo fixes, date bumps and unrelated source changes). It prints, side by side: our index
 * ({@link GitHistory#read}, last commit and last content edit of every runbook), {@code git log -1 -- <path>}
 * per file (a sample, extrapolated), and one {@code git log --name-only} pass over all history.
 *
 * <pre>
 * mvn -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/bench.cp) \
 *     org.runbookgovernance.git.HistoryBenchmark [workDir] [runbooks] [commits] [sample]
 * </pre>
 */
public final class HistoryBenchmark {

    private static final int RUNS = 5;
    /** The JIT needs several runs to settle; a Jenkins agent's JVM is long-lived. */
    private static final int OUR_RUNS = 10;

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("history-benchmark");
        int runbooks = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int sample = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path repo = work.resolve("repo");

        long t0 = System.nanoTime();
        List<String> paths;
        if (Files.isDirectory(repo.resolve(".git"))) {
            paths = git(repo, "ls-files", "runbooks").lines().filter(p -> p.endsWith(".md")).sorted().toList();
            commits = Integer.parseInt(git(repo, "rev-list", "--count", "HEAD").strip());
            System.out.printf("reusing %s: %,d runbooks, %,d commits%n", repo, paths.size(), commits);
        } else {
            paths = generate(repo, runbooks, commits);
            System.out.printf("generated %s: %,d runbooks, %,d commits in %.1f s%n", repo, paths.size(), commits,
                    seconds(System.nanoTime() - t0));
        }

        List<String> dirRelative = paths.stream().map(p -> p.substring("runbooks/".length())).toList();
        BranchContext context = BranchContext.resolve(Optional.empty(), Optional.empty(), Map.of(),
                Optional.of("main"));

        // ours: first run cold (JIT, page cache), then the median of warm runs
        long[] ours = new long[OUR_RUNS];
        GitFacts facts = null;
        for (int i = 0; i < OUR_RUNS; i++) {
            long s = System.nanoTime();
            facts = GitHistory.read(repo.resolve("runbooks"), dirRelative, context, 3);
            ours[i] = System.nanoTime() - s;
        }
        if (facts.lastCommit().size() != paths.size()) {
            throw new IllegalStateException("index resolved " + facts.lastCommit().size() + " of " + paths.size());
        }

        // native, one pass over all history
        long[] nameOnly = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            git(repo, "log", "--name-only", "--format=%ct", "HEAD");
            nameOnly[i] = System.nanoTime() - s;
        }

        // native, one git log per file: a sample, extrapolated; also checks our answers for those files
        Random random = new Random(7);
        int mismatches = 0;
        long perFileTotal = 0;
        for (int i = 0; i < sample; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            long s = System.nanoTime();
            String out = git(repo, "log", "-1", "--format=%ct", "HEAD", "--", path).strip();
            perFileTotal += System.nanoTime() - s;
            Instant expected = Instant.ofEpochSecond(Long.parseLong(out));
            if (!expected.equals(facts.lastCommit().get(path.substring("runbooks/".length())))) {
                mismatches++;
            }
        }
        double perFileAll = seconds(perFileTotal) / sample * paths.size();

        double oursCold = seconds(ours[0]);
        long[] warm = Arrays.copyOfRange(ours, 1, OUR_RUNS);
        double oursWarm = best(warm);
        double nativePass = best(nameOnly);
        System.out.println();
        System.out.println("wall-clock seconds; best of the runs (median in brackets): other processes share the CPU");
        System.out.printf("%-58s %18s %14s%n", "method (" + paths.size() + " runbooks, " + commits + " commits)",
                "seconds", "vs our index");
        System.out.printf("%-58s %8.3f [%7.3f] %14s%n", "our one-walk index, warm JVM (" + (OUR_RUNS - 1) + " runs)",
                oursWarm, median(warm), "1.0x");
        System.out.printf("%-58s %8.3f %9s %13.1fx%n", "our one-walk index, first run (cold JVM)", oursCold, "",
                oursCold / oursWarm);
        System.out.printf("%-58s %8.3f [%7.3f] %13.1fx%n", "git log --name-only, one pass (" + RUNS + " runs)",
                nativePass, median(nameOnly), nativePass / oursWarm);
        System.out.printf("%-58s %8.1f %9s %13.1fx%n", "git log -1 -- <path> per file (" + sample
                + " sampled, x" + (paths.size() / sample) + ")", perFileAll, "", perFileAll / oursWarm);
        System.out.println();
        System.out.printf("speed-up over per-file git log: %.0fx warm, %.0fx cold (goal: at least 50x)%n",
                perFileAll / oursWarm, perFileAll / oursCold);
        System.out.printf("our index / one native pass: %.2f warm, %.2f cold (goal: at most 2)%n",
                oursWarm / nativePass, oursCold / nativePass);
        System.out.printf("content edits resolved: %,d of %,d; sampled last-commit mismatches against git log: %d of %d%n",
                facts.lastContentEdit().size(), paths.size(), mismatches, sample);
    }

    /** Writes the synthetic repository with one fast-import stream; returns the runbook paths. */
    static List<String> generate(Path repo, int runbooks, int commits) throws IOException, InterruptedException {
        Files.createDirectories(repo);
        if (run(repo, null, "init", "-q", "-b", "main") != 0) {
            throw new IllegalStateException("git init failed");
        }
        Random random = new Random(42);
        List<String> paths = new ArrayList<>();
        Map<String, String[]> bodies = new HashMap<>();
        long time = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        Path stream = repo.resolve("../import.stream");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 20)) {
            for (int c = 0; c < commits; c++) {
                time += 600 + random.nextInt(3600);
                StringBuilder files = new StringBuilder();
                String message;
                if (c < runbooks) {
                    String path = String.format("runbooks/team-%02d/RB-%04d-synthetic-runbook.md", c % 50, c + 1);
                    paths.add(path);
                    String[] body = new String[40];
                    for (int i = 0; i < body.length; i++) {
                        body[i] = "Step " + (i + 1) + ": check the thing number " + random.nextInt(1_000_000) + ".";
                    }
                    bodies.put(path, body);
                    modify(files, path, text(c + 1, body, time));
                    message = "add " + path;
                } else {
                    int kind = random.nextInt(10);
                    if (kind < 3) {
                        modify(files, "src/main/App" + random.nextInt(200) + ".java",
                                "class App { int v = " + random.nextInt() + "; }\n");
                        message = "source change";
                    } else {
                        // a few runbooks are hot, most change rarely: square of a uniform draw
                        double u = random.nextDouble();
                        String path = paths.get((int) (u * u * paths.size()));
                        String[] body = bodies.get(path);
                        int changed = kind < 6 ? 1 : kind < 8 ? 0 : 4 + random.nextInt(8);
                        for (int i = 0; i < changed; i++) {
                            body[random.nextInt(body.length)] = "Step: revised check " + random.nextInt(1_000_000) + ".";
                        }
                        modify(files, path, text(Integer.parseInt(path.replaceAll(".*RB-(\\d+).*", "$1")), body, time));
                        message = changed == 0 ? "bump dates" : changed == 1 ? "typo" : "revise diagnosis";
                    }
                }
                byte[] msg = message.getBytes(StandardCharsets.UTF_8);
                out.write(("commit refs/heads/main\ncommitter Bench <bench@example.com> " + time + " +0000\n"
                        + "data " + msg.length + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(msg);
                out.write('\n');
                out.write(files.toString().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        if (run(repo, stream, "fast-import", "--quiet") != 0) {
            throw new IllegalStateException("git fast-import failed");
        }
        Files.delete(stream);
        // fast-import writes a quick pack with long delta chains; a clone receives a pack made like this one
        if (run(repo, null, "repack", "-q", "-a", "-d", "-f") != 0) {
            throw new IllegalStateException("git repack failed");
        }
        run(repo, null, "checkout", "-q", "-f", "main");
        return paths;
    }

    private static void modify(StringBuilder files, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        files.append("M 100644 inline ").append(path).append("\ndata ").append(bytes.length).append('\n')
                .append(text).append('\n');
    }

    private static String text(int id, String[] body, long time) {
        String day = Instant.ofEpochSecond(time).toString().substring(0, 10);
        StringBuilder sb = new StringBuilder();
        sb.append("---\nid: RB-").append(String.format("%04d", id)).append("\ntitle: Synthetic runbook ").append(id)
                .append("\nseverity: P2\nlast_updated: ").append(day).append("\nlast_review: ").append(day)
                .append("\n---\n# RB-").append(String.format("%04d", id)).append(": Synthetic runbook\n\n## Diagnosis\n\n");
        for (String line : body) {
            sb.append("- ").append(line).append('\n');
        }
        return sb.toString();
    }

    private static String git(Path repo, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = isolated(repo, args).redirectErrorStream(false);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int run(Path repo, Path stdin, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = isolated(repo, args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        return pb.start().waitFor();
    }

    private static ProcessBuilder isolated(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("HOME", repo.toString());
        return pb;
    }

    private static double best(long[] nanos) {
        return seconds(Arrays.stream(nanos).min().orElseThrow());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return seconds(sorted[sorted.length / 2]);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
