package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One simulated build: its workspace, environment, clock, causes, log and result, plus what the publishers
 * (junit, recordIssues, archiveArtifacts) picked up. The fakes write here; the tests read from here.
 */
final class PipelineBuild {

    static final List<String> RESULTS = List.of("SUCCESS", "UNSTABLE", "FAILURE");

    /** One publisher call: the step, the pattern it was given, the workspace files the pattern matched. */
    record Published(String step, String pattern, List<String> files) {
    }

    /**
     * One call of our steps and what it found, as the build page (RunbookGovernanceAction) would show it; for
     * a step that failed the build, {@code result} still holds its findings, with status FAILURE.
     */
    record StepRun(String step, Map<?, ?> args, Map<String, Object> result) {
    }

    /** A mail the build would send ({@code mail} or {@code emailext}): recorded, never sent. */
    record Mail(String step, String to, String subject, String body) {
    }

    final Path workspace;
    final Map<String, String> env;
    final LocalDate clock;
    final List<String> causes;
    final Map<String, Object> currentBuild = new LinkedHashMap<>();
    final List<String> log = new ArrayList<>();
    final List<String> stagesRun = new ArrayList<>();
    final List<String> stagesSkipped = new ArrayList<>();
    final List<String> stagesSkippedForFailure = new ArrayList<>();
    final List<Published> published = new ArrayList<>();
    final List<String> aborts = new ArrayList<>();
    final List<StepRun> stepRuns = new ArrayList<>();
    final List<Mail> mails = new ArrayList<>();
    String cron;

    /**
     * @param clock  the controller's date the steps judge on when the script gives no {@code today}
     * @param causes cause class names, as {@code currentBuild.getBuildCauses()} reports them in {@code _class}
     */
    PipelineBuild(Path workspace, Map<String, String> env, LocalDate clock, List<String> causes) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.env = new LinkedHashMap<>(env);
        this.clock = clock;
        this.causes = List.copyOf(causes);
        currentBuild.put("result", "SUCCESS");
        currentBuild.put("buildCauses", causes.stream().map(c -> Map.of("_class", c)).toList());
    }

    String result() {
        return String.valueOf(currentBuild.get("result"));
    }

    /** Like Run.setResult: a result only ever gets worse. */
    void worsen(String result) {
        if (RESULTS.indexOf(result) > RESULTS.indexOf(result())) {
            currentBuild.put("result", result);
        }
    }

    /** A step aborted the build, as an AbortException does: ERROR line, FAILURE. */
    void abort(String message) {
        log.add("ERROR: " + message);
        aborts.add(message);
        worsen("FAILURE");
    }

    /** Workspace files matching Ant-style patterns (comma-separated), as workspace-relative '/' paths. */
    List<String> matching(String patterns) throws IOException {
        List<PathMatcher> matchers = Arrays.stream(patterns.split(","))
                .map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p))
                .toList();
        try (Stream<Path> files = Files.walk(workspace)) {
            return files.filter(Files::isRegularFile)
                    .map(workspace::relativize)
                    .filter(rel -> matchers.stream().anyMatch(m -> m.matches(rel)))
                    .map(rel -> rel.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The result of the only run of our step {@code step}. */
    Map<String, Object> onlyRun(String step) {
        List<StepRun> runs = stepRuns.stream().filter(r -> r.step().equals(step)).toList();
        if (runs.size() != 1) {
            throw new AssertionError("expected one run of " + step + ", got " + runs.size() + ": " + stepRuns);
        }
        return runs.get(0).result();
    }

    List<Published> published(String step) {
        return published.stream().filter(p -> p.step().equals(step)).toList();
    }
}
