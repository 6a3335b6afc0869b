package io.jenkins.plugins.runbookgovernance;

import java.nio.file.Path;

/**
 * The main class of the engine's own process ({@link EngineProcess}): reads the plan, runs the same
 * {@link WorkspaceCheck} the agent's JVM would, and writes the outcome. Exit code 0 with an outcome written,
 * 1 with the reason on standard error.
 */
public final class EngineMain {

    private EngineMain() {
    }

    /** Arguments: the workspace, the plan file, the outcome file to write. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: EngineMain WORKSPACE PLAN_FILE OUTCOME_FILE");
            System.exit(1);
        }
        try {
            CheckPlan plan = EngineProcess.read(Path.of(args[1]), CheckPlan.class);
            GovernanceOutcome outcome = WorkspaceCheck.run(Path.of(args[0]), plan);
            EngineProcess.write(outcome, Path.of(args[2]));
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            System.exit(1);
        }
        // The engine's pools hold no non-daemon thread, but an exit here does not depend on that.
        System.exit(0);
    }
}
