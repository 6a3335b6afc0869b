package io.jenkins.plugins.runbookgovernance;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The {@code publishRunbookIndex} step: generates the runbook index from metadata, writes it as
 * {@code index.html}, {@code index.json} and {@code runbook-index.prom} into the report folder, shows it on the
 * build's Runbook Governance page, checks the committed index ({@code check}) and can rewrite it ({@code write}).
 */
public class PublishRunbookIndexStep extends RunbookStep {

    @DataBoundConstructor
    public PublishRunbookIndexStep() {
    }

    @Override
    protected StepKind kind() {
        return StepKind.PUBLISH_INDEX;
    }

    public boolean isCheck() {
        return check;
    }

    @DataBoundSetter
    public void setCheck(boolean check) {
        this.check = check;
    }

    public boolean isWrite() {
        return write;
    }

    @DataBoundSetter
    public void setWrite(boolean write) {
        this.write = write;
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
