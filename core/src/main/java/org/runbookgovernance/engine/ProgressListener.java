package org.runbookgovernance.engine;

/**
 * Hears how far a check has come, for a face that shows progress on a terminal or where the time went.
 * Called from the engine's worker threads, so implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Listens to nothing. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param phase the phase running now: scan, parse, alerts, git (when the check reads git), rules or report;
     *              a face may announce its own work after these (the CLI's {@code index})
     * @param done  items finished in this phase (files scanned, files parsed, rules run)
     * @param total items in this phase when known, else 0
     */
    void update(String phase, int done, int total);

    /**
     * A rule has finished: how long its check took, wall time on the thread that ran it. Rules run side by
     * side, so their times add up to more than the rules phase. Not called for a rule the config turns off.
     */
    default void ruleFinished(String ruleId, long nanos) {
    }
}
