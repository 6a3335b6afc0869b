package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import com.lesfurets.jenkins.unit.BasePipelineTest;
import com.lesfurets.jenkins.unit.MethodCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a Jenkinsfile of this repository under JenkinsPipelineUnit against a copy of runbooks/ in a fresh
 * workspace, with our steps bound to the plugin's engine path and the Jenkins steps faked by
 * {@link PipelineRuntime}. Subclasses pick the Jenkinsfile and the build's environment.
 */
abstract class JenkinsfileTest extends BasePipelineTest {

    /** The day every build here runs on: RB-010 (next review 2026-11-20) is 6 days overdue. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static final String TIMER_CAUSE = "hudson.triggers.TimerTrigger$TimerTriggerCause";
    static final String BRANCH_CAUSE = "jenkins.branch.BranchEventCause";

    static final Map<String, String> PULL_REQUEST = Map.of("CHANGE_ID", "12",
            "CHANGE_BRANCH", "runbook/RB-003-add-slowlog-step", "CHANGE_TARGET", "main", "BRANCH_NAME", "PR-12");
    static final Map<String, String> MAIN = Map.of("BRANCH_NAME", "main");

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    PipelineBuild build;

    JenkinsfileTest() {
        // the repository root for ./Jenkinsfile, examples/ for the examples
        setScriptRoots(new String[] {REPOSITORY.toString(), REPOSITORY.resolve("examples").toString()});
    }

    /** Runs {@code script} as Jenkins would for a build with this environment and these causes. */
    PipelineBuild run(String script, Path workspace, Map<String, String> env, String... causes) throws Exception {
        copyRunbooks(workspace);
        super.setUp();
        build = new PipelineBuild(workspace, env, TODAY, List.of(causes));
        new PipelineRuntime(getHelper(), build).register();
        getBinding().setVariable("env", build.env);
        getBinding().setVariable("currentBuild", build.currentBuild);
        getBinding().setVariable("any", "any");
        getBinding().setVariable("none", "none");
        getBinding().setVariable("scm", Map.of());
        try {
            runScript(script);
        } catch (StepAbort e) {
            // a scripted pipeline ends here; a declarative one has already run its post section
            build.abort(e.getMessage());
        }
        return build;
    }

    /** The checkout: the repository's runbooks/ as the workspace's runbooks/. */
    private static void copyRunbooks(Path workspace) throws IOException {
        Path source = REPOSITORY.resolve("runbooks");
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(p -> {
                Path target = workspace.resolve("runbooks").resolve(source.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    List<MethodCall> calls(String name) {
        return getHelper().getCallStack().stream().filter(c -> c.getMethodName().equals(name)).toList();
    }

    /** The named arguments of the only call to {@code step}. */
    Map<String, Object> onlyCallArgs(String step) {
        List<MethodCall> calls = calls(step);
        assertThat(calls).as("calls to %s", step).hasSize(1);
        return named(calls.get(0).getArgs()[0]);
    }

    /** A Groovy map literal as a Java map, keys as strings. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> named(Object groovyMap) {
        return (Map<String, Object>) groovyMap;
    }

    /** Every file a publisher step picked up exists in the workspace and is non-empty. */
    void assertPublishedFilesExist() throws IOException {
        for (PipelineBuild.Published p : build.published) {
            for (String file : p.files()) {
                assertThat(build.workspace.resolve(file)).as("%s picked up %s", p.step(), file).isNotEmptyFile();
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> runbooks(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("runbooks");
    }

    static Map<String, Object> runbook(Map<String, Object> result, String id) {
        return runbooks(result).stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + runbooks(result)));
    }
}
