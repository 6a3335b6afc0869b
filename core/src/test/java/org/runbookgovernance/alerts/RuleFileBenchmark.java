package org.runbookgovernance.alerts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: times {@link AlertCollector#collect} on one generated rule file of 100,000 alerting rules
 * (target: under 3 s). Run after {@code mvn -o -pl core test-compile}:
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) org.runbookgovernance.alerts.RuleFileBenchmark
 * </pre>
 * where {@code cp.txt} comes from {@code mvn -pl core dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class RuleFileBenchmark {

    private RuleFileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path root = Files.createTempDirectory("rule-file-benchmark");
        Path file = root.resolve("alerts/generated.rules.yml");
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRules(w, rules);
        }
        long bytes = Files.size(file);
        AlertSettings settings = AlertSettings.DEFAULT;
        // The files are read in a pool task, not on this thread: the process's CPU time is the honest figure.
        com.sun.management.OperatingSystemMXBean cpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // The first run pays for class loading and JIT, as a one-shot CLI run does; the second is steady state.
        long coldStart = System.nanoTime();
        long coldCpu = cpu.getProcessCpuTime();
        int cold = AlertCollector.collect(root, settings, List.of(), null).alerts().size();
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        long coldCpuMillis = (cpu.getProcessCpuTime() - coldCpu) / 1_000_000;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long peak = before;
        long start = System.nanoTime();
        long startCpu = cpu.getProcessCpuTime();
        AlertLoad load = AlertCollector.collect(root, settings, List.of(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpu.getProcessCpuTime() - startCpu) / 1_000_000;
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        if (load.alerts().size() != rules || cold != rules || !load.problems().isEmpty()) {
            throw new IllegalStateException("expected " + rules + " alerts and no problems, got "
                    + load.alerts().size() + " and " + load.problems());
        }
        System.out.printf("%d rules: %d ms, heap used %d MiB%n", rules, millis, Math.max(0, peak - before) >> 20);
        System.out.printf("  (warm: %d ms wall, %d ms process CPU; cold first run: %d ms wall, %d ms process CPU; file %d MiB;"
                + " heap counts the %d alerts kept)%n", millis, cpuMillis, coldMillis, coldCpuMillis, bytes >> 20, rules);
        Files.delete(file);
        Files.delete(file.getParent());
        Files.delete(root);
    }

    /** The generated rule file; the differential test checks it takes the fast path. */
    static void writeRules(java.io.Writer w, int rules) throws IOException {
        w.write("groups:\n");
        for (int i = 0; i < rules; i++) {
            if (i % 100 == 0) {
                w.write("  - name: group-" + (i / 100) + "\n    rules:\n");
            }
            w.write("      - alert: GeneratedAlert" + i + "\n"
                    + "        expr: sum by (job) (rate(http_requests_total{job=\"svc-" + i
                    + "\", code=~\"5..\"}[5m])) > 0.05\n"
                    + "        for: 5m\n"
                    + "        labels:\n"
                    + "          severity: " + (i % 3 == 0 ? "critical" : "warning") + "\n"
                    + "          team: team-" + (i % 17) + "\n"
                    + "        annotations:\n"
                    + "          summary: \"Generated alert " + i + " on {{ $labels.job }}\"\n"
                    + "          runbook_url: https://runbooks.example.com/runbooks/svc/generatedalert" + i + "\n");
        }
    }
}
