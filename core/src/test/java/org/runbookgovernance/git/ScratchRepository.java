package org.runbookgovernance.git;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * A real git repository in a temp dir for tests, written with JGit: fixed author, fixed commit times, and
 * no user or system git config (JGit would otherwise read {@code ~/.gitconfig}).
 */
public final class ScratchRepository implements AutoCloseable {

    static {
        SystemReader.setInstance(new IsolatedSystemReader(SystemReader.getInstance()));
    }

    private final Path root;
    private final Git git;

    private ScratchRepository(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** A new repository at {@code root} whose first branch is {@code main}. */
    public static ScratchRepository init(Path root) {
        try {
            Files.createDirectories(root);
            return new ScratchRepository(root, Git.init().setInitialBranch("main").setDirectory(root.toFile()).call());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ScratchRepository open(Path root) {
        try {
            return new ScratchRepository(root, Git.open(root.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    public ScratchRepository write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScratchRepository delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages everything (deletions too) and commits at {@code time}, as a fixed author. */
    public RevCommit commit(String message, Instant time) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent("Runbook Author", "author@example.com", time, ZoneOffset.UTC);
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScratchRepository newBranch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScratchRepository checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks out a commit id: a detached HEAD, as Jenkins leaves it. */
    public ScratchRepository detach(ObjectId commit) {
        return checkout(commit.name());
    }

    /** Makes {@code refs/remotes/origin/<name>} point at {@code commit}, as a CI fetch would. */
    public ScratchRepository remoteBranch(String name, ObjectId commit) {
        try {
            RefUpdate update = git.getRepository().updateRef("refs/remotes/origin/" + name);
            update.setNewObjectId(commit);
            update.forceUpdate();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScratchRepository deleteBranch(String name) {
        try {
            git.branchDelete().setBranchNames(name).setForce(true).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }

    /** True when a native {@code git} runs here (some tests need it for a shallow clone). */
    public static boolean nativeGitAvailable() {
        try {
            return runGit(null, "--version") == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs native git with no user or system config; returns the exit code. */
    public static int runGit(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        java.io.File log = java.io.File.createTempFile("git-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Map<String, String> env = pb.environment();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("HOME", (workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"))).toString());
        try {
            int exit = waitFor(pb.start());
            if (exit != 0) { // say why: a failure under load must be told apart from a bug
                System.err.println("git " + String.join(" ", args) + " exited " + exit + ": "
                        + java.nio.file.Files.readString(log.toPath()));
            }
            return exit;
        } finally {
            java.nio.file.Files.deleteIfExists(log.toPath());
        }
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The system reader JGit uses, without user, system or JGit config files. */
    private static final class IsolatedSystemReader extends SystemReader.Delegate {

        private final File nowhere = new File(System.getProperty("java.io.tmpdir"), "no-such-gitconfig-" + ProcessHandle.current().pid());

        IsolatedSystemReader(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, nowhere, fs);
        }

        @Override
        public String getenv(String variable) {
            return variable.startsWith("GIT_") ? null : super.getenv(variable);
        }
    }
}
