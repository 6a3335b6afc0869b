package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code runbookReviewPlan} step: lists the runbooks due for review within the horizon. */
public class RunbookReviewPlanStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookReviewPlanStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.REVIEW_PLAN;
    }

    public int getHorizon() {
        return horizon;
    }

    @DataBoundSetter
    public void setHorizon(int horizon) {
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon must be zero or more days, not " + horizon);
        }
        this.horizon = horizon;
    }

    /** Registers {@code runbookReviewPlan}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.REVIEW_PLAN;
        }
    }
}
