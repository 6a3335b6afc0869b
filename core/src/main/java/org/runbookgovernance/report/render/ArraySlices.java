package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.runbookgovernance.parallel.Joined;

/**
 * The elements of a long JSON array written in slices: each slice by its own generator in {@link JsonStyle}
 * into memory, on the common pool and on this thread, and the slices' bytes spliced into the document in order.
 * The bytes are exactly those of the document's generator writing the elements one after another.
 */
final class ArraySlices {

    /** Elements per slice by default: enough that handing a slice to another thread costs little beside it. */
    static final int SLICE = 2048;

    /** How one element is written. */
    @FunctionalInterface
    interface Element<T> {
        void write(T item, JsonGenerator json) throws IOException;
    }

    private ArraySlices() {
    }

    /**
     * Writes every item into the array open in {@code json}; more than {@code slice} items are written in
     * slices of that many. {@code json} must write into an {@link OutputStream}.
     */
    static <T> void write(List<T> items, int slice, JsonGenerator json, Element<T> element) throws IOException {
        int size = items.size();
        if (size <= slice) {
            for (T item : items) {
                element.write(item, json);
            }
            return;
        }
        // The first element is written in place, so the array's closing bracket goes on a line of its own;
        // every slice after it then starts with a comma.
        element.write(items.get(0), json);
        int depth = json.getOutputContext().getNestingDepth();
        int ahead = 2 * (ForkJoinPool.getCommonPoolParallelism() + 1); // a slice for each thread and one waiting
        Deque<FutureTask<ByteArrayOutputStream>> pending = new ArrayDeque<>();
        int next = 1;
        json.flush();
        OutputStream out = (OutputStream) json.getOutputTarget();
        try {
            while (next < size || !pending.isEmpty()) {
                while (next < size && pending.size() < ahead) {
                    List<T> range = items.subList(next, Math.min(size, next + slice));
                    FutureTask<ByteArrayOutputStream> task = new FutureTask<>(() -> slice(range, depth, element));
                    ForkJoinPool.commonPool().execute(task);
                    pending.add(task);
                    next += range.size();
                }
                FutureTask<ByteArrayOutputStream> first = pending.poll();
                first.run(); // this thread writes the slice itself when no worker has taken it yet
                out.write(',');
                done(first).writeTo(out);
            }
        } finally {
            pending.forEach(left -> left.cancel(false));
        }
    }

    /** The elements as they follow an earlier one at {@code depth}: each after its comma, line break and indent. */
    private static <T> ByteArrayOutputStream slice(List<T> range, int depth, Element<T> element) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator json = JsonStyle.generator(bytes)) {
            for (int i = 0; i < depth; i++) {
                json.writeStartArray();
            }
            json.flush();
            bytes.reset(); // the brackets opened only to reach the depth
            for (T item : range) {
                element.write(item, json);
            }
            json.flush();
        }
        return bytes;
    }

    private static ByteArrayOutputStream done(FutureTask<ByteArrayOutputStream> slice) throws IOException {
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
