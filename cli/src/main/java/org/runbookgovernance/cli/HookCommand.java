package org.runbookgovernance.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hook install|uninstall}: a git pre-push hook that runs {@code check DIR --changed-only} against the
 * remote's default branch before every push, so a developer sees what CI would say before CI says it.
 */
@Command(name = "hook", mixinStandardHelpOptions = true,
        description = "Install or remove the git pre-push hook that runs the check on the runbooks a push changes.",
        footer = {"", "Exit codes: 0 done; 2 bad usage, not a git work tree, or a pre-push hook that is not ours."})
final class HookCommand implements Runnable {

    static final String HOOK = "pre-push";

    /** The line that marks a hook as ours: uninstall and re-install touch only hooks carrying it. */
    static final String MARKER = "# runbook-governance pre-push hook:";

    /** Where {@code --force} keeps a hook it replaces; {@code uninstall} puts it back. */
    static final String BACKUP = HOOK + ".before-runbook-governance";

    private static final String TEMPLATE = "pre-push.sh";

    @Spec
    CommandSpec spec;

    /** The {@code hook} command with its two subcommands, for {@link Main}. */
    static CommandLine commandLine(Invocation invocation) {
        return new CommandLine(new HookCommand())
                .addSubcommand(new CommandLine(new Install(invocation)))
                .addSubcommand(new CommandLine(new Uninstall(invocation)));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command; expected install or uninstall");
    }

    @Command(name = "install", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Write .git/hooks/pre-push (the hooks folder git uses, worktrees and core.hooksPath "
                    + "included): before each push it runs `runbook-governance check DIR --changed-only --target "
                    + "<the remote's default branch, else main>` and blocks the push on findings.",
            footer = {"", "Exit codes: 0 installed; 2 bad usage, not a git work tree, or a pre-push hook that is "
                    + "not ours (--force replaces it)."})
    static final class Install implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", defaultValue = "runbooks", paramLabel = "DIR",
                description = "The runbook repository inside the work tree (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Config file for the check (default: DIR/.runbook-governance.yml, as in CI).")
        Path config;

        @Option(names = "--target", paramLabel = "NAME",
                description = "Always compare with this branch (default: the pushed-to remote's HEAD, else main).")
        String target;

        @Option(names = "--force", description = "Replace a pre-push hook that is not ours (it is kept as "
                + BACKUP + " and restored by uninstall).")
        boolean force;

        private final Invocation invocation;

        Install(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() throws IOException {
            GitLayout git = GitLayout.of(dir);
            Path hook = git.hooks().resolve(HOOK);
            String script = render(git.relative(dir, "DIR"), config == null ? "" : git.relative(config, "--config"),
                    target == null ? "" : target.strip());
            boolean replacing = Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (replacing && !isOurs(hook)) {
                if (!force) {
                    invocation.err().println(Main.NAME + ": " + hook + " exists and was not installed by "
                            + Main.NAME + "; left unchanged. Merge it by hand, or pass --force to replace it "
                            + "(it is kept as " + BACKUP + ").");
                    return 2;
                }
                Files.move(hook, hook.resolveSibling(BACKUP), StandardCopyOption.REPLACE_EXISTING);
                invocation.out().println("kept the previous hook as " + hook.resolveSibling(BACKUP));
            }
            writeExecutable(hook, script);
            invocation.out().println((replacing ? "updated " : "installed ") + hook + ": before each push it runs "
                    + Main.NAME + " check " + git.relative(dir, "DIR") + " --changed-only; `" + Main.NAME
                    + " hook uninstall` removes it");
            return 0;
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = "Remove the pre-push hook if it is ours; a hook --force replaced is put back.",
            footer = {"", "Exit codes: 0 removed or none installed; 2 not a git work tree, or the hook is not ours "
                    + "(left unchanged)."})
    static final class Uninstall implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", defaultValue = "runbooks", paramLabel = "DIR",
                description = "A folder inside the work tree (default: ${DEFAULT-VALUE}).")
        Path dir;

        private final Invocation invocation;

        Uninstall(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() throws IOException {
            Path hook = GitLayout.of(dir).hooks().resolve(HOOK);
            if (!Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                invocation.out().println("no pre-push hook installed: " + hook);
                return 0;
            }
            if (!isOurs(hook)) {
                invocation.err().println(Main.NAME + ": " + hook + " was not installed by " + Main.NAME
                        + "; left unchanged.");
                return 2;
            }
            Files.delete(hook);
            Path backup = hook.resolveSibling(BACKUP);
            if (Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(backup, hook);
                invocation.out().println("removed the runbook-governance hook and restored the previous " + hook);
            } else {
                invocation.out().println("removed " + hook);
            }
            return 0;
        }
    }

    /** The hook script with DIR, the config and the target filled in, each quoted for the shell. */
    static String render(String dir, String config, String target) {
        return template().replace("@DIR@", shellQuoted(dir)).replace("@CONFIG@", shellQuoted(config))
                .replace("@TARGET@", shellQuoted(target));
    }

    static String template() {
        try (InputStream in = HookCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("hook template " + TEMPLATE + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("hook template " + TEMPLATE + " unreadable", e);
        }
    }

    /** Single quotes keep everything literal; a quote inside closes, escapes and reopens. */
    static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static boolean isOurs(Path hook) throws IOException {
        if (!Files.isRegularFile(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return Files.readString(hook, StandardCharsets.ISO_8859_1).lines().anyMatch(l -> l.startsWith(MARKER));
    }

    /** Temp file in the hooks folder, made executable, then moved over: git never runs half a hook. */
    static void writeExecutable(Path hook, String script) throws IOException {
        Path folder = hook.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + hook.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, script, StandardCharsets.UTF_8);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rwxr-xr-x");
                Files.setPosixFilePermissions(temp, mode);
            } else if (!temp.toFile().setExecutable(true, false)) {
                throw new IOException("cannot make " + temp + " executable");
            }
            try {
                Files.move(temp, hook, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, hook, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Where git keeps hooks for the work tree holding a folder, as {@code git rev-parse --git-path hooks} says:
     * {@code core.hooksPath} when set (relative to the work tree's top), else {@code hooks} in the common git
     * directory, which a linked worktree (whose {@code .git} is a file) shares with its main repository.
     *
     * @param top   the top of the work tree
     * @param hooks the hooks folder
     */
    record GitLayout(Path top, Path hooks) {

        static GitLayout of(Path dir) {
            Path start = dir.toAbsolutePath().normalize();
            if (!Files.isDirectory(start)) {
                throw new BadInputException(SourcePosition.file(dir.toString()), "not a directory; give a folder "
                        + "inside the git work tree (default: runbooks)");
            }
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
            if (builder.getGitDir() == null) {
                throw notAWorkTree(dir);
            }
            try (Repository repo = builder.setMustExist(true).build()) {
                if (repo.isBare()) {
                    throw notAWorkTree(dir);
                }
                Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
                File common = repo.getCommonDirectory() == null ? repo.getDirectory() : repo.getCommonDirectory();
                String configured = repo.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null,
                        ConfigConstants.CONFIG_KEY_HOOKS_PATH);
                Path hooks = configured == null || configured.isBlank()
                        ? common.toPath().resolve("hooks")
                        : top.resolve(expandHome(configured.strip()));
                return new GitLayout(top, hooks.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new BadInputException(SourcePosition.file(dir.toString()), "cannot open the git repository ("
                        + e.getMessage() + "); run `git status` there to see what is wrong");
            }
        }

        /** {@code path} relative to the work tree's top, with '/'; a path outside it is bad usage. */
        String relative(Path path, String what) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(top)) {
                throw new BadInputException(SourcePosition.file(path.toString()), what + " is outside the git work "
                        + "tree " + top + "; give a path inside it");
            }
            String relative = top.relativize(absolute).toString().replace(File.separatorChar, '/');
            return relative.isEmpty() ? "." : relative;
        }

        private static String expandHome(String path) {
            return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        }

        private static BadInputException notAWorkTree(Path dir) {
            return new BadInputException(SourcePosition.file(dir.toString()), "not inside a git work tree; run "
                    + "`hook install` in a clone of the runbook repository (a hook needs a .git folder or file)");
        }
    }
}
