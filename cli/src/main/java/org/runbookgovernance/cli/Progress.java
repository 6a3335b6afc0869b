package org.runbookgovernance.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.runbookgovernance.engine.ProgressListener;

/**
 * One self-overwriting status line on stderr ("parse 4,210/10,502 files"), for a person at a terminal
 * whose check runs longer than a second. Quiet for short runs, pipes and CI logs, where a line rewritten
 * with carriage returns is noise; the line is wiped before the report is printed.
 */
final class Progress implements ProgressListener {

    static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private int shownWidth;

    Progress(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastShown = start;
    }

    /** Progress on the invocation's stderr when it is a terminal and no CI runs us; else listening to nothing. */
    static ProgressListener forInvocation(Invocation invocation) {
        boolean ci = invocation.env().containsKey("CI") || invocation.env().containsKey("JENKINS_URL")
                || invocation.env().containsKey("BUILD_NUMBER");
        return invocation.terminal() && !ci && !"dumb".equals(invocation.env().get("TERM"))
                ? new Progress(invocation.err(), System::nanoTime) : ProgressListener.NONE;
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS || now - lastShown < EVERY_NANOS && done != total) {
            return;
        }
        lastShown = now;
        String unit = phase.equals("rules") ? " rules" : " files";
        String text = total > 0 ? String.format(Locale.ROOT, "%s %,d/%,d%s", phase, done, total, unit) : phase + "...";
        String line = "runbook-governance: " + text;
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
    }

    /** Wipes the status line, if one was shown, so the report starts on a clean line. */
    synchronized void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
