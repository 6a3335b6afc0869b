package org.runbookgovernance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What one run of the command line may touch besides its arguments: the clock, the environment and the two
 * streams. Injected so that tests run the CLI in-process with a fixed day and captured output.
 *
 * @param out stdout, encoding UTF-8 as {@link Main#main} makes it: reports are written to it as UTF-8 bytes
 * @param err stderr, encoding UTF-8 likewise
 * @param terminal true when stdout is an interactive terminal (colour is allowed)
 * @param workingDirectory where the command runs: {@code --rules} paths starting with {@code ../} are relative to it
 */
record Invocation(Clock clock, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal,
                  Path workingDirectory) {

    Invocation {
        env = Map.copyOf(env);
    }

    /** In the process's working directory, which {@code --rules ../x} paths are relative to. */
    Invocation(Clock clock, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        this(clock, env, out, err, terminal, Path.of("").toAbsolutePath());
    }

    /** An explicit --color/--no-color wins; otherwise colour only on a terminal that is not dumb, without NO_COLOR. */
    boolean colour(Boolean choice) {
        if (choice != null) {
            return choice;
        }
        String noColor = env.get("NO_COLOR");
        return terminal && !"dumb".equals(env.get("TERM")) && (noColor == null || noColor.isEmpty());
    }

    /** RUNBOOK_GOVERNANCE_DEBUG=1 shows stack traces of internal errors. */
    boolean debug() {
        return "1".equals(env.get("RUNBOOK_GOVERNANCE_DEBUG"));
    }
}
