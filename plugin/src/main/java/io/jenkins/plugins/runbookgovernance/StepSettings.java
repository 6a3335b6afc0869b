package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;

/**
 * A step's parameters exactly as the pipeline gave them; null means "not given", so the config file in
 * {@code dir} (or the built-in default) decides. Serializable: it travels to the agent inside the callable.
 *
 * @param check {@code publishRunbookIndex}: run the {@code index/*} rules (default true)
 * @param write {@code publishRunbookIndex}: rewrite the index document's generated regions (default false)
 * @param baseline the baseline file relative to the workspace; null for {@code dir}'s own when present
 * @param newOnly  report only findings the change introduces against the target branch's merge base
 * @param byOwner {@code runbookReviewPlan}: also write one digest per owner and {@code owners.json}
 * @param outputDir {@code runbookReviewPlan}: the digests' folder relative to the workspace; null for
 *                  {@code reportDir/review-digests}
 */
public record StepSettings(StepKind kind, String dir, String config, String today, String failOn, String unstableOn,
                           String minSeverity, String includes, String excludes, String rules, String runbookUrlMap,
                           String branch, String target, boolean changedOnly, boolean noGit, String reportDir,
                           String formats, int horizon, boolean markStageUnstable, boolean markBuildUnstable,
                           boolean check, boolean write, String baseline, boolean newOnly, boolean byOwner,
                           String outputDir)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_DIR = "runbooks";
    public static final String DEFAULT_REPORT_DIR = "runbook-governance-reports";
    public static final int DEFAULT_HORIZON = 90;
    public static final String DEFAULT_DIGEST_DIR = "review-digests";

    /** Settings of a step that reports every finding and writes no per-owner digests. */
    public StepSettings(StepKind kind, String dir, String config, String today, String failOn, String unstableOn,
                        String minSeverity, String includes, String excludes, String rules, String runbookUrlMap,
                        String branch, String target, boolean changedOnly, boolean noGit, String reportDir,
                        String formats, int horizon, boolean markStageUnstable, boolean markBuildUnstable,
                        boolean check, boolean write, String baseline) {
        this(kind, dir, config, today, failOn, unstableOn, minSeverity, includes, excludes, rules, runbookUrlMap,
                branch, target, changedOnly, noGit, reportDir, formats, horizon, markStageUnstable, markBuildUnstable,
                check, write, baseline, false, false, null);
    }

    /** Settings without a {@code baseline} parameter: {@code dir}'s baseline file applies when present. */
    public StepSettings(StepKind kind, String dir, String config, String today, String failOn, String unstableOn,
                        String minSeverity, String includes, String excludes, String rules, String runbookUrlMap,
                        String branch, String target, boolean changedOnly, boolean noGit, String reportDir,
                        String formats, int horizon, boolean markStageUnstable, boolean markBuildUnstable,
                        boolean check, boolean write) {
        this(kind, dir, config, today, failOn, unstableOn, minSeverity, includes, excludes, rules, runbookUrlMap,
                branch, target, changedOnly, noGit, reportDir, formats, horizon, markStageUnstable, markBuildUnstable,
                check, write, null);
    }
}
