package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code runbookAlertCoverage} step: every alert reaches a runbook and every runbook is reached by an alert. */
public class RunbookAlertCoverageStep extends RunbookStep {

    @DataBoundConstructor
    public RunbookAlertCoverageStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.ALERT_COVERAGE;
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

    public boolean isNewOnly() {
        return newOnly;
    }

    /** Pull requests: report only findings the change introduces, against the target branch's merge base. */
    @DataBoundSetter
    public void setNewOnly(boolean newOnly) {
        this.newOnly = newOnly;
    }

    /** Registers {@code runbookAlertCoverage}. */
    @Extension
    public static class DescriptorImpl extends RunbookStepDescriptor {
        @Override
        protected StepKind kind() {
            return StepKind.ALERT_COVERAGE;
        }
    }
}
