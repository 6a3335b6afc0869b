package io.jenkins.plugins.runbookgovernance;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.QueryParameter;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.render.ReportFormat;

/**
 * What every runbook step needs: a workspace (so it runs inside node/agent), its log, run, env and node;
 * and the Snippet Generator's list boxes and checks. The checks only read the value they are given (no
 * secret, no side effect), so they need no permission and answer GET as well as POST.
 */
public abstract class RunbookStepDescriptor extends StepDescriptor {

    /** Which step this descriptor describes. */
    protected abstract StepKind kind();

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(FilePath.class, TaskListener.class, Run.class, EnvVars.class, FlowNode.class);
    }

    @Override
    public String getFunctionName() {
        return kind().functionName();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return kind().displayName();
    }

    public ListBoxModel doFillFailOnItems() {
        return gates();
    }

    public ListBoxModel doFillUnstableOnItems() {
        return gates();
    }

    public ListBoxModel doFillMinSeverityItems() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.Forms_FromConfig(), "");
        items.add(Messages.Level_error(), "error");
        items.add(Messages.Level_warning(), "warning");
        items.add(Messages.Level_info(), "info");
        return items;
    }

    public FormValidation doCheckFailOn(@QueryParameter String value) {
        return checkGate(value);
    }

    public FormValidation doCheckUnstableOn(@QueryParameter String value) {
        return checkGate(value);
    }

    public FormValidation doCheckMinSeverity(@QueryParameter String value) {
        if (RunbookStep.trimToNull(value) == null || Level.parse(value.strip()).isPresent()) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.Forms_LevelInvalid(value.strip()));
    }

    /** A comma-separated list of report formats, each known and listed once. */
    public FormValidation doCheckFormats(@QueryParameter String value) {
        if (RunbookStep.trimToNull(value) == null) {
            return FormValidation.ok();
        }
        Set<ReportFormat> seen = new HashSet<>();
        for (String part : value.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            ReportFormat format = ReportFormat.parse(name, ReportFormat.Output.STEP).orElse(null);
            if (format == null) {
                return FormValidation.error(Messages.Forms_FormatInvalid(part.strip(), ReportFormat.Output.STEP.names()));
            }
            if (!seen.add(format)) {
                return FormValidation.warning(Messages.Forms_FormatsDuplicate(part.strip()));
            }
        }
        return FormValidation.ok();
    }

    public FormValidation doCheckId(@QueryParameter String value) {
        String id = RunbookStep.trimToNull(value);
        if (id == null) {
            return FormValidation.ok();
        }
        return StepId.problem(id).map(FormValidation::error).orElse(FormValidation.ok());
    }

    private static ListBoxModel gates() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.Forms_FromConfig(), "");
        for (Gate gate : Gate.values()) {
            String label = gate.label();
            items.add(switch (gate) {
                case ERROR -> Messages.Level_error();
                case WARNING -> Messages.Level_warning();
                case INFO -> Messages.Level_info();
                case NEVER -> Messages.Level_never();
            }, label);
        }
        return items;
    }

    private static FormValidation checkGate(String value) {
        if (RunbookStep.trimToNull(value) == null || Gate.parse(value).isPresent()) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.Forms_GateInvalid(value.strip()));
    }
}
