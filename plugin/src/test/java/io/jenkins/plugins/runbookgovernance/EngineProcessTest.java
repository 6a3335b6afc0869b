package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.EnvVars;
import hudson.FilePath;
import java.io.File;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine in its own JVM: the same outcome as inside the agent's, a fallback that says why, and an end on abort. */
class EngineProcessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path workspace;

    /** Two runbooks, one of them overdue, committed with JGit at a fixed time. */
    private void repository() throws Exception {
        Workspaces.twoRunbooks(workspace);
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("runbooks").call();
            PersonIdent who = new PersonIdent("Runbook Author", "author@example.com",
                    Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
            git.commit().setMessage("Add runbooks").setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(new RunbookFreshnessStep()),
                Arguments.of(new RunbookAlertCoverageStep()),
                Arguments.of(new RunbookBranchCheckStep()),
                Arguments.of(new PublishRunbookIndexStep()),
                Arguments.of(new RunbookReviewPlanStep()),
                Arguments.of(new RunbookGovernanceStep()));
    }

    private static Map<String, String> env(String engine) {
        return Map.of(EngineProcess.ENGINE_VARIABLE, engine, "CHANGE_BRANCH", "runbook/RB-002-disk-full",
                "CHANGE_TARGET", "main");
    }

    /** An outcome without its timings lines, which differ between any two runs. */
    private static GovernanceOutcome untimed(GovernanceOutcome o) {
        List<String> lines = o.logLines().stream()
                .filter(l -> !l.startsWith("timings: ") && !l.startsWith("engine: ")).toList();
        return new GovernanceOutcome(o.badInput(), o.root(), o.today(), o.failOn(), o.unstableOn(), o.errors(),
                o.warnings(), o.infos(), o.worst(), o.runbooks(), o.findings(), o.findingsTotal(), o.reviewPlan(),
                o.index(), lines, o.reportFiles(), o.ruleFailures(), o.digests());
    }

    @ParameterizedTest
    @MethodSource("steps")
    void eachStepGivesTheSameOutcomeInTheEnginesProcessAsInTheAgentsJvm(RunbookStep step) throws Exception {
        repository();
        CheckPlan plan = new CheckPlan(step.settings(), TODAY, env("process"));

        EngineLaunch.Choice choice = EngineLaunch.choose(new FilePath(workspace.toFile()), plan.environment());
        GovernanceOutcome inProcess = new GovernanceCallable(plan, choice.launch()).invoke(workspace.toFile(), null);
        GovernanceOutcome inAgent = new GovernanceCallable(plan).invoke(workspace.toFile(), null);

        assertThat(choice.whyNot()).isNull();
        assertThat(choice.launch()).isNotNull();
        assertThat(inProcess.logLines()).noneMatch(l -> l.contains("own process"))
                .last().asString().matches("engine: a JVM of its own, \\d+ ms from its start to the outcome "
                        + "\\(RUNBOOK_GOVERNANCE_ENGINE=agent runs it in the agent's JVM\\)");
        assertThat(inAgent.logLines()).noneMatch(l -> l.startsWith("engine: "));
        assertThat(inProcess.ran()).isTrue();
        assertThat(inProcess.runbooks()).isNotEmpty();
        assertThat(untimed(inProcess)).usingRecursiveComparison().isEqualTo(untimed(inAgent));
    }

    @Test
    void twoStepsInParallelOnOneWorkspaceBothGetTheirOutcome() throws Exception {
        repository();
        FilePath ws = new FilePath(workspace.toFile());
        List<CheckPlan> plans = List.of(new CheckPlan(new RunbookFreshnessStep().settings(), TODAY, env("process")),
                new CheckPlan(new RunbookReviewPlanStep().settings(), TODAY, env("process")));
        List<AtomicReference<Object>> results = List.of(new AtomicReference<>(), new AtomicReference<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            CheckPlan plan = plans.get(i);
            AtomicReference<Object> result = results.get(i);
            threads.add(new Thread(() -> {
                try {
                    EngineLaunch launch = EngineLaunch.choose(ws, plan.environment()).launch();
                    result.set(new GovernanceCallable(plan, launch).invoke(workspace.toFile(), null));
                } catch (Exception e) {
                    result.set(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(120));
        }

        for (int i = 0; i < 2; i++) {
            assertThat(results.get(i).get()).isInstanceOf(GovernanceOutcome.class);
            GovernanceOutcome o = (GovernanceOutcome) results.get(i).get();
            assertThat(o.logLines()).noneMatch(l -> l.contains("own process")).anyMatch(l -> l.startsWith("engine: "));
            assertThat(untimed(o)).usingRecursiveComparison()
                    .isEqualTo(untimed(new GovernanceCallable(plans.get(i)).invoke(workspace.toFile(), null)));
        }
    }

    @Test
    void theStepRunsTheEngineInItsOwnProcessByDefault() throws Exception {
        repository();
        RunbookGovernanceStep step = new RunbookGovernanceStep();
        step.setToday(TODAY.toString());
        step.setFailOn("never");
        FakeContext context = new FakeContext(workspace.toFile(), new EnvVars(EngineProcess.ENGINE_VARIABLE, ""));

        step.start(context).start();

        assertThat(context.failure).isNull();
        assertThat(context.log()).contains("[runbookGovernance] 2 runbook(s)")
                .contains("[runbookGovernance] engine: a JVM of its own, ").doesNotContain("ran inside the agent's JVM");
        Path folder = workspace.resolveSibling(workspace.getFileName() + "@tmp").resolve(EngineLaunch.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).as("the engine's jars, and no plan or outcome left behind")
                    .anyMatch(n -> n.matches("[0-9a-f]{16}-org\\.eclipse\\.jgit-.*\\.jar"))
                    .allMatch(n -> n.endsWith(".jar"));
        }
    }

    @Test
    void aProcessThatFailsLeavesTheCheckToTheAgentsJvmAndSaysWhy() throws Exception {
        repository();
        CheckPlan plan = new CheckPlan(new RunbookFreshnessStep().settings(), TODAY, env("process"));
        EngineLaunch full = EngineLaunch.choose(new FilePath(workspace.toFile()), plan.environment()).launch();
        List<EngineLaunch.Entry> withoutGit = full.entries().stream()
                .filter(e -> !e.value().contains("org.eclipse.jgit")).toList();
        assertThat(withoutGit).hasSize(full.entries().size() - 1);

        GovernanceOutcome outcome = new GovernanceCallable(plan, new EngineLaunch(full.folder(), withoutGit, null))
                .invoke(workspace.toFile(), null);
        GovernanceOutcome inAgent = new GovernanceCallable(plan).invoke(workspace.toFile(), null);

        assertThat(outcome.logLines().get(0)).startsWith("the engine's own process gave no outcome, so the check ran"
                + " inside the agent's JVM: it ended with exit code 1 and no outcome; its last output:")
                .contains("org/eclipse/jgit");
        List<String> lines = untimed(outcome).logLines();
        assertThat(lines.subList(1, lines.size())).isEqualTo(untimed(inAgent).logLines());
        assertThat(outcome.runbooks()).usingRecursiveComparison().isEqualTo(inAgent.runbooks());
        assertThat(outcome.errors()).isEqualTo(inAgent.errors());
    }

    @Test
    void aJavaThatCannotStartIsAFailureNamingIt() throws Exception {
        repository();
        CheckPlan plan = new CheckPlan(new RunbookFreshnessStep().settings(), TODAY, env("process"));
        EngineProcess process = new EngineProcess(workspace.resolve("no-such-java"), List.of(), List.of());

        assertThatThrownBy(() -> process.run(workspace, plan, workspace.resolve("scratch")))
                .isInstanceOf(EngineProcess.Failed.class)
                .hasMessageStartingWith("could not start " + workspace.resolve("no-such-java"));
    }

    @Test
    void anAbortedBuildEndsTheEnginesProcess() throws Exception {
        List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        EngineProcess process = new EngineProcess(EngineProcess.currentJava(), classPath, List.of(),
                NeverEnds.class.getName());
        CheckPlan plan = new CheckPlan(new RunbookFreshnessStep().settings(), TODAY, Map.of());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        List<ProcessHandle> before = ProcessHandle.current().children().toList();
        Thread check = new Thread(() -> {
            try {
                process.run(workspace, plan, workspace.resolve("scratch"));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        check.start();
        ProcessHandle child = null;
        for (int i = 0; i < 200 && child == null; i++) {
            child = ProcessHandle.current().children().filter(p -> !before.contains(p)).findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertThat(child).as("the engine's process started").isNotNull();

        check.interrupt();
        check.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        try (Stream<Path> left = Files.list(workspace.resolve("scratch"))) {
            assertThat(left).as("no plan or outcome file left behind").isEmpty();
        }
    }

    /** A main class that never ends: stands in for a check the build is aborted during. */
    public static final class NeverEnds {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void theJarsAreCopiedOnceAndAStaleOneIsRemoved() throws Exception {
        FilePath ws = new FilePath(workspace.toFile());
        EngineLaunch first = EngineLaunch.choose(ws, env("process")).launch();
        Path folder = Path.of(first.folder());
        Path stale = folder.resolve("0000000000000000-engine-of-an-older-plugin.jar");
        Files.writeString(stale, "old");
        List<FileTime> times = new ArrayList<>();
        for (String jar : first.classPath()) {
            if (Path.of(jar).startsWith(folder)) {
                times.add(Files.getLastModifiedTime(Path.of(jar)));
            }
        }

        EngineLaunch second = EngineLaunch.choose(ws, env("process")).launch();

        assertThat(second).isEqualTo(first);
        assertThat(stale).doesNotExist();
        List<FileTime> after = new ArrayList<>();
        for (String jar : second.classPath()) {
            if (Path.of(jar).startsWith(folder)) {
                after.add(Files.getLastModifiedTime(Path.of(jar)));
            }
        }
        assertThat(times).as("the jars staged").hasSizeGreaterThanOrEqualTo(5);
        assertThat(after).as("not written again").isEqualTo(times);
    }

    @Test
    void theBuildCanKeepTheEngineInTheAgentsJvm() throws Exception {
        FilePath ws = new FilePath(workspace.toFile());

        EngineLaunch.Choice agent = EngineLaunch.choose(ws, Map.of(EngineProcess.ENGINE_VARIABLE, " Agent "));
        EngineLaunch.Choice bogus = EngineLaunch.choose(ws, Map.of(EngineProcess.ENGINE_VARIABLE, "fork"));

        assertThat(agent.launch()).isNull();
        assertThat(agent.whyNot()).isNull();
        assertThat(bogus.launch()).isNull();
        assertThat(bogus.whyNot()).isEqualTo("RUNBOOK_GOVERNANCE_ENGINE is `fork`; it takes `process` or `agent`,"
                + " so the engine runs inside the agent's JVM");
    }

    @Test
    void theEnginesFlagsAreTheLaunchersAndTheBuildsOptionsComeLast() throws Exception {
        Path script = Path.of(System.getProperty("user.dir")).resolveSibling("runbook-governance");
        Matcher flags = Pattern.compile("(?m)^flags=\\((.*)\\)$").matcher(Files.readString(script));
        assertThat(flags.find()).as("the launcher's flags line").isTrue();

        assertThat(EngineProcess.FLAGS).containsExactly(flags.group(1).split(" "));
        assertThat(EngineProcess.flags("  -Xmx2g   -Dx=y ")).endsWith("-Xmx2g", "-Dx=y")
                .hasSize(EngineProcess.FLAGS.size() + 2);
        assertThat(EngineProcess.flags(null)).isEqualTo(EngineProcess.FLAGS);
    }

    @Test
    void aFileOfAnotherTypeIsNotReadBack() throws Exception {
        Path file = workspace.resolve("outcome.bin");
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(List.of("not an outcome")));
        }
        Path other = workspace.resolve("other.bin");
        try (OutputStream out = Files.newOutputStream(other); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new javax.management.ObjectName("a:b=c"));
        }

        assertThatThrownBy(() -> EngineProcess.read(file, GovernanceOutcome.class))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("GovernanceOutcome");
        assertThatThrownBy(() -> EngineProcess.read(other, GovernanceOutcome.class))
                .isInstanceOf(java.io.InvalidClassException.class);
    }
}
