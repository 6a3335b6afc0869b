package io.jenkins.plugins.runbookgovernance;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Stand-in, for the default build only, for the class the localizer generates from Messages.properties in
 * the -Pjenkins build: the same methods, read from the same bundle. Keep it in step with the properties
 * file; MessagesTest checks that every key has its method.
 */
public final class Messages {

    private static final String BUNDLE = "io.jenkins.plugins.runbookgovernance.Messages";

    private Messages() {
    }

    public static String RunbookGovernanceAction_DisplayName(Object arg0) {
        return format("RunbookGovernanceAction_DisplayName", arg0);
    }

    public static String RunbookGovernanceProjectAction_DisplayName() {
        return format("RunbookGovernanceProjectAction_DisplayName");
    }

    public static String StepKind_FRESHNESS() {
        return format("StepKind_FRESHNESS");
    }

    public static String StepKind_ALERT_COVERAGE() {
        return format("StepKind_ALERT_COVERAGE");
    }

    public static String StepKind_BRANCH_CHECK() {
        return format("StepKind_BRANCH_CHECK");
    }

    public static String StepKind_PUBLISH_INDEX() {
        return format("StepKind_PUBLISH_INDEX");
    }

    public static String StepKind_REVIEW_PLAN() {
        return format("StepKind_REVIEW_PLAN");
    }

    public static String StepKind_GOVERNANCE() {
        return format("StepKind_GOVERNANCE");
    }

    public static String StepId_Invalid(Object arg0, Object arg1) {
        return format("StepId_Invalid", arg0, arg1);
    }

    public static String Forms_FromConfig() {
        return format("Forms_FromConfig");
    }

    public static String Forms_GateInvalid(Object arg0) {
        return format("Forms_GateInvalid", arg0);
    }

    public static String Forms_LevelInvalid(Object arg0) {
        return format("Forms_LevelInvalid", arg0);
    }

    public static String Forms_FormatInvalid(Object arg0, Object arg1) {
        return format("Forms_FormatInvalid", arg0, arg1);
    }

    public static String Forms_FormatsDuplicate(Object arg0) {
        return format("Forms_FormatsDuplicate", arg0);
    }

    public static String Forms_HorizonNegative(Object arg0) {
        return format("Forms_HorizonNegative", arg0);
    }

    public static String Forms_HorizonZero() {
        return format("Forms_HorizonZero");
    }

    public static String Level_error() {
        return format("Level_error");
    }

    public static String Level_warning() {
        return format("Level_warning");
    }

    public static String Level_info() {
        return format("Level_info");
    }

    public static String Level_never() {
        return format("Level_never");
    }

    public static String Trend_Title() {
        return format("Trend_Title");
    }

    public static String Trend_Errors() {
        return format("Trend_Errors");
    }

    public static String Trend_Warnings() {
        return format("Trend_Warnings");
    }

    public static String Trend_Overdue() {
        return format("Trend_Overdue");
    }

    public static String Trend_NoBuilds() {
        return format("Trend_NoBuilds");
    }

    private static String format(String key, Object... args) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE).getString(key), args);
    }
}
