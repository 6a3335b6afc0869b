package io.jenkins.plugins.runbookgovernance;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the engine's classes are on the controller: one jar (or, in tests, one folder) for each library the
 * engine's process needs. In Jenkins these sit in this plugin's folder and in the plugins it depends on
 * (snakeyaml-api, jackson2-api, git-client) and in Jenkins itself (slf4j).
 */
final class EngineClassPath {

    /** One class from each library on the engine's runtime class path: this plugin, the engine and its dependencies. */
    static final List<String> MARKERS = List.of(
            "io.jenkins.plugins.runbookgovernance.EngineMain",
            "org.runbookgovernance.engine.Governance",
            "org.commonmark.parser.Parser",
            "org.yaml.snakeyaml.Yaml",
            "com.fasterxml.jackson.core.JsonFactory",
            "org.eclipse.jgit.lib.Repository");

    /** JGit's own dependencies: taken where this plugin's class loader sees them, as the agent's JVM would. */
    static final List<String> OPTIONAL_MARKERS = List.of(
            "com.googlecode.javaewah.EWAHCompressedBitmap",
            "org.slf4j.LoggerFactory",
            "org.apache.commons.codec.binary.Hex");

    /** A jar's digest by its path, size and time: computed once per controller and plugin version. */
    private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

    private EngineClassPath() {
    }

    /**
     * The jar or folder each marker class was loaded from, in order, without repeats.
     *
     * @throws IOException when a class is missing or its loader does not say where it came from
     */
    static List<File> locate() throws IOException {
        Set<File> roots = new LinkedHashSet<>();
        for (String name : MARKERS) {
            roots.add(root(name));
        }
        for (String name : OPTIONAL_MARKERS) {
            try {
                roots.add(root(name));
            } catch (IOException e) {
                // Not visible here, so not to the engine inside the agent's JVM either: its process does without.
            }
        }
        return List.copyOf(roots);
    }

    private static File root(String className) throws IOException {
        Class<?> type;
        try {
            type = Class.forName(className, false, EngineClassPath.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("the engine's class " + className + " is not available here", e);
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            throw new IOException("cannot tell which file the class " + className + " was loaded from");
        }
        try {
            File file = new File(source.getLocation().toURI());
            if (!file.exists()) {
                throw new IOException(file + " (holding " + className + ") does not exist");
            }
            return file;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot tell which file the class " + className + " was loaded from", e);
        }
    }

    /** The SHA-256 of a jar, as lower-case hex; remembered while the jar's size and time stay the same. */
    static String digest(File jar) throws IOException {
        String key = jar.getAbsolutePath() + '|' + jar.length() + '|' + jar.lastModified();
        String known = DIGESTS.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(jar.toPath())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        DIGESTS.put(key, hex);
        return hex;
    }

    /** The jars among {@code roots}, as the names they get on the agent: content-addressed, never overwritten. */
    static List<StagedJar> jars(List<File> roots) throws IOException {
        List<StagedJar> jars = new ArrayList<>();
        for (File root : roots) {
            if (root.isFile()) {
                jars.add(new StagedJar(root, digest(root).substring(0, 16) + "-" + root.getName(), root.length()));
            }
        }
        return jars;
    }

    /** A jar of the engine's class path and the name it has in the agent's engine folder. */
    record StagedJar(File source, String stagedName, long size) {
    }
}
