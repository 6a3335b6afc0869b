package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import hudson.util.FormValidation;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

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
            throw new IllegalArgumentException(Messages.Forms_HorizonNegative(String.valueOf(horizon)));
        }
        this.horizon = horizon;
    }

    public boolean isByOwner() {
        return byOwner;
    }

    /** Also write one Markdown digest per owner and {@code owners.json}, and return who gets which. */
    @DataBoundSetter
    public void setByOwner(boolean byOwner) {
        this.byOwner = byOwner;
    }

    public String getOutputDir() {
        return outputDir;
    }

    /** Where the digests go, relative to the workspace; default {@code reportDir/review-digests}. */
    @DataBoundSetter
    public void setOutputDir(String outputDir) {
        this.outputDir = RunbookStep.trimToNull(outputDir);
    }

    /** Registers {@code runbookReviewPlan}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.REVIEW_PLAN;
        }

        /** Zero is a valid horizon: the plan then holds only the overdue and never-reviewed runbooks. */
        public FormValidation doCheckHorizon(@QueryParameter String value) {
            String text = RunbookStep.trimToNull(value);
            if (text == null) {
                return FormValidation.ok();
            }
            try {
                int days = Integer.parseInt(text);
                if (days < 0) {
                    return FormValidation.error(Messages.Forms_HorizonNegative(text));
                }
                return days == 0 ? FormValidation.ok(Messages.Forms_HorizonZero()) : FormValidation.ok();
            } catch (NumberFormatException e) {
                return FormValidation.error(Messages.Forms_HorizonNegative(text));
            }
        }
    }
}
