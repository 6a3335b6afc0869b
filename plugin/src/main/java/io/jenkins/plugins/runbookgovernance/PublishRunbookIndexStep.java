package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;


/** The {@code publishRunbookIndex} step: checks the index and shows every runbook on the build's Runbook Governance page. */
public class PublishRunbookIndexStep extends RunbookStep {

    @DataBoundConstructor
    public PublishRunbookIndexStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.PUBLISH_INDEX;
    }

    /** Registers {@code publishRunbookIndex}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.PUBLISH_INDEX;
        }
    }
}
