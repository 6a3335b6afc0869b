package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code runbookBranchCheck} step: the runbook branch naming convention and what a change must touch. */
public class RunbookBranchCheckStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookBranchCheckStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.BRANCH_CHECK;
    }

    public String getBranch() {
        return branch;
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        this.branch = trimToNull(branch);
    }

    public String getTarget() {
        return target;
    }

    @DataBoundSetter
    public void setTarget(String target) {
        this.target = trimToNull(target);
    }

    public boolean isChangedOnly() {
        return changedOnly;
    }

    @DataBoundSetter
    public void setChangedOnly(boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    /** Registers {@code runbookBranchCheck}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.BRANCH_CHECK;
        }
    }
}
