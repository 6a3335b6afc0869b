package org.runbookgovernance.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.parse.ParsedFile;

/**
 * One runbook of the synthetic corpus: {@link DocumentParser#parse} against bare commonmark-java on the
 * same bytes, so the cost of our own reading (front matter, label lines, anchors, digest) is visible.
 * Run: {@code java -cp bench/target/bench.jar org.openjdk.jmh.Main ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    private final Parser bare = Parser.builder().build();
    private byte[] runbook;
    private String path;

    @Setup
    public void setUp() {
        Corpus corpus = new Corpus(100, 200, 0);
        java.util.Random random = new Random(Corpus.SEED);
        path = corpus.runbookPath(42);
        runbook = corpus.runbookText(42, random).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Node commonmarkOnly() {
        return bare.parse(new String(runbook, StandardCharsets.UTF_8));
    }

    @Benchmark
    public ParsedFile documentParser() {
        return DocumentParser.parse(path, DocumentKind.RUNBOOK, runbook);
    }
}
