package io.jenkins.plugins.runbookgovernance;

import com.lesfurets.jenkins.unit.PipelineTestHelper;
import groovy.json.JsonSlurper;
import groovy.lang.Closure;
import groovy.lang.GString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.w3c.dom.Document;

/**
 * What JenkinsPipelineUnit 1.1 lacks to run our Jenkinsfiles: declarative sections with their semantics
 * (a failing stage skips the rest, {@code when} decides whether a stage runs, {@code post} runs by result),
 * and fakes of the Jenkins steps the Jenkinsfiles call, each doing what the real step does to the build
 * (junit marks UNSTABLE on failed tests, error aborts, recordIssues skips a failed build unless told not to).
 * Our own steps go to {@link RunbookStepBinding}.
 */
final class PipelineRuntime {

    /** A pipeline or a stage while its block is read: the sections it declared, run afterwards. */
    private static final class Section {
        private final String name;
        private Closure<?> when;
        private Closure<?> steps;
        private Closure<?> stages;
        private Closure<?> post;

        private Section(String name) {
            this.name = name;
        }
    }

    /** Post conditions in the order declarative runs them. */
    private static final List<String> POST_CONDITIONS = List.of("always", "changed", "failure", "success",
            "unstable", "unsuccessful", "cleanup");

    private final PipelineTestHelper helper;
    private final PipelineBuild build;
    private final Deque<Section> sections = new ArrayDeque<>();
    private final Deque<List<Boolean>> conditions = new ArrayDeque<>();
    private Map<String, Closure<?>> postBlocks;
    private boolean declarative;
    /** The first failure in a declarative stage: later stages are skipped, post still runs. */
    private Throwable stageFailure;

    PipelineRuntime(PipelineTestHelper helper, PipelineBuild build) {
        this.helper = helper;
        this.build = build;
    }

    void register() {
        registerDeclarative();
        registerConditions();
        registerJenkinsSteps();
        for (StepKind kind : StepKind.values()) {
            allow(kind.functionName(), List.of(Map.class), a -> RunbookStepBinding.run(kind, (Map<?, ?>) a[0], build));
            allow(kind.functionName(), List.of(), a -> RunbookStepBinding.run(kind, Map.of(), build));
        }
    }

    private void allow(String name, List<Class<?>> types, Function<Object[], Object> body) {
        helper.registerAllowedMethod(name, new ArrayList<>(types), new StepClosure(this, body));
    }

    private void noOp(String name, List<Class<?>> types) {
        allow(name, types, a -> null);
    }

    // ---- declarative sections --------------------------------------------------------------------------

    private void registerDeclarative() {
        allow("pipeline", List.of(Closure.class), a -> pipeline(closure(a[0])));
        allow("stages", List.of(Closure.class), a -> {
            requireSection("stages").stages = closure(a[0]);
            return null;
        });
        allow("stage", List.of(String.class, Closure.class), a -> stage(String.valueOf(a[0]), closure(a[1])));
        allow("steps", List.of(Closure.class), a -> {
            requireSection("steps").steps = closure(a[0]);
            return null;
        });
        allow("when", List.of(Closure.class), a -> {
            requireSection("when").when = closure(a[0]);
            return null;
        });
        allow("post", List.of(Closure.class), a -> {
            requireSection("post").post = closure(a[0]);
            return null;
        });
        for (String condition : POST_CONDITIONS) {
            allow(condition, List.of(Closure.class), a -> {
                if (postBlocks == null) {
                    throw new IllegalStateException(condition + " { } belongs inside post { }");
                }
                postBlocks.put(condition, closure(a[0]));
                return null;
            });
        }
        allow("script", List.of(Closure.class), a -> closure(a[0]).call());
        // Sections whose content only configures Jenkins: read them so their calls land on the call stack.
        for (String section : List.of("options", "triggers", "environment", "tools", "parameters")) {
            allow(section, List.of(Closure.class), a -> closure(a[0]).call());
        }
        noOp("agent", List.of(Object.class));
        noOp("agent", List.of(Closure.class));
        noOp("label", List.of(String.class));
        noOp("timestamps", List.of());
        noOp("timeout", List.of(Map.class));
        noOp("skipDefaultCheckout", List.of());
        allow("cron", List.of(String.class), a -> {
            build.cron = String.valueOf(a[0]);
            return null;
        });
    }

    private Object pipeline(Closure<?> body) {
        Section pipeline = new Section("pipeline");
        declarative = true;
        sections.push(pipeline);
        try {
            body.call();
        } finally {
            sections.pop();
        }
        Throwable failure = null;
        try {
            if (pipeline.stages != null) {
                pipeline.stages.call();
            }
        } catch (Throwable t) {
            failure = t;
            build.worsen("FAILURE");
        }
        if (failure == null) {
            failure = stageFailure;
        }
        runPost(pipeline.post);
        if (failure != null && !(failure instanceof StepAbort)) {
            throw StepClosure.rethrow(failure);
        }
        return null;
    }

    private Object stage(String name, Closure<?> body) {
        if (!declarative) {
            // scripted: stage('x') { ... } just runs its block
            build.stagesRun.add(name);
            return body.call();
        }
        Section stage = new Section(name);
        sections.push(stage);
        try {
            body.call();
        } finally {
            sections.pop();
        }
        if (stageFailure != null) {
            build.stagesSkippedForFailure.add(name);
            build.log.add("Stage \"" + name + "\" skipped due to earlier failure(s)");
            return null;
        }
        if (stage.when != null && !evaluate(stage.when)) {
            build.stagesSkipped.add(name);
            build.log.add("Stage \"" + name + "\" skipped due to when conditional");
            return null;
        }
        build.stagesRun.add(name);
        Throwable failure = null;
        try {
            if (stage.steps != null) {
                stage.steps.call();
            }
            if (stage.stages != null) {
                stage.stages.call();
            }
        } catch (Throwable t) {
            failure = t;
            if (t instanceof StepAbort) {
                build.abort(t.getMessage());
            } else {
                build.worsen("FAILURE");
            }
        }
        runPost(stage.post);
        stageFailure = failure;
        return null;
    }

    private void runPost(Closure<?> post) {
        if (post == null) {
            return;
        }
        postBlocks = new LinkedHashMap<>();
        try {
            post.call();
        } finally {
            Map<String, Closure<?>> blocks = postBlocks;
            postBlocks = null;
            for (String condition : POST_CONDITIONS) {
                Closure<?> block = blocks.get(condition);
                if (block != null && applies(condition)) {
                    try {
                        block.call();
                    } catch (StepAbort e) {
                        build.abort(e.getMessage());
                    }
                }
            }
        }
    }

    private boolean applies(String condition) {
        String result = build.result();
        return switch (condition) {
            case "always", "cleanup" -> true;
            case "success" -> result.equals("SUCCESS");
            case "unstable" -> result.equals("UNSTABLE");
            case "failure" -> result.equals("FAILURE");
            case "unsuccessful" -> !result.equals("SUCCESS");
            default -> false; // changed: no previous build here
        };
    }

    private Section requireSection(String what) {
        if (sections.isEmpty()) {
            throw new IllegalStateException(what + " { } belongs inside pipeline { } or stage { }");
        }
        return sections.peek();
    }

    // ---- when conditions -------------------------------------------------------------------------------

    private void registerConditions() {
        allow("branch", List.of(String.class), a -> condition("branch", globMatches(a[0], build.env.get("BRANCH_NAME"))));
        allow("changeRequest", List.of(), a -> condition("changeRequest", isChangeRequest()));
        allow("changeRequest", List.of(Map.class), a -> {
            Map<?, ?> m = (Map<?, ?>) a[0];
            boolean matches = isChangeRequest()
                    && (m.get("target") == null || globMatches(m.get("target"), build.env.get("CHANGE_TARGET")))
                    && (m.get("branch") == null || globMatches(m.get("branch"), build.env.get("CHANGE_BRANCH")));
            return condition("changeRequest", matches);
        });
        // TriggeredByConditional: some cause's class name contains the text.
        allow("triggeredBy", List.of(String.class), a -> condition("triggeredBy",
                build.causes.stream().anyMatch(c -> c.contains(String.valueOf(a[0])))));
        allow("environment", List.of(Map.class), a -> {
            Map<?, ?> m = (Map<?, ?>) a[0];
            return condition("environment", String.valueOf(m.get("value")).equals(build.env.get(String.valueOf(m.get("name")))));
        });
        allow("expression", List.of(Closure.class), a -> condition("expression",
                DefaultTypeTransformation.castToBoolean(closure(a[0]).call())));
        allow("allOf", List.of(Closure.class), a -> condition("allOf", nested(closure(a[0])).stream().allMatch(b -> b)));
        allow("anyOf", List.of(Closure.class), a -> condition("anyOf", nested(closure(a[0])).stream().anyMatch(b -> b)));
        allow("not", List.of(Closure.class), a -> {
            List<Boolean> inner = nested(closure(a[0]));
            if (inner.size() != 1) {
                throw new IllegalStateException("not { } takes exactly one condition, got " + inner.size());
            }
            return condition("not", !inner.get(0));
        });
        noOp("beforeAgent", List.of(Boolean.class));
    }

    /** A stage's when: every top-level condition must hold. */
    private boolean evaluate(Closure<?> when) {
        return nested(when).stream().allMatch(b -> b);
    }

    private List<Boolean> nested(Closure<?> block) {
        conditions.push(new ArrayList<>());
        List<Boolean> results;
        try {
            block.call();
        } finally {
            results = conditions.pop();
        }
        return results;
    }

    private Boolean condition(String name, boolean value) {
        if (conditions.isEmpty()) {
            throw new IllegalStateException(name + " is a when condition; use it inside when { }");
        }
        conditions.peek().add(value);
        return value;
    }

    private boolean isChangeRequest() {
        String id = build.env.get("CHANGE_ID");
        return id != null && !id.isBlank();
    }

    /** Declarative's default comparator for branch patterns: Ant-style globs. */
    private static boolean globMatches(Object pattern, String value) {
        return value != null
                && FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(value));
    }

    // ---- Jenkins steps ---------------------------------------------------------------------------------

    private void registerJenkinsSteps() {
        // String and GString variants: BasePipelineTest registers its own String ones, which these replace.
        for (Class<?> text : List.of(String.class, GString.class)) {
            allow("echo", List.of(text), a -> {
                build.log.add(String.valueOf(a[0]));
                return null;
            });
            allow("error", List.of(text), a -> {
                throw new StepAbort(String.valueOf(a[0]));
            });
            allow("unstable", List.of(text), a -> unstable(String.valueOf(a[0])));
            allow("junit", List.of(text), a -> junit(Map.of("testResults", String.valueOf(a[0]))));
            allow("archiveArtifacts", List.of(text), a -> archive(Map.of("artifacts", String.valueOf(a[0]))));
        }
        allow("unstable", List.of(Map.class), a -> unstable(String.valueOf(((Map<?, ?>) a[0]).get("message"))));
        allow("writeFile", List.of(Map.class), a -> writeFile((Map<?, ?>) a[0]));
        allow("readFile", List.of(Map.class), a -> readFile(String.valueOf(((Map<?, ?>) a[0]).get("file"))));
        allow("readFile", List.of(String.class), a -> readFile(String.valueOf(a[0])));
        allow("mail", List.of(Map.class), a -> mail("mail", (Map<?, ?>) a[0]));
        allow("emailext", List.of(Map.class), a -> mail("emailext", (Map<?, ?>) a[0]));
        allow("junit", List.of(Map.class), a -> junit((Map<?, ?>) a[0]));
        allow("sarif", List.of(Map.class), a -> tool("sarif", (Map<?, ?>) a[0]));
        allow("recordIssues", List.of(Map.class), a -> recordIssues((Map<?, ?>) a[0]));
        allow("archiveArtifacts", List.of(Map.class), a -> archive((Map<?, ?>) a[0]));
        noOp("checkout", List.of(Map.class));
    }

    private Object unstable(String message) {
        build.log.add("WARNING: " + message);
        build.worsen("UNSTABLE");
        return null;
    }

    private Object writeFile(Map<?, ?> args) {
        Path target = WorkspaceCheck.inside(build.workspace, String.valueOf(args.get("file")), "file");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, String.valueOf(args.get("text")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private Object readFile(String file) {
        Path source = WorkspaceCheck.inside(build.workspace, file, "file");
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // as the real step: a missing file fails the build
            throw new StepAbort("java.nio.file.NoSuchFileException: " + file);
        }
    }

    /** mail and emailext: the recipients, subject and body, recorded; as the real steps, no recipient is an error. */
    private Object mail(String step, Map<?, ?> args) {
        String to = args.get("to") == null ? "" : String.valueOf(args.get("to")).strip();
        if (to.isEmpty()) {
            throw new StepAbort(step + ": no recipient given in `to`");
        }
        build.mails.add(new PipelineBuild.Mail(step, to, String.valueOf(args.get("subject")),
                String.valueOf(args.get("body"))));
        return null;
    }

    /** junit: no files is a configuration error unless allowed; failed test cases make the build UNSTABLE. */
    private Object junit(Map<?, ?> args) {
        String pattern = String.valueOf(args.get("testResults"));
        List<String> files = matching(pattern);
        build.published.add(new PipelineBuild.Published("junit", pattern, files));
        if (files.isEmpty() && !Boolean.TRUE.equals(args.get("allowEmptyResults"))) {
            throw new StepAbort("No test report files were found. Configuration error?");
        }
        int total = 0;
        int failed = 0;
        for (String file : files) {
            Document xml = xml(build.workspace.resolve(file));
            total += xml.getElementsByTagName("testcase").getLength();
            failed += xml.getElementsByTagName("failure").getLength() + xml.getElementsByTagName("error").getLength();
        }
        if (failed > 0 && !Boolean.TRUE.equals(args.get("skipMarkingBuildUnstable"))) {
            build.worsen("UNSTABLE");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("totalCount", total);
        summary.put("failCount", failed);
        summary.put("passCount", total - failed);
        return summary;
    }

    private static Map<String, Object> tool(String id, Map<?, ?> args) {
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("tool", id);
        args.forEach((k, v) -> tool.put(String.valueOf(k), v));
        return tool;
    }

    /** recordIssues: skipped on a failed build unless enabledForFailure; each tool's pattern must parse. */
    private Object recordIssues(Map<?, ?> args) {
        if (build.result().equals("FAILURE") && !Boolean.TRUE.equals(args.get("enabledForFailure"))) {
            build.log.add("[-ERROR-] Skipping execution of recorder since overall result is 'FAILURE'");
            return null;
        }
        List<Object> tools = new ArrayList<>();
        if (args.get("tool") != null) {
            tools.add(args.get("tool"));
        }
        if (args.get("tools") instanceof List<?> list) {
            tools.addAll(list);
        }
        int issues = 0;
        for (Object t : tools) {
            Map<?, ?> tool = (Map<?, ?>) t;
            String pattern = String.valueOf(tool.get("pattern"));
            List<String> files = matching(pattern);
            build.published.add(new PipelineBuild.Published("recordIssues", pattern, files));
            for (String file : files) {
                issues += sarifResults(build.workspace.resolve(file));
            }
        }
        build.log.add("[" + "recordIssues" + "] " + issues + " issue(s)");
        return null;
    }

    private Object archive(Map<?, ?> args) {
        String pattern = String.valueOf(args.get("artifacts"));
        List<String> files = matching(pattern);
        build.published.add(new PipelineBuild.Published("archiveArtifacts", pattern, files));
        if (files.isEmpty() && !Boolean.TRUE.equals(args.get("allowEmptyArchive"))) {
            throw new StepAbort("No artifacts found that match the file pattern \"" + pattern + "\". Configuration error?");
        }
        return null;
    }

    private List<String> matching(String pattern) {
        try {
            return build.matching(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document xml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("junit cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static int sarifResults(Path file) {
        try {
            Map<?, ?> sarif = (Map<?, ?>) new JsonSlurper().parseText(Files.readString(file, StandardCharsets.UTF_8));
            int count = 0;
            for (Object run : (List<?>) sarif.get("runs")) {
                Object results = ((Map<?, ?>) run).get("results");
                count += results == null ? 0 : ((List<?>) results).size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Closure<?> closure(Object value) {
        return (Closure<?>) value;
    }
}
