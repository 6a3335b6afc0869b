package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
        void write(T item, JsonGenerator json) throws IOException;
    }

    private final int threads;
    private final int slice;
    private ExecutorService workers;

    ArraySlices(int threads, int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("a slice holds at least one element: " + slice);
        }
        this.threads = threads;
        this.slice = slice;
    }

    /** Writes every item into the array open in {@code json}, which writes into {@code out}, in order. */
    <T> void write(List<T> items, JsonGenerator json, OutputStream out, Element<T> element) throws IOException {
        int size = items.size();
        if (threads < 2 || size <= slice) {
            for (int i = 0; i < size; i++) {
                element.write(items.get(i), json);
            }
            return;
        }
        element.write(items.get(0), json); // every slice after it starts with a comma
        int depth = json.getOutputContext().getNestingDepth();
        int slices = (size - 1 + slice - 1) / slice;
        int ahead = threads * 2;
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int spliced = 0; spliced < slices; spliced++) {
                while (submitted < slices && pending.size() < ahead) {
                    List<T> range = items.subList(1 + submitted * slice, Math.min(size, 1 + (submitted + 1) * slice));
                    pending.add(workers().submit(() -> part(range, depth, element)));
                    submitted++;
                }
                byte[] part = done(pending.poll());
                json.flush();
                out.write(',');
                out.write(part);
            }
        } finally {
            pending.forEach(left -> left.cancel(true));
        }
    }

    /** The elements as they follow an earlier one at {@code depth}: each after its line break and indent. */
    private static <T> byte[] part(List<T> range, int depth, Element<T> element) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        int start;
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            for (int i = 0; i < depth; i++) {
                json.writeStartArray();
            }
            json.flush();
            start = bytes.size();
            for (int i = 0; i < range.size(); i++) {
                element.write(range.get(i), json);
            }
        }
        byte[] all = bytes.toByteArray();
        return java.util.Arrays.copyOfRange(all, start, all.length);
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
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }

    private static byte[] done(Future<byte[]> slice) throws IOException {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw Joined.unwrapped(e.getCause(), new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the report", e);
        }
    }
}
