package org.runbookgovernance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The parse limit: find the same Markdown files a check reads, read their bytes and parse them with
 * commonmark-java in parallel on every core, and nothing else. No check can be faster than this, so the
 * full check is judged against it. Prints {@code files bytes millis} on one line.
 */
public final class ParseLimit {

    private ParseLimit() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md")).toList();
        }
        Parser parser = Parser.builder().build();
        long bytes = files.parallelStream().mapToLong(p -> {
            byte[] content = read(p);
            Node doc = parser.parse(new String(content, StandardCharsets.UTF_8));
            return doc.getFirstChild() == null ? 0 : content.length; // keeps the tree alive until here
        }).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(files.size() + " " + bytes + " " + millis);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
