package org.runbookgovernance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.render.Renderers;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.rules.RuleRegistry;

/**
 * The check as the Jenkins step runs it: inside a JVM that stays up between builds (the agent's), with
 * whatever flags that JVM has rather than the launcher's. Runs {@code N} checks of the folder without git,
 * each writing its JSON report, and prints {@code run K: S s} for each: the first pays for class loading
 * and compiling, the later ones show a warm agent.
 */
public final class AgentJvm {

    private AgentJvm() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path json = Path.of(args[2]);
        for (int k = 1; k <= runs; k++) {
            long start = System.nanoTime();
            Config config = ConfigLoader.load(root, null);
            Report report = Governance.standard().check(CheckRequest.of(root, config, Corpus.TODAY));
            RenderOptions options = new RenderOptions(false,
                    RenderOptions.summariesOf(RuleRegistry.standard().rules()), "");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
                Renderers.of(ReportFormat.JSON, options).render(report, out);
            }
            System.out.printf(Locale.ROOT, "run %d: %.3f s, %d findings%n", k, (System.nanoTime() - start) / 1e9,
                    report.findings().size());
        }
    }
}
