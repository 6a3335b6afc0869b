package io.jenkins.plugins.runbookgovernance;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The engine in its own JVM beside the agent's, with the CLI launcher's flags: the heap a large check grows is
 * given back when the process ends instead of staying with the agent for its life. The plan goes over in a file
 * and the outcome comes back in one; the process's own output is kept only to explain a failure.
 */
final class EngineProcess {

    /** The CLI launcher's JVM flags (the script {@code runbook-governance}), without its class-data archive. */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m",
            "-XX:MaxTenuringThreshold=1", "-Xss4m", "-XX:InitialRAMPercentage=4");

    /** The build variable that chooses where the engine runs: {@code process} (the default) or {@code agent}. */
    static final String ENGINE_VARIABLE = "RUNBOOK_GOVERNANCE_ENGINE";

    /** More JVM flags for the engine's process, after {@link #FLAGS} so they win; the CLI reads the same variable. */
    static final String JAVA_OPTS_VARIABLE = "RUNBOOK_GOVERNANCE_JAVA_OPTS";

    /** Only our own types, the engine's and the JDK's are read back from the plan and outcome files. */
    static final ObjectInputFilter ONLY_OUR_TYPES = ObjectInputFilter.Config.createFilter(
            "io.jenkins.plugins.runbookgovernance.*;org.runbookgovernance.**;java.**;!*");

    private static final int TAIL_LINES = 20;

    private final Path java;
    private final List<String> classPath;
    private final List<String> flags;
    private final String mainClass;

    EngineProcess(Path java, List<String> classPath, List<String> flags) {
        this(java, classPath, flags, EngineMain.class.getName());
    }

    /** As the engine's process with another main class: tests start one that never ends. */
    EngineProcess(Path java, List<String> classPath, List<String> flags, String mainClass) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.flags = List.copyOf(flags);
        this.mainClass = mainClass;
    }

    /** The {@code java} of the JVM this runs in: on an agent, the agent's own. */
    static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** The flags for one check: the launcher's, then the build's {@value #JAVA_OPTS_VARIABLE}, split on spaces. */
    static List<String> flags(String javaOpts) {
        List<String> all = new ArrayList<>(FLAGS);
        if (javaOpts != null && !javaOpts.isBlank()) {
            all.addAll(List.of(javaOpts.strip().split("\\s+")));
        }
        return all;
    }

    /**
     * Runs one check in a new JVM and returns its outcome. An interrupt (the build aborted) ends the process.
     *
     * @throws Failed when the process could not start, ended with an error, or wrote no outcome; the message
     *                says why, with the end of its output
     */
    GovernanceOutcome run(Path workspace, CheckPlan plan, Path scratch) throws Failed, InterruptedException {
        long start = System.nanoTime();
        String id = UUID.randomUUID().toString();
        Path planFile = scratch.resolve("plan-" + id + ".bin");
        Path outcomeFile = scratch.resolve("outcome-" + id + ".bin");
        Path output = scratch.resolve("engine-" + id + ".log");
        try {
            Files.createDirectories(scratch);
            write(plan, planFile);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(flags);
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath));
            command.add(mainClass);
            command.add(workspace.toString());
            command.add(planFile.toString());
            command.add(outcomeFile.toString());
            Process process;
            try {
                process = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                throw new Failed("could not start " + java + ": " + e.getMessage());
            }
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw e;
            }
            if (exit != 0 || !Files.isRegularFile(outcomeFile)) {
                throw new Failed("it ended with exit code " + exit + (Files.isRegularFile(outcomeFile) ? ""
                        : " and no outcome") + tail(output));
            }
            return read(outcomeFile, GovernanceOutcome.class).withLastLogLine(String.format(Locale.ROOT,
                    "engine: a JVM of its own, %d ms from its start to the outcome (%s=agent runs it in the agent's JVM)",
                    (System.nanoTime() - start) / 1_000_000L, ENGINE_VARIABLE));
        } catch (IOException e) {
            throw new Failed("its files in " + scratch + " could not be written or read: " + e.getMessage());
        } finally {
            for (Path p : List.of(planFile, outcomeFile, output)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A leftover in the temporary folder is harmless; the outcome is what matters.
                }
            }
        }
    }

    /** Writes {@code value} to a temporary file beside {@code file}, then moves it into place. */
    static void write(Serializable value, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static <T> T read(Path file, Class<T> type) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_OUR_TYPES);
            return type.cast(objects.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " does not hold a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output);
            if (lines.isEmpty()) {
                return "";
            }
            return "; its last output:\n" + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** The engine's process could not give an outcome; the check then runs inside the agent's JVM. */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }
}
