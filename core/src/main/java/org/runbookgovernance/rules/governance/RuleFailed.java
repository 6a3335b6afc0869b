package org.runbookgovernance.rules.governance;

import java.util.Optional;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.ReportedByEngine;

/**
 * {@code governance/rule-failed}: a rule threw instead of judging. The engine reports it in the rule's place,
 * so one bug costs that rule's findings, not the whole check; this class gives the id its level, summary and
 * docs page, and finds nothing itself.
 */
public final class RuleFailed extends ReportedByEngine {

    public static final String ID = "governance/rule-failed";

    /** The packages whose frames say where a failure happened; JDK frames above them say little. */
    private static final String OUR_CODE = "org.runbookgovernance.";

    /** An exception message is someone else's text: a report line stays readable with the first part. */
    private static final int MAX_DETAIL = 300;

    public RuleFailed() {
        super(ID, Level.ERROR, "a rule threw an exception, so its findings are missing from the report");
    }

    /**
     * True for what a failing rule may throw and the check survives: any runtime exception, and errors
     * such as a stack overflow; not a JVM out of memory or broken, which no report can outlive.
     */
    public static boolean survivable(Throwable failure) {
        return failure instanceof RuntimeException || failure instanceof StackOverflowError
                || failure instanceof Error && !(failure instanceof VirtualMachineError)
                && !(failure instanceof ThreadDeath);
    }

    /** The one finding that stands for {@code ruleId}'s findings when it threw {@code failure}. */
    public static Finding finding(String ruleId, Throwable failure) {
        return new Finding(ID, Level.ERROR, SourcePosition.file("."), Optional.empty(), "rule failed: `" + ruleId
                + "` threw " + describe(failure) + "; its findings are missing from this report (every other rule's"
                + " are here); please report this as a bug, and disable the rule with `rules: {" + ruleId
                + ": off}` until it is fixed.");
    }

    /** "StringIndexOutOfBoundsException (begin 0, end -1, length 10) at BranchIdMismatch.prefix(BranchIdMismatch.java:67)". */
    static String describe(Throwable failure) {
        StringBuilder sb = new StringBuilder(failure.getClass().getSimpleName());
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
            sb.append(" (").append(line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line)
                    .append(')');
        }
        ourFrame(failure).ifPresent(frame -> sb.append(" at ").append(frame));
        return sb.toString();
    }

    private static Optional<String> ourFrame(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith(OUR_CODE)) {
                String name = frame.getClassName();
                String simple = name.substring(name.lastIndexOf('.') + 1);
                return Optional.of(simple + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + ")");
            }
        }
        return Optional.empty();
    }
}
