package org.runbookgovernance.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.parse.DocumentParser;

/**
 * Our whole reading of every Markdown file against the limit's bare commonmark parse, on one thread, from
 * bytes already in memory: the thread's CPU time and the bytes it allocates per pass over the corpus. CPU time
 * of one thread hardly moves with the machine's load, unlike the wall time of two processes, so this says
 * whether the parse itself is near the limit. Prints the best of {@code rounds} passes after one warm-up.
 * Run: {@code java -XX:TieredStopAtLevel=1 -cp bench/target/bench.jar org.runbookgovernance.bench.ParseCost
 * bench/target/corpus 5}.
 */
public final class ParseCost {

    private ParseCost() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Path p : files) {
            contents.add(Files.readAllBytes(p));
            paths.add(root.relativize(p).toString());
        }
        Parser bare = Parser.builder().build();
        Pass limit = () -> {
            long n = 0;
            for (byte[] c : contents) {
                n += bare.parse(new String(c, StandardCharsets.UTF_8)).getFirstChild() == null ? 0 : 1;
            }
            return n;
        };
        Pass ours = () -> {
            long n = 0;
            for (int i = 0; i < contents.size(); i++) {
                n += DocumentParser.parse(paths.get(i), DocumentKind.RUNBOOK, contents.get(i)).document().isPresent()
                        ? 1 : 0;
            }
            return n;
        };
        // commonmark's block structure alone (inline parsing switched off, source spans on, as ours): what a
        // reader that did its own block parsing would replace, so the most it could save.
        Parser blocksOnly = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(context -> (lines, block) -> { }).build();
        Pass blocks = () -> {
            long n = 0;
            for (byte[] c : contents) {
                n += blocksOnly.parse(new String(c, StandardCharsets.UTF_8)).getFirstChild() == null ? 0 : 1;
            }
            return n;
        };
        long[] limitBest = best(limit, rounds);
        long[] oursBest = best(ours, rounds);
        long[] blocksBest = best(blocks, rounds);
        System.out.printf(Locale.ROOT, "%d files, one thread, best of %d passes%n", files.size(), rounds);
        System.out.printf(Locale.ROOT, "bare commonmark (the limit's work): %6d ms CPU %7d MiB allocated%n",
                limitBest[0], limitBest[1]);
        System.out.printf(Locale.ROOT, "DocumentParser (our whole reading): %6d ms CPU %7d MiB allocated%n",
                oursBest[0], oursBest[1]);
        System.out.printf(Locale.ROOT, "ratio: %.2fx CPU, %.2fx allocated%n", (double) oursBest[0] / limitBest[0],
                (double) oursBest[1] / limitBest[1]);
        System.out.printf(Locale.ROOT, "commonmark blocks only (in ours):   %6d ms CPU %7d MiB allocated (%.2fx the limit's CPU)%n",
                blocksBest[0], blocksBest[1], (double) blocksBest[0] / limitBest[0]);
    }

    /** One pass over the corpus; returns a count so the work cannot be optimised away. */
    private interface Pass {
        long run();
    }

    private static long[] best(Pass pass, int rounds) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        pass.run(); // warm-up
        long cpu = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long allocated0 = threads.getCurrentThreadAllocatedBytes();
            if (pass.run() == 0) {
                throw new IllegalStateException("no document parsed");
            }
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            allocated = Math.min(allocated, (threads.getCurrentThreadAllocatedBytes() - allocated0) >> 20);
        }
        return new long[] {cpu, allocated};
    }
}
