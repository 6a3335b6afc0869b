package io.jenkins.plugins.runbookgovernance;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.runbookgovernance.EngineClassPath.StagedJar;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;

/**
 * How the agent starts the engine's own process: the class path as the agent sees it and the build's extra JVM
 * flags. The controller copies the engine's jars into {@code runbook-governance-engine} in the workspace's
 * temporary folder ({@code WORKSPACE@tmp}) once; a jar's name carries its digest, so a new plugin version adds
 * files and never changes one a running check reads.
 *
 * @param folder   the agent's engine folder, which also holds each check's plan and outcome files
 * @param entries  the class path in order: a staged jar's name in {@code folder}, or a folder's absolute path
 * @param javaOpts the build's {@code RUNBOOK_GOVERNANCE_JAVA_OPTS}, or null
 */
record EngineLaunch(String folder, List<Entry> entries, String javaOpts) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FOLDER = "runbook-governance-engine";

    EngineLaunch {
        entries = List.copyOf(entries);
    }

    /** A class path entry: a jar staged in the engine folder, or a folder left where it is. */
    record Entry(boolean staged, String value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Prepares the engine's process for a check in {@code workspace}, or says why the check runs inside the
     * agent's JVM instead: the build asked for it ({@code RUNBOOK_GOVERNANCE_ENGINE=agent}), or the engine's
     * classes cannot be found as files.
     */
    static Choice choose(FilePath workspace, Map<String, String> environment) throws InterruptedException {
        String wanted = environment.getOrDefault(EngineProcess.ENGINE_VARIABLE, "process").strip();
        if (wanted.equalsIgnoreCase("agent")) {
            return new Choice(null, null);
        }
        if (!wanted.equalsIgnoreCase("process") && !wanted.isEmpty()) {
            return new Choice(null, EngineProcess.ENGINE_VARIABLE + " is `" + wanted
                    + "`; it takes `process` or `agent`, so the engine runs inside the agent's JVM");
        }
        try {
            List<File> roots = EngineClassPath.locate();
            List<StagedJar> jars = EngineClassPath.jars(roots);
            FilePath temp = WorkspaceList.tempDir(workspace);
            if (temp == null) {
                return new Choice(null, "the workspace has no temporary folder, so the engine runs inside the"
                        + " agent's JVM");
            }
            FilePath folder = temp.child(FOLDER);
            List<String> names = jars.stream().map(StagedJar::stagedName).toList();
            Set<String> missing = folder.act(new MissingJars(names));
            for (StagedJar jar : jars) {
                if (missing.contains(jar.stagedName())) {
                    folder.act(new WriteJar(jar.stagedName(), Files.readAllBytes(jar.source().toPath())));
                }
            }
            Map<File, String> stagedNames = new HashMap<>();
            jars.forEach(jar -> stagedNames.put(jar.source(), jar.stagedName()));
            List<Entry> entries = new ArrayList<>();
            for (File root : roots) {
                String staged = stagedNames.get(root);
                entries.add(staged != null ? new Entry(true, staged) : new Entry(false, root.getAbsolutePath()));
            }
            return new Choice(new EngineLaunch(folder.getRemote(), entries,
                    environment.get(EngineProcess.JAVA_OPTS_VARIABLE)), null);
        } catch (IOException e) {
            return new Choice(null, "the engine runs inside the agent's JVM: " + e.getMessage());
        }
    }

    /** The class path on the agent. A folder entry that is not there (the controller's disk) is reported. */
    List<String> classPath() throws IOException {
        List<String> paths = new ArrayList<>();
        for (Entry e : entries) {
            Path p = e.staged() ? Path.of(folder, e.value()) : Path.of(e.value());
            if (!Files.exists(p)) {
                throw new IOException(p + " is not on this agent");
            }
            paths.add(p.toString());
        }
        return paths;
    }

    /** Where the check runs: a launch for the engine's process, or null and why not (null when asked for). */
    record Choice(EngineLaunch launch, String whyNot) {
    }

    /** Lists which of the staged names the agent's engine folder lacks, and removes the jars no longer named. */
    static final class MissingJars extends MasterToSlaveFileCallable<Set<String>> {

        private static final long serialVersionUID = 1L;

        private final List<String> names;

        MissingJars(List<String> names) {
            this.names = List.copyOf(names);
        }

        @Override
        public Set<String> invoke(File folder, VirtualChannel channel) throws IOException {
            Path dir = folder.toPath();
            Files.createDirectories(dir);
            Set<String> missing = new HashSet<>();
            for (String name : names) {
                if (!Files.isRegularFile(dir.resolve(name))) {
                    missing.add(name);
                }
            }
            try (var listing = Files.list(dir)) {
                for (Path p : (Iterable<Path>) listing::iterator) {
                    String name = String.valueOf(p.getFileName());
                    if (name.endsWith(".jar") && !names.contains(name)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return missing;
        }
    }

    /** Writes one jar into the agent's engine folder: a temporary file, then moved into place. */
    static final class WriteJar extends MasterToSlaveFileCallable<Void> {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final byte[] bytes;

        WriteJar(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes.clone();
        }

        @Override
        public Void invoke(File folder, VirtualChannel channel) throws IOException {
            Path dir = folder.toPath();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, name, ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // A parallel step in the same workspace wrote it first; the name says the content is the same.
            } finally {
                Files.deleteIfExists(temp);
            }
            return null;
        }
    }
}
