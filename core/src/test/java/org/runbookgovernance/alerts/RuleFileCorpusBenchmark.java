package org.runbookgovernance.alerts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * Not a test: reads every {@code .yml} under {@code <repository>/alerts} on one thread, as the collector's
 * task does (whole file, fast path, snakeyaml when it gives up; {@code off} as fourth argument: snakeyaml alone), and prints this thread's
 * CPU ms and allocated MiB per round; round 0 is the cold one a check pays. With a third argument, writes
 * every alert of round 0 (labels sorted) to that file, to compare two builds. Run after
 * {@code mvn -o -pl core test-compile}, as the launcher runs:
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -Xss4m \
 *      -cp core/target/classes:core/target/test-classes:cli/target/runbook-governance.jar \
 *      org.runbookgovernance.alerts.RuleFileCorpusBenchmark bench/target/corpus 6 [alerts.txt [off]]
 * </pre>
 */
public final class RuleFileCorpusBenchmark {

    private RuleFileCorpusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("alerts"))) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<String> annotations = List.of("runbook_url", "runbook");
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            SharedAlertParts shared = new SharedAlertParts();
            List<Alert> alerts = new ArrayList<>();
            int fallbacks = 0;
            for (Path file : files) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                RuleFileReader reader = new RuleFileReader(rel, annotations, YamlLimits.LARGE, shared);
                byte[] bytes = Files.readAllBytes(file);
                Optional<List<Alert>> fast = args.length > 3 && args[3].equals("off") ? Optional.empty()
                        : new PlainRuleFileReader(reader, annotations).read(bytes);
                if (fast.isPresent()) {
                    alerts.addAll(fast.get());
                    continue;
                }
                fallbacks++;
                try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                    reader.read(in, alerts::add);
                } catch (RuleFileReader.MalformedRuleFile e) {
                    System.out.println(rel + ": " + e.getMessage());
                }
            }
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            double mib = (threads.getCurrentThreadAllocatedBytes() - allocated) / 1048576.0;
            System.out.printf("round %d: %d files, %d alerts, %d read by snakeyaml, %d ms CPU, %.1f MiB allocated%n",
                    round, files.size(), alerts.size(), fallbacks, cpuMillis, mib);
            if (round == 0 && args.length > 2) {
                List<String> lines = new ArrayList<>();
                for (Alert a : alerts) {
                    lines.add(a.name() + "|" + a.severity() + "|" + a.runbookRef() + "|" + a.position() + "|" + a.origin()
                            + "|" + new TreeMap<>(a.labels()));
                }
                Files.write(Path.of(args[2]), lines);
            }
        }
    }
}
