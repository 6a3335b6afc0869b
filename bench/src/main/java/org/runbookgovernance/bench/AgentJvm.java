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
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.rules.RuleRegistry;

/**
 * The check as the Jenkins steps run it with {@code RUNBOOK_GOVERNANCE_ENGINE=agent}: inside a JVM that stays up
 * between builds (the agent's), with whatever flags that JVM has rather than the launcher's; with the launcher's
 * flags and one check, as they run it by default, in a JVM of its own. Runs {@code N} checks of the folder without git
 * (with {@code --git}: reading its history), with its config or the one {@code --config FILE} names, each
 * writing its JSON report, and prints {@code run K: S s} for each: the first pays for class loading and
 * compiling, the later ones show a warm agent.
 */
public final class AgentJvm {

    private AgentJvm() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path json = Path.of(args[2]);
        java.util.List<String> more = java.util.List.of(args).subList(3, args.length);
        boolean git = more.contains("--git");
        int configAt = more.indexOf("--config");
        Path configFile = configAt >= 0 ? Path.of(more.get(configAt + 1)) : null;
        for (int k = 1; k <= runs; k++) {
            long start = System.nanoTime();
            Config config = ConfigLoader.load(root, configFile);
            CheckRequest request = CheckRequest.of(root, config, Corpus.TODAY);
            if (git) {
                request = request.withGit(true, java.util.Map.of(), java.util.Optional.empty(),
                        java.util.Optional.empty(), false);
            }
            Report report = Governance.standard().check(request);
            RenderOptions options = new RenderOptions(false,
                    RuleRegistry.standard().summaries(), "");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
                ReportFormat.JSON.renderer(options).render(report, out);
            }
            System.out.printf(Locale.ROOT, "run %d: %.3f s, %d findings%n", k, (System.nanoTime() - start) / 1e9,
                    report.findings().size());
        }
    }
}
