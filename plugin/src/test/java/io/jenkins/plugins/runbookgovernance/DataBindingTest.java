package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Structs and the Snippet Generator match parameters to getters, form fields and help files by name; a
 * mismatch only shows at runtime in Jenkins, so it is checked here by reflection.
 */
class DataBindingTest {

    /** Parameters a script may pass that the Snippet Generator does not offer. */
    static final java.util.Set<String> HIDDEN = java.util.Set.of("today");

    static Stream<Class<? extends RunbookStep>> steps() {
        return Stream.of(RunbookFreshnessStep.class, RunbookAlertCoverageStep.class, RunbookBranchCheckStep.class,
                PublishRunbookIndexStep.class, RunbookReviewPlanStep.class, RunbookGovernanceStep.class);
    }

    static List<String> properties(Class<?> step) {
        List<String> names = new ArrayList<>();
        for (Constructor<?> c : step.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter p : c.getParameters()) {
                    names.add(p.getName());
                }
            }
        }
        for (Method m : step.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class)) {
                names.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
            }
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyPropertyHasAGetterOfItsType(Class<? extends RunbookStep> step) throws Exception {
        assertThat(Modifier.isPublic(step.getModifiers())).isTrue();
        assertThat(step.getConstructor().isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        for (Method setter : step.getMethods()) {
            if (!setter.isAnnotationPresent(DataBoundSetter.class)) {
                continue;
            }
            String suffix = setter.getName().substring(3);
            Class<?> type = setter.getParameterTypes()[0];
            Method getter = type == boolean.class ? step.getMethod("is" + suffix) : step.getMethod("get" + suffix);
            assertThat(getter.getReturnType()).as(getter.getName()).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyPropertyHasHelpAndAFormField(Class<? extends RunbookStep> step) throws Exception {
        String config = new String(resource(step, "config.jelly").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(resource(step, "help.html")).as(step.getSimpleName() + "/help.html").isNotNull();
        for (String property : properties(step)) {
            assertThat(helpFor(step, property)).as("help-%s.html for %s", property, step.getSimpleName()).isTrue();
            if (!HIDDEN.contains(property)) {
                assertThat(config).as("config.jelly of %s", step.getSimpleName())
                        .contains("field=\"" + property + "\"");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyJellyFileEscapesByDefault(Class<? extends RunbookStep> step) throws Exception {
        String config = new String(resource(step, "config.jelly").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(config).startsWith("<?jelly escape-by-default='true'?>").doesNotContain("<script");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void functionNamesAreTheDocumentedOnes(Class<? extends RunbookStep> step) throws Exception {
        Class<?> descriptor = Class.forName(step.getName() + "$DescriptorImpl");
        RunbookStepDescriptor d = (RunbookStepDescriptor) descriptor.getConstructor().newInstance();
        StepKind kind = step.getConstructor().newInstance().kind();

        assertThat(d.getFunctionName()).isEqualTo(kind.functionName());
        assertThat(d.clazz).isEqualTo(step);
        assertThat(d.getRequiredContext()).hasSize(5);
    }

    /** Jenkins looks for help-x.html on the step class, then its superclasses. */
    private static boolean helpFor(Class<?> step, String property) {
        for (Class<?> c = step; c != null && c != Object.class; c = c.getSuperclass()) {
            if (resource(c, "help-" + property + ".html") != null) {
                return true;
            }
        }
        return false;
    }

    private static java.io.InputStream resource(Class<?> c, String name) {
        return c.getResourceAsStream(c.getSimpleName() + "/" + name);
    }
}
