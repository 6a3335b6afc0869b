package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;


/** The {@code runbookFreshness} step: review dates against the review policy (overdue, due soon, never reviewed). */
public class RunbookFreshnessStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookFreshnessStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.FRESHNESS;
    }

    public boolean isChangedOnly() {
        return changedOnly;
    }

    /** Pull requests: report only findings on the runbooks the change touches (against the target branch). */
    @DataBoundSetter
    public void setChangedOnly(boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    public boolean isNewOnly() {
        return newOnly;
    }

    /** Pull requests: report only findings the change introduces, against the target branch's merge base. */
    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
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
