package org.runbookgovernance.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Maps a list over the cores in small batches that each thread takes in turn, keeping the list's order.
 * A parallel stream cuts a list into four pieces per worker up front; on two cores the last piece of a
 * 10,000-file parse kept one core busy for a tenth of a second while the other waited. Here the calling
 * thread works too, and a pool worker that is busy elsewhere (reading rule files) joins when it is free,
 * or not at all: the caller never waits for a helper that has not started.
 */
public final class Batches {

    /** Items per claim: small enough to balance the end, large enough that claiming costs nothing. */
    private static final int BATCH = 16;

    private Batches() {
    }

    /**
     * {@code f} applied to every item, in the items' order. Below {@code parallelFrom} items, or on one core,
     * all of it runs on the calling thread. {@code f} must be safe to call from several threads at once.
     * An exception from {@code f} stops the remaining batches and is rethrown here, once every thread has
     * let go of the work.
     */
    public static <T, R> List<R> map(List<T> items, int parallelFrom, Function<? super T, ? extends R> f) {
        return mapIndices(items.size(), parallelFrom, i -> f.apply(items.get(i)));
    }

    /**
     * As {@link #map}, over the indices {@code 0 .. n-1}: for work that reads several lists side by side
     * (an alert and its resolution, at the same index).
     */
    public static <R> List<R> mapIndices(int n, int parallelFrom, IntFunction<? extends R> f) {
        Object[] out = new Object[n];
        int helpers = ForkJoinPool.getCommonPoolParallelism();
        if (n < parallelFrom || helpers < 1 || n <= BATCH) {
            for (int i = 0; i < n; i++) {
                out[i] = f.apply(i);
            }
        } else {
            Run run = new Run(f, out);
            for (int h = 0; h < helpers; h++) {
                ForkJoinPool.commonPool().execute(run::help);
            }
            try {
                run.drain();
            } catch (RuntimeException | Error e) {
                run.fail(e);
            }
            run.closeAndAwait();
            run.rethrow();
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return list;
    }

    /** One map in progress: the next batch to claim, the helpers still inside, the first failure. */
    private static final class Run {
        private final IntFunction<?> f;
        private final Object[] out;
        private final AtomicInteger next = new AtomicInteger();
        private volatile Throwable failure;
        private int inside;
        private boolean closed;

        Run(IntFunction<?> f, Object[] out) {
            this.f = f;
            this.out = out;
        }

        void drain() {
            int n = out.length;
            int from;
            while (failure == null && (from = next.getAndAdd(BATCH)) < n) {
                int to = Math.min(n, from + BATCH);
                for (int i = from; i < to; i++) {
                    out[i] = f.apply(i);
                }
            }
        }

        /** A pool worker's part: nothing once the caller has finished, so a late start costs no waiting. */
        void help() {
            if (!enter()) {
                return;
            }
            try {
                drain();
            } catch (RuntimeException | Error e) {
                fail(e);
            } finally {
                leave();
            }
        }

        synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
        }

        private synchronized boolean enter() {
            if (closed) {
                return false;
            }
            inside++;
            return true;
        }

        private synchronized void leave() {
            if (--inside == 0) {
                notifyAll();
            }
        }

        /** No helper starts after this; returns when those inside are done, so {@code out} is complete. */
        synchronized void closeAndAwait() {
            closed = true;
            boolean interrupted = false;
            while (inside > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers finish their batch in moments; keep the flag for the caller
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() {
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
        }
    }
}
