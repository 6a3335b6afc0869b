package io.jenkins.plugins.runbookgovernance;

import java.time.Clock;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The parameters every runbook step shares, mirroring the CLI. Unset text parameters stay null so the
 * config file in {@code dir} can supply them. Step-specific parameters live in the subclasses, which
 * store them in the protected fields here so one {@link #settings()} covers all steps.
 */
public abstract class RunbookStep extends Step {

    private String dir = StepSettings.DEFAULT_DIR;
    private String config;
    private String today;
    private String failOn;
    private String unstableOn;
    private String minSeverity;
    private String includes;
    private String excludes;
    private boolean noGit;
    private String reportDir = StepSettings.DEFAULT_REPORT_DIR;
    private String formats;
    private boolean markStageUnstable = true;
    private boolean markBuildUnstable = true;
    private String baseline;
    private String id;
    private boolean details;

    protected String rules;
    protected String runbookUrlMap;
    protected String branch;
    protected String target;
    protected boolean changedOnly;
    protected boolean newOnly;
    protected int horizon = StepSettings.DEFAULT_HORIZON;
    protected boolean check = true;
    protected boolean write;
    protected boolean byOwner;
    protected String outputDir;

    /** Which step this is. */
    protected abstract StepKind kind();

    @Override
    public StepExecution start(StepContext context) {
        return new RunbookStepExecution(context, settings(), StepId.of(id, kind(), dir), details, Clock.systemDefaultZone());
    }

    /** The parameters as one serializable value. */
    public StepSettings settings() {
        return new StepSettings(kind(), dir, config, today, failOn, unstableOn, minSeverity, includes, excludes, rules,
                runbookUrlMap, branch, target, changedOnly, noGit, reportDir, formats, horizon, markStageUnstable,
                markBuildUnstable, check, write, baseline, newOnly, byOwner, outputDir);
    }

    public String getDir() {
        return dir;
    }

    @DataBoundSetter
    public void setDir(String dir) {
        this.dir = trimToNull(dir) == null ? StepSettings.DEFAULT_DIR : dir.strip();
    }

    public String getConfig() {
        return config;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = trimToNull(config);
    }

    public String getToday() {
        return today;
    }

    @DataBoundSetter
    public void setToday(String today) {
        this.today = trimToNull(today);
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = trimToNull(failOn);
    }

    public String getUnstableOn() {
        return unstableOn;
    }

    @DataBoundSetter
    public void setUnstableOn(String unstableOn) {
        this.unstableOn = trimToNull(unstableOn);
    }

    public String getMinSeverity() {
        return minSeverity;
    }

    @DataBoundSetter
    public void setMinSeverity(String minSeverity) {
        this.minSeverity = trimToNull(minSeverity);
    }

    public String getIncludes() {
        return includes;
    }

    @DataBoundSetter
    public void setIncludes(String includes) {
        this.includes = trimToNull(includes);
    }

    public String getExcludes() {
        return excludes;
    }

    @DataBoundSetter
    public void setExcludes(String excludes) {
        this.excludes = trimToNull(excludes);
    }

    public boolean isNoGit() {
        return noGit;
    }

    @DataBoundSetter
    public void setNoGit(boolean noGit) {
        this.noGit = noGit;
    }

    public String getReportDir() {
        return reportDir;
    }

    @DataBoundSetter
    public void setReportDir(String reportDir) {
        this.reportDir = trimToNull(reportDir) == null ? StepSettings.DEFAULT_REPORT_DIR : reportDir.strip();
    }

    public String getFormats() {
        return formats;
    }

    @DataBoundSetter
    public void setFormats(String formats) {
        this.formats = trimToNull(formats);
    }

    public boolean isMarkStageUnstable() {
        return markStageUnstable;
    }

    @DataBoundSetter
    public void setMarkStageUnstable(boolean markStageUnstable) {
        this.markStageUnstable = markStageUnstable;
    }

    public boolean isMarkBuildUnstable() {
        return markBuildUnstable;
    }

    @DataBoundSetter
    public void setMarkBuildUnstable(boolean markBuildUnstable) {
        this.markBuildUnstable = markBuildUnstable;
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(String baseline) {
        this.baseline = trimToNull(baseline);
    }

    /** The id of this call's page and record in the build; null: made from the step and {@code dir}. */
    public String getId() {
        return id;
    }

    @DataBoundSetter
    public void setId(String id) {
        String given = trimToNull(id);
        if (given != null) {
            StepId.problem(given).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        this.id = given;
    }

    /** Whether the returned map also holds the rows (runbooks, review plan, index, findings), not only counts. */
    public boolean isDetails() {
        return details;
    }

    @DataBoundSetter
    public void setDetails(boolean details) {
        this.details = details;
    }

    /** Form fields send "" for an empty box; null keeps "not given" distinct from a value. */
    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
