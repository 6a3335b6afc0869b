package org.runbookgovernance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.runbookgovernance.git.BranchContext;
import org.runbookgovernance.git.GitCaches;
import org.runbookgovernance.git.GitHistory;
import org.runbookgovernance.git.HistoryCacheSetting;
import org.runbookgovernance.model.GitFacts;

/**
 * The history walk alone, as a cold check runs it: {@code GitHistory.read} without the cache over every
 * Markdown page of a folder, once in this JVM, on this thread. Prints the thread's CPU time and the bytes it
 * allocated; with {@code --facts FILE}, writes each page's answers there, one line per page, so two builds can
 * be compared with {@code cmp}. With {@code --agent}, JGit's caches keep their default sizes, as in the Jenkins
 * step's JVM.
 */
public final class WalkAlone {

    private WalkAlone() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> more = List.of(args).subList(1, args.length);
        if (!more.contains("--agent")) {
            GitCaches.ownTheProcess();
        }
        List<String> pages;
        try (Stream<Path> files = Files.walk(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/.git/"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        GitFacts facts = GitHistory.read(dir, pages, BranchContext.unknown(), GitFacts.DEFAULT_TYPO_THRESHOLD,
                HistoryCacheSetting.OFF);
        System.out.printf(Locale.ROOT, "pages %d wall %d ms cpu %d ms allocated %d MiB%n", pages.size(),
                (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                (threads.getCurrentThreadAllocatedBytes() - allocated) >> 20);
        int factsAt = more.indexOf("--facts");
        if (factsAt >= 0) {
            StringBuilder out = new StringBuilder();
            for (String page : pages) {
                out.append(page).append(' ').append(facts.lastCommit().get(page))
                        .append(' ').append(facts.lastContentEdit().get(page))
                        .append(' ').append(facts.lastSubstantiveChange().get(page)).append('\n');
            }
            out.append(facts.notes()).append(' ').append(facts.historyLimited()).append('\n');
            Files.writeString(Path.of(more.get(factsAt + 1)), out);
        }
    }
}
