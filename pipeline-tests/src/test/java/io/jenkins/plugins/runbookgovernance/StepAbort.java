package io.jenkins.plugins.runbookgovernance;

/** Stands in for hudson.AbortException: a step stops the build with a clean ERROR line and no stack trace. */
final class StepAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StepAbort(String message) {
        super(message, null, false, false);
    }
}
