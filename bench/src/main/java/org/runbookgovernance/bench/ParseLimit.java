package org.runbookgovernance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The parse limit: find the files a check reads, read their bytes and parse them with commonmark-java in
 * parallel on every core, and nothing else. Prints {@code files bytes millis} on one line.
 *
 * <p>With {@code --all-inputs} after the folder it reads and parses the rule files and the config
 * ({@code .yml}, {@code .yaml}) as well as the Markdown: every byte a full check reads, so the bench judges
 * the full check on it. Without it, the Markdown alone: the limit for a check that leaves the rule files
 * out ({@code --exclude 'alerts/**'}).
 */
public final class ParseLimit {

    private ParseLimit() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        boolean allInputs = args.length > 1 && args[1].equals("--all-inputs");
        List<Path> files = new ArrayList<>();
        Map<Path, Long> sizes = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // Not into git's objects, as the check does not: with history they are most of the tree.
                return dir.endsWith(".git") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isInput(file.toString().toLowerCase(Locale.ROOT), allInputs)) {
                    files.add(file);
                    sizes.put(file, attrs.size());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Parser parser = Parser.builder().build();
        // The largest first, each thread taking the next file when it is free: a parallel stream cuts the list
        // up front, and one of the 200 large rule files left at the end kept one core working alone.
        List<Path> order = new ArrayList<>(files);
        order.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        AtomicInteger next = new AtomicInteger();
        LongAdder bytes = new LongAdder();
        Runnable work = () -> {
            int i;
            while ((i = next.getAndIncrement()) < order.size()) {
                byte[] content = read(order.get(i));
                Node doc = parser.parse(new String(content, StandardCharsets.UTF_8));
                bytes.add(doc.getFirstChild() == null ? 0 : content.length); // keeps the tree alive until here
            }
        };
        OnEveryCore.run("parse-limit", work);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(files.size() + " " + bytes.sum() + " " + millis);
    }

    private static boolean isInput(String path, boolean allInputs) {
        return path.endsWith(".md") || allInputs && (path.endsWith(".yml") || path.endsWith(".yaml"));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
