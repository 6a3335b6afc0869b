package io.jenkins.plugins.runbookgovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.render.ReportFormat.Output;

/** The Snippet Generator's list boxes and checks, and the messages they show. */
class FormsTest {

    private final RunbookStepDescriptor descriptor = new RunbookFreshnessStep.DescriptorImpl();

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(o -> o.value).toList();
    }

    @Test
    void theGatesOfferEveryLevelAndNeverAfterTheConfigsChoice() {
        assertThat(values(descriptor.doFillFailOnItems())).containsExactly("", "error", "warning", "info", "never");
        assertThat(values(descriptor.doFillUnstableOnItems())).containsExactly("", "error", "warning", "info", "never");
        assertThat(descriptor.doFillFailOnItems().get(0).name).isEqualTo("(as the config file says)");
    }

    @Test
    void theMinimumSeverityOffersTheLevelsOnly() {
        assertThat(values(descriptor.doFillMinSeverityItems())).containsExactly("", "error", "warning", "info");
    }

    @Test
    void everyOfferedValueIsAcceptedByItsCheckAndByTheStep() {
        for (String value : values(descriptor.doFillFailOnItems())) {
            assertThat(descriptor.doCheckFailOn(value).kind).as(value).isEqualTo(FormValidation.Kind.OK);
            assertThat(descriptor.doCheckUnstableOn(value).kind).as(value).isEqualTo(FormValidation.Kind.OK);
        }
        for (String value : values(descriptor.doFillMinSeverityItems())) {
            assertThat(descriptor.doCheckMinSeverity(value).kind).as(value).isEqualTo(FormValidation.Kind.OK);
        }
    }

    @Test
    void aMistypedLevelIsAnErrorThatSaysWhatToWrite() {
        FormValidation gate = descriptor.doCheckFailOn(" fatal ");
        FormValidation severity = descriptor.doCheckMinSeverity("never");

        assertThat(gate.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(gate.getMessage()).isEqualTo("`fatal` is not a level; use error, warning, info or never");
        assertThat(severity.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(severity.getMessage()).isEqualTo("`never` is not a level; use error, warning or info");
    }

    @Test
    void formatsAreCheckedOneByOne() {
        assertThat(descriptor.doCheckFormats("junit, sarif,html,md").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckFormats("").kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation unknown = descriptor.doCheckFormats("junit,xml");
        assertThat(unknown.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(unknown.getMessage()).isEqualTo("`xml` is not a report format; use " + Output.STEP.names())
                .contains("junit, sarif", "or html");
        FormValidation twice = descriptor.doCheckFormats("markdown,md");
        assertThat(twice.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(twice.getMessage()).isEqualTo("`md` is listed twice");
    }

    @Test
    void aHorizonOfZeroIsAcceptedAndExplained() {
        RunbookReviewPlanStep.DescriptorImpl plan = new RunbookReviewPlanStep.DescriptorImpl();

        assertThat(plan.doCheckHorizon("0").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(plan.doCheckHorizon("0").getMessage()).contains("only overdue and never-reviewed");
        assertThat(plan.doCheckHorizon("90").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(plan.doCheckHorizon("-1").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(plan.doCheckHorizon("soon").getMessage()).isEqualTo("horizon must be zero or more days, not soon");

        RunbookReviewPlanStep step = new RunbookReviewPlanStep();
        step.setHorizon(0);
        assertThat(step.settings().horizon()).isZero();
        assertThatThrownBy(() -> step.setHorizon(-3)).hasMessage("horizon must be zero or more days, not -3");
    }

    @Test
    void theHorizonFieldAcceptsZero() throws IOException {
        String config = resource(RunbookReviewPlanStep.class, "config.jelly");

        assertThat(config).contains("clazz=\"non-negative-number-required\"").doesNotContain("positive-number\"");
    }

    @Test
    void idsAreCheckedInTheFormAndRefusedByTheStep() {
        assertThat(descriptor.doCheckId("nightly.docs_runbooks-2").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckId("").kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation slash = descriptor.doCheckId("a/b");
        assertThat(slash.kind).isEqualTo(FormValidation.Kind.ERROR);
        // FormValidation escapes its message for the page, as Jenkins' does
        assertThat(slash.getMessage()).startsWith("`a/b` is not a valid `id`: use letters, digits, &#039;.&#039;");

        RunbookFreshnessStep step = new RunbookFreshnessStep();
        assertThatThrownBy(() -> step.setId("../../config")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("`../../config` is not a valid `id`");
        step.setId(" nightly ");
        assertThat(step.getId()).isEqualTo("nightly");
    }

    @Test
    void todayIsATestSeamTheSnippetGeneratorDoesNotOffer() throws IOException {
        for (Class<? extends RunbookStep> step : DataBindingTest.steps().toList()) {
            String config = resource(step, "config.jelly");
            assertThat(config).as(step.getSimpleName()).doesNotContain("field=\"today\"")
                    .contains("<f:entry field=\"failOn\" title=\"Fail on\">\n    <f:select/>")
                    .contains("<f:entry field=\"unstableOn\" title=\"Unstable on\">\n    <f:select/>")
                    .contains("<f:entry field=\"minSeverity\" title=\"Minimum severity\">\n    <f:select/>");
        }
        RunbookFreshnessStep step = new RunbookFreshnessStep();
        step.setToday("2026-01-02");
        assertThat(step.settings().today()).isEqualTo("2026-01-02");
    }

    @Test
    void everyMessageKeyHasItsMethodAndEveryMethodItsKey() throws Exception {
        Properties keys = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("Messages.properties")) {
            keys.load(in);
        }
        List<String> methods = new ArrayList<>();
        for (Method m : Messages.class.getDeclaredMethods()) {
            // the localizer's class (-Pjenkins) also has a _Key() method per key, returning a Localizable
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getReturnType() == String.class
                    && !m.getName().startsWith("_")) {
                methods.add(m.getName());
                Object[] args = new Object[m.getParameterCount()];
                java.util.Arrays.fill(args, "x");
                assertThat((String) m.invoke(null, args)).as(m.getName()).isNotBlank().doesNotContain("{0}");
            }
        }
        assertThat(methods).containsExactlyInAnyOrderElementsOf(keys.stringPropertyNames());
    }

    @Test
    void theStepsTitlesComeFromTheMessages() {
        assertThat(descriptor.getDisplayName()).isEqualTo("Check runbook freshness");
        assertThat(new RunbookReviewPlanStep.DescriptorImpl().getDisplayName()).isEqualTo("Plan upcoming runbook reviews");
    }

    private static String resource(Class<?> c, String name) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
