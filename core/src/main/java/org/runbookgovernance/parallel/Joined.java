package org.runbookgovernance.parallel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started on another thread, its failure rethrown as it was thrown there. */
public final class Joined {

    private Joined() {
    }

    /** The result; a RuntimeException or Error from the task is rethrown unwrapped. */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause(), e);
        }
    }

    /**
     * What a task on another thread failed with, to rethrow on this one: its RuntimeException as it is, its Error
     * thrown from here, anything else as {@code otherwise}.
     */
    public static RuntimeException unwrapped(Throwable cause, RuntimeException otherwise) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return otherwise;
    }
}
