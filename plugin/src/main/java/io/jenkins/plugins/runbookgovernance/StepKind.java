package io.jenkins.plugins.runbookgovernance;

import java.util.List;

/** The six pipeline steps: their Groovy names, titles, and which rule groups each runs. */
public enum StepKind {
    FRESHNESS("runbookFreshness", "Check runbook freshness", List.of("freshness")),
    ALERT_COVERAGE("runbookAlertCoverage", "Check that alerts and runbooks cover each other", List.of("alerts")),
    BRANCH_CHECK("runbookBranchCheck", "Check the runbook branch convention", List.of("branch")),
    PUBLISH_INDEX("publishRunbookIndex", "Publish the runbook index", List.of("index")),
    REVIEW_PLAN("runbookReviewPlan", "Plan upcoming runbook reviews", List.of("freshness")),
    GOVERNANCE("runbookGovernance", "Run every runbook governance check", List.of());

    private final String functionName;
    private final String displayName;
    private final List<String> ruleGroups;

    StepKind(String functionName, String displayName, List<String> ruleGroups) {
        this.functionName = functionName;
        this.displayName = displayName;
        this.ruleGroups = ruleGroups;
    }

    public String functionName() {
        return functionName;
    }

    public String displayName() {
        return displayName;
    }

    /** Empty means every group. */
    public List<String> ruleGroups() {
        return ruleGroups;
    }
}
