package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code runbookGovernance} step: every check, as the config file sets them up. */
public class RunbookGovernanceStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookGovernanceStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.GOVERNANCE;
    }

    public String getRules() {
        return rules;
    }

    @DataBoundSetter
    public void setRules(String rules) {
        this.rules = trimToNull(rules);
    }

    public String getRunbookUrlMap() {
        return runbookUrlMap;
    }

    @DataBoundSetter
    public void setRunbookUrlMap(String runbookUrlMap) {
        this.runbookUrlMap = trimToNull(runbookUrlMap);
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

    public boolean isNewOnly() {
        return newOnly;
    }

    /** Pull requests: report only findings the change introduces, against the target branch's merge base. */
    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
    }

    /** Registers {@code runbookGovernance}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.GOVERNANCE;
        }
    }
}
