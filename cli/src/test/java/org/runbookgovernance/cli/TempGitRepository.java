package org.runbookgovernance.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/** A JGit repository in a temp folder: fixed author and times, and never the machine's git config. */
final class TempGitRepository implements AutoCloseable {

    static {
        SystemReader.setInstance(new Isolated(SystemReader.getInstance()));
    }

    private final Path root;
    private final Git git;

    private TempGitRepository(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    static TempGitRepository init(Path root) throws IOException, GitAPIException {
        Files.createDirectories(root);
        return new TempGitRepository(root, Git.init().setInitialBranch("main").setDirectory(root.toFile()).call());
    }

    Path root() {
        return root;
    }

    Git git() {
        return git;
    }

    TempGitRepository write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    TempGitRepository commit(String message, String isoInstant) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call(); // removed files too
        PersonIdent who = new PersonIdent("Runbook Author", "author@example.com", Instant.parse(isoInstant),
                ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        return this;
    }

    TempGitRepository branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }

    /** JGit's system reader without user, system or JGit config files, and without GIT_* variables. */
    private static final class Isolated extends SystemReader.Delegate {

        private final File nowhere = new File(System.getProperty("java.io.tmpdir"),
                "no-such-gitconfig-" + ProcessHandle.current().pid());

        Isolated(SystemReader delegate) {
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
