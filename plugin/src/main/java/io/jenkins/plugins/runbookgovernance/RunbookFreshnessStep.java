package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;


/** The {@code runbookFreshness} step: review dates against the review policy (overdue, due soon, never reviewed). */
public class RunbookFreshnessStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookFreshnessStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.FRESHNESS;
    }

    /** Registers {@code runbookFreshness}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.FRESHNESS;
        }
    }
}
