package org.runbookgovernance.report.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.runbookgovernance.parallel.Joined;

/**
 * Writes the elements of a long JSON array in slices, each rendered into memory on a worker thread and
 * spliced into the document in order: a large report is rendered on every core, and the bytes are exactly
 * those of writing the elements one after another. Short arrays, or one core, are written in place.
 * Close it to stop the workers.
 */
final class ArraySlices implements AutoCloseable {

    /** Elements per slice: about a megabyte of alerts, so a hand-off to a worker costs little beside it. */
    static final int SLICE = 2048;

    /** How one element is written. */
    @FunctionalInterface
    interface Element<T> {
        void write(T item, JsonWriter json);
    }

    private final int threads;
    private final int slice;
    private ExecutorService workers;
    /** Buffers of spliced slices, reused: a report's render allocates a few of them, not one per slice. */
    private final Deque<byte[]> spare = new ArrayDeque<>();

    /**
     * @param threads workers to render slices on; below 2 every element is written on the calling thread
     * @param slice   elements per slice; an array no longer than one slice is written in place
     */
    ArraySlices(int threads, int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("a slice holds at least one element: " + slice);
        }
        this.threads = threads;
        this.slice = slice;
    }

    /** Writes every item of {@code items} into the array open in {@code json}, in order. */
    <T> void write(List<T> items, JsonWriter json, Element<T> element) {
        int size = items.size();
        if (threads < 2 || size <= slice) {
            for (int i = 0; i < size; i++) {
                element.write(items.get(i), json);
            }
            return;
        }
        int slices = (size + slice - 1) / slice;
        // A few slices ahead keep every worker busy while the oldest is spliced; no more, so memory stays bounded.
        int ahead = threads * 2;
        Deque<Future<JsonWriter>> pending = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int spliced = 0; spliced < slices; spliced++) {
                while (submitted < slices && pending.size() < ahead) {
                    byte[] buffer = spare.isEmpty() ? new byte[JsonWriter.CHUNK] : spare.pop();
                    JsonWriter part = json.arrayPart(submitted > 0, buffer);
                    List<T> range = items.subList(submitted * slice, Math.min(size, (submitted + 1) * slice));
                    pending.add(workers().submit(() -> {
                        for (int i = 0; i < range.size(); i++) {
                            element.write(range.get(i), part);
                        }
                        return part;
                    }));
                    submitted++;
                }
                JsonWriter part = done(pending.poll());
                json.splice(part);
                spare.push(part.release()); // grown to a slice's size: the next slices need no growing or new memory
            }
        } finally {
            pending.forEach(left -> left.cancel(true)); // only when a slice or the sink failed
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private ExecutorService workers() {
        if (workers == null) {
            AtomicInteger number = new AtomicInteger();
            workers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "report-render-" + number.incrementAndGet());
                thread.setDaemon(true); // never keeps a process alive that forgot to close
                return thread;
            });
        }
        return workers;
    }

    private static JsonWriter done(Future<JsonWriter> slice) {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            throw Joined.unwrapped(e.getCause(), new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the report", e);
        }
    }
}
