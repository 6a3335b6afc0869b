package io.jenkins.plugins.runbookgovernance;

import java.util.List;

/** The six pipeline steps: their Groovy names, titles, and which rule groups each runs. */
public enum StepKind {
    FRESHNESS("runbookFreshness", List.of("freshness")),
    ALERT_COVERAGE("runbookAlertCoverage", List.of("alerts")),
    BRANCH_CHECK("runbookBranchCheck", List.of("branch")),
    PUBLISH_INDEX("publishRunbookIndex", List.of("index")),
    REVIEW_PLAN("runbookReviewPlan", List.of("freshness")),
    GOVERNANCE("runbookGovernance", List.of());

    private final String functionName;
    private final List<String> ruleGroups;

    StepKind(String functionName, List<String> ruleGroups) {
        this.functionName = functionName;
        this.ruleGroups = ruleGroups;
    }

    public String functionName() {
        return functionName;
    }

    /** The Snippet Generator's title, from Messages.properties (so it can be translated). */
    public String displayName() {
        return switch (this) {
            case FRESHNESS -> Messages.StepKind_FRESHNESS();
            case ALERT_COVERAGE -> Messages.StepKind_ALERT_COVERAGE();
            case BRANCH_CHECK -> Messages.StepKind_BRANCH_CHECK();
            case PUBLISH_INDEX -> Messages.StepKind_PUBLISH_INDEX();
            case REVIEW_PLAN -> Messages.StepKind_REVIEW_PLAN();
            case GOVERNANCE -> Messages.StepKind_GOVERNANCE();
        };
    }

    /** Empty means every group. */
    public List<String> ruleGroups() {
        return ruleGroups;
    }
}
