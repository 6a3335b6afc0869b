package org.runbookgovernance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rule-file limit: find the {@code .yml} and {@code .yaml} files under a folder and load each with
 * snakeyaml (safe constructor, the way a tool that reads Prometheus rule files into maps does), on every core,
 * the largest first, each thread taking the next file when it is free; nothing else. Prints
 * {@code files bytes millis} on one line, millis from the start of {@code main}.
 */
public final class YamlLimit {

    private YamlLimit() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = new ArrayList<>(walk.filter(p -> !p.toString().contains("/.git/")).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.startsWith(".")
                        && Files.isRegularFile(p);
            }).toList());
        }
        files.sort(Comparator.comparing(YamlLimit::size, Comparator.reverseOrder()));
        AtomicInteger next = new AtomicInteger();
        LongAdder documents = new LongAdder();
        LongAdder bytes = new LongAdder();
        Runnable work = () -> {
            LoaderOptions options = new LoaderOptions();
            int i;
            while ((i = next.getAndIncrement()) < files.size()) {
                Yaml yaml = new Yaml(new SafeConstructor(options));
                try (InputStream in = Files.newInputStream(files.get(i));
                     Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    for (Object doc : yaml.loadAll(reader)) {
                        documents.add(doc == null ? 0 : 1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.add(size(files.get(i)));
            }
        };
        OnEveryCore.run("yaml-limit", work);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(files.size() + " " + bytes.sum() + " " + millis);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
