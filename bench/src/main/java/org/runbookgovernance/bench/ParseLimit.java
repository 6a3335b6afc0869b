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
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The parse limit: find the same Markdown files a check reads, read their bytes and parse them with
 * commonmark-java in parallel on every core, and nothing else. No check can be faster than this, so the
 * full check is judged against it. Prints {@code files bytes millis} on one line.
 *
 * <p>With {@code --all-inputs} after the folder it also reads and parses the alert rule files
 * ({@code .yml}, {@code .yaml}) with commonmark: every byte a check reads, which is one reading of the
 * issue's "the same bytes". The bench shows it for comparison only; the target is judged on the Markdown.
 */
public final class ParseLimit {

    private ParseLimit() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        boolean allInputs = args.length > 1 && args[1].equals("--all-inputs");
        List<Path> files = new ArrayList<>();
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
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Parser parser = Parser.builder().build();
        long bytes = files.parallelStream().mapToLong(p -> {
            byte[] content = read(p);
            Node doc = parser.parse(new String(content, StandardCharsets.UTF_8));
            return doc.getFirstChild() == null ? 0 : content.length; // keeps the tree alive until here
        }).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(files.size() + " " + bytes + " " + millis);
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
