package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code hook install|uninstall} in a JGit repository, and the installed script run with a stand-in tool. */
class HookCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final String FOREIGN = "#!/bin/sh\necho lint\n";

    @TempDir
    Path tmp;

    private Path repo;
    private Path hook;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void repository() throws Exception {
        repo = tmp.resolve("repo");
        try (TempGitRepository git = TempGitRepository.init(repo)) {
            git.write("runbooks/README.md", "# Runbooks\n").commit("start", "2026-11-01T10:00:00Z");
        }
        hook = repo.resolve(".git/hooks/pre-push");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void installWritesAnExecutableHookThatChecksTheFolder() throws IOException {
        assertThat(run("hook", "install", repo.resolve("runbooks").toString())).as(stderr()).isZero();

        assertThat(hook).isRegularFile();
        assertThat(Files.getPosixFilePermissions(hook)).contains(PosixFilePermission.OWNER_EXECUTE);
        String script = Files.readString(hook);
        assertThat(script).startsWith("#!/bin/sh\n" + HookCommand.MARKER)
                .contains("dir='runbooks'\n", "config=''\n", "target=''\n")
                .contains("set -- check \"$dir\" --changed-only --target \"$target\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("installed " + hook);
        try (Stream<Path> left = Files.list(hook.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void configAndTargetAreBakedInQuoted() throws IOException {
        Files.writeString(repo.resolve("it's.yml"), "{}\n");

        assertThat(run("hook", "install", repo.resolve("runbooks").toString(), "--config",
                repo.resolve("it's.yml").toString(), "--target", "develop")).as(stderr()).isZero();

        assertThat(Files.readString(hook)).contains("config='it'\\''s.yml'\n", "target='develop'\n");
    }

    @Test
    void reinstallingOurHookUpdatesIt() throws IOException {
        run("hook", "install", repo.resolve("runbooks").toString());

        assertThat(run("hook", "install", repo.resolve("runbooks").toString(), "--target", "trunk")).isZero();
        assertThat(Files.readString(hook)).contains("target='trunk'");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("updated " + hook);
    }

    @Test
    void aForeignHookIsLeftAloneWithoutForce() throws IOException {
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, FOREIGN);

        assertThat(run("hook", "install", repo.resolve("runbooks").toString())).isEqualTo(2);
        assertThat(stderr()).contains("was not installed by runbook-governance", "--force");
        assertThat(Files.readString(hook)).isEqualTo(FOREIGN);

        assertThat(run("hook", "uninstall", repo.resolve("runbooks").toString())).isEqualTo(2);
        assertThat(Files.readString(hook)).isEqualTo(FOREIGN);
    }

    @Test
    void forceKeepsTheForeignHookAndUninstallPutsItBack() throws IOException {
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, FOREIGN);

        assertThat(run("hook", "install", repo.resolve("runbooks").toString(), "--force")).isZero();
        assertThat(Files.readString(hook)).contains(HookCommand.MARKER);
        assertThat(hook.resolveSibling(HookCommand.BACKUP)).hasContent(FOREIGN.strip());

        assertThat(run("hook", "uninstall", repo.resolve("runbooks").toString())).isZero();
        assertThat(Files.readString(hook)).isEqualTo(FOREIGN);
        assertThat(hook.resolveSibling(HookCommand.BACKUP)).doesNotExist();
    }

    @Test
    void uninstallRemovesOurHookAndIsIdempotent() {
        run("hook", "install", repo.resolve("runbooks").toString());

        assertThat(run("hook", "uninstall", repo.resolve("runbooks").toString())).isZero();
        assertThat(hook).doesNotExist();
        assertThat(run("hook", "uninstall", repo.resolve("runbooks").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no pre-push hook installed");
    }

    @Test
    void aLinkedWorktreeSharesTheMainRepositorysHooks() throws IOException {
        // What `git worktree add ../wt` leaves: a .git FILE pointing at .git/worktrees/wt, whose commondir is ../..
        Path admin = repo.resolve(".git/worktrees/wt");
        Path worktree = tmp.resolve("wt");
        Files.createDirectories(admin);
        Files.createDirectories(worktree.resolve("runbooks"));
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/wt\n");
        Files.writeString(admin.resolve("commondir"), "../..\n");
        Files.writeString(admin.resolve("gitdir"), worktree.resolve(".git") + "\n");
        Files.writeString(worktree.resolve(".git"), "gitdir: " + admin + "\n");

        assertThat(run("hook", "install", worktree.resolve("runbooks").toString())).as(stderr()).isZero();

        assertThat(hook).isRegularFile();
        assertThat(admin.resolve("hooks/pre-push")).doesNotExist();
        assertThat(Files.readString(hook)).contains("dir='runbooks'");
    }

    @Test
    void coreHooksPathWins() throws Exception {
        try (TempGitRepository git = TempGitRepository.init(repo)) {
            StoredConfig config = git.git().getRepository().getConfig();
            config.setString("core", null, "hooksPath", "tools/hooks");
            config.save();
        }

        assertThat(run("hook", "install", repo.resolve("runbooks").toString())).as(stderr()).isZero();

        assertThat(repo.resolve("tools/hooks/pre-push")).isRegularFile();
        assertThat(hook).doesNotExist();
    }

    @Test
    void outsideAWorkTreeIsBadInput() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain/runbooks"));

        assertThat(run("hook", "install", plain.toString())).isEqualTo(2);
        assertThat(stderr()).contains("not inside a git work tree");
    }

    @Test
    void aFolderOutsideTheWorkTreeIsBadInput() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        assertThat(run("hook", "install", repo.resolve("runbooks").toString(), "--config",
                elsewhere.resolve("c.yml").toString())).isEqualTo(2);
        assertThat(stderr()).contains("--config is outside the git work tree");
    }

    // ---- the script itself, with a stand-in for the tool ----

    static Stream<Arguments> toolExits() {
        return Stream.of(
                Arguments.of(0, 0, ""),
                Arguments.of(1, 1, "push blocked: fix the findings above"),
                Arguments.of(2, 1, "push blocked: the check could not run"),
                Arguments.of(127, 0, "pushing without the runbook check"));
    }

    @ParameterizedTest
    @MethodSource("toolExits")
    void theHookBlocksOnlyOnFindingsOrBadInput(int toolExit, int hookExit, String message) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && nativeGit(), "needs sh and git");
        run("hook", "install", repo.resolve("runbooks").toString());
        Path tool = standIn(toolExit);

        Result r = runHook(Map.of("RUNBOOK_GOVERNANCE", tool.toString()), "refs/heads/x 1111 refs/heads/x 0000\n");

        assertThat(r.exit()).as(r.output()).isEqualTo(hookExit);
        assertThat(r.output()).contains(message);
        assertThat(Files.readString(tmp.resolve("args.txt")).strip())
                .isEqualTo("check runbooks --changed-only --target main");
    }

    @Test
    void theHookLetsThePushThroughWhenTheToolIsMissing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && nativeGit(), "needs sh and git");
        run("hook", "install", repo.resolve("runbooks").toString());

        Result r = runHook(Map.of("RUNBOOK_GOVERNANCE", tmp.resolve("no-such-tool").toString()),
                "refs/heads/x 1111 refs/heads/x 0000\n");

        assertThat(r.exit()).isZero();
        assertThat(r.output()).contains("runbook-governance not found", "pushing without the runbook check");
    }

    @Test
    void theHookSkipsAPushThatOnlyDeletes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && nativeGit(), "needs sh and git");
        run("hook", "install", repo.resolve("runbooks").toString());
        Path tool = standIn(1);

        Result r = runHook(Map.of("RUNBOOK_GOVERNANCE", tool.toString()),
                "(delete) 0000000000000000000000000000000000000000 refs/heads/x 1111\n");

        assertThat(r.exit()).isZero();
        assertThat(tmp.resolve("args.txt")).doesNotExist();
    }

    /** A script that records its arguments and exits with {@code exit}. */
    private Path standIn(int exit) throws IOException {
        Path tool = tmp.resolve("tool.sh");
        Files.writeString(tool, "#!/bin/sh\necho \"$@\" > '" + tmp.resolve("args.txt") + "'\nexit " + exit + "\n");
        tool.toFile().setExecutable(true);
        return tool;
    }

    private record Result(int exit, String output) {
    }

    private Result runHook(Map<String, String> env, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", hook.toString(), "origin", "https://example.invalid/r.git")
                .directory(repo.toFile()).redirectErrorStream(true);
        isolate(pb.environment());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private void isolate(Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("HOME", tmp.toString());
        env.put("PATH", "/usr/bin:/bin");
    }

    private boolean nativeGit() {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of("git", "--version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            isolate(pb.environment());
            Process p = pb.start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
